"""Rules about the document as a whole: info, servers, tags, components, links, markdown."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from generator.errors import Severity
from generator.lint.registry import Context, Problem, rule
from generator.spec import pointer as jp
from generator.spec.walk import operations

_EXPRESSION = re.compile(
    r"^\$(url|method|statusCode|request\.(path|query|header)\.[A-Za-z0-9_.\-]+|"
    r"(request|response)\.body(#(/([^~/]|~[01])*)*)?|response\.header\.[A-Za-z0-9!#$%&'*+.^_`|~-]+)$"
)


@rule("info-contact", Severity.WARNING, "info has a contact")
def info_contact(ctx: Context) -> Iterator[Problem]:
    if not isinstance((ctx.document.get("info") or {}).get("contact"), dict):
        yield Problem("/info", "info has no contact")


@rule("info-description", Severity.WARNING, "info has a description")
def info_description(ctx: Context) -> Iterator[Problem]:
    if not str((ctx.document.get("info") or {}).get("description") or "").strip():
        yield Problem("/info", "info has no description")


@rule("servers-defined", Severity.ERROR, "the document names at least one absolute server URL")
def servers_defined(ctx: Context) -> Iterator[Problem]:
    servers = ctx.document.get("servers")
    if not servers:
        yield Problem("", "no servers are declared")
        return
    for index, server in enumerate(servers):
        url = str((server or {}).get("url", ""))
        at = jp.join("", "servers", index, "url")
        parts = urlsplit(url)
        if parts.scheme not in ("https", "http") or not parts.netloc:
            yield Problem(at, f"server URL {url!r} is not an absolute http(s) URL")
        elif url.endswith("/"):
            yield Problem(at, "server URL ends with a slash, which doubles it before every path")
        elif parts.hostname and (
            parts.hostname == "example.com" or parts.hostname.endswith(".example.com")
        ):
            yield Problem(at, "server URL is a placeholder (example.com)")


@rule("tags-described", Severity.WARNING, "root tags are unique and described")
def tags_described(ctx: Context) -> Iterator[Problem]:
    seen: set[str] = set()
    for index, tag in enumerate(ctx.document.get("tags") or []):
        name = str((tag or {}).get("name"))
        at = jp.join("", "tags", index)
        if name in seen:
            yield Problem(at, f"tag {name!r} is declared twice")
        seen.add(name)
        if not str((tag or {}).get("description") or "").strip():
            yield Problem(at, f"tag {name!r} has no description")


def _refs(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, child in value.items():
            if key == "$ref" and isinstance(child, str):
                yield child
            elif key == "schema" and isinstance(child, str):
                yield child  # x-resources name schemas by pointer string
            else:
                yield from _refs(child)
    elif isinstance(value, list):
        for child in value:
            yield from _refs(child)


@rule("unused-component", Severity.WARNING, "every component is referenced")
def unused_component(ctx: Context) -> Iterator[Problem]:
    used = {ref.partition("#")[2] for ref in _refs(ctx.document) if ref.startswith("#")}
    # A component referenced only from another unused component still counts as used: the
    # simple rule is what Spectral and Redocly apply too.
    components = ctx.document.get("components") or {}
    for section, entries in components.items():
        if section == "securitySchemes" or not isinstance(entries, dict):
            continue
        for name in entries:
            pointer = jp.join("", "components", section, name)
            if pointer not in used:
                yield Problem(pointer, f"{section} {name!r} is never referenced")


@rule("no-script-in-markdown", Severity.WARNING, "descriptions hold no <script> tags or eval()")
def no_script(ctx: Context) -> Iterator[Problem]:
    text = json.dumps(ctx.document)
    if "<script" not in text.lower() and "eval(" not in text:
        return
    yield from _scan_descriptions(ctx.document, "")


def _scan_descriptions(value: Any, pointer: str) -> Iterator[Problem]:
    if isinstance(value, dict):
        for key, child in value.items():
            at = jp.join(pointer, key)
            if key in ("description", "summary", "title") and isinstance(child, str):
                if "<script" in child.lower() or "eval(" in child:
                    yield Problem(at, "markdown holds a <script> tag or eval()")
            else:
                yield from _scan_descriptions(child, at)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _scan_descriptions(child, jp.join(pointer, index))


@rule("links-valid", Severity.ERROR, "links name existing operations, parameters and expressions")
def links_valid(ctx: Context) -> Iterator[Problem]:
    by_id = {op.operation_id: op for op in operations(ctx.document) if op.operation_id}
    for op in operations(ctx.document):
        for status, response in (op.node.get("responses") or {}).items():
            try:
                resolved, _ = ctx.spec.resolve(response)
            except Exception:
                continue
            for name, link in ((resolved or {}).get("links") or {}).items():
                at = jp.join(op.pointer, "responses", status, "links", name)
                link, _ = ctx.spec.resolve(link)
                yield from _check_link(ctx, link, at, by_id)


def _check_link(ctx: Context, link: Any, at: str, by_id: dict[str, Any]) -> Iterator[Problem]:
    if not isinstance(link, dict):
        return
    target = by_id.get(str(link.get("operationId")))
    if "operationId" in link and target is None:
        yield Problem(
            jp.join(at, "operationId"), f"operationId {link['operationId']!r} does not exist"
        )
    names: set[str] = set()
    if target is not None:
        for node in (target.path_item, target.node):
            for raw in node.get("parameters") or []:
                resolved, _ = ctx.spec.resolve(raw)
                names.add(str(resolved.get("name")))
                names.add(f"{resolved.get('in')}.{resolved.get('name')}")
    for name, expression in (link.get("parameters") or {}).items():
        if target is not None and name not in names:
            yield Problem(
                jp.join(at, "parameters", name), f"{target.label} has no parameter {name!r}"
            )
        if (
            isinstance(expression, str)
            and expression.startswith("$")
            and not _EXPRESSION.match(expression)
        ):
            yield Problem(
                jp.join(at, "parameters", name), f"{expression!r} is not a runtime expression"
            )
