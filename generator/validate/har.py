"""Validate every exchange of a HAR recording (what browsers and proxies export)."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from generator.errors import UsageError
from generator.validate.core import ValidationResult, Validator, Violation


@dataclass(frozen=True)
class HarEntryResult:
    index: int
    method: str
    url: str
    operation: str | None  # None: no operation of the spec matches the request
    request: ValidationResult | None
    response: ValidationResult | None

    @property
    def violations(self) -> list[tuple[str, Violation]]:
        found = [("request", v) for v in (self.request.violations if self.request else ())]
        found += [("response", v) for v in (self.response.violations if self.response else ())]
        if self.operation is None:
            found.append(
                (
                    "request",
                    Violation(
                        "operation", "", "paths", f"no operation matches {self.method} {self.url}"
                    ),
                )
            )
        return found

    @property
    def valid(self) -> bool:
        return not self.violations

    def to_json(self) -> dict[str, Any]:
        return {
            "entry": self.index,
            "method": self.method,
            "url": self.url,
            "operation": self.operation,
            "valid": self.valid,
            "violations": [{"part": part, **v.to_json()} for part, v in self.violations],
        }


def read_har(text: str) -> list[dict[str, Any]]:
    """The entries of a HAR document; UsageError when it is not one."""
    try:
        data = json.loads(text)
        entries = data["log"]["entries"]
    except (ValueError, KeyError, TypeError) as exc:
        raise UsageError(f"not a readable HAR file: {exc}") from None
    if not isinstance(entries, list):
        raise UsageError("not a HAR file: log.entries is not a list")
    return entries


def _pairs(items: Any) -> list[tuple[str, str]]:
    return [(str(i.get("name", "")), str(i.get("value", ""))) for i in items or []]


def _response_body(content: dict[str, Any]) -> bytes | None:
    text = content.get("text")
    if text is None:
        return None
    if content.get("encoding") == "base64":
        return base64.b64decode(text)
    return str(text).encode("utf-8")


def validate_har(validator: Validator, entries: list[dict[str, Any]]) -> list[HarEntryResult]:
    results = []
    for index, entry in enumerate(entries):
        request = entry.get("request") or {}
        response = entry.get("response") or {}
        method = str(request.get("method", "GET")).upper()
        url = str(request.get("url", ""))
        parts = urlsplit(url)
        routed = validator.api.match(method, parts.path)
        if routed is None:
            results.append(HarEntryResult(index, method, url, None, None, None))
            continue
        operation, path_params = routed
        post = request.get("postData") or {}
        request_result = validator.validate_request(
            operation,
            path_params=path_params,
            query=parse_qsl(parts.query, keep_blank_values=True),
            headers=_pairs(request.get("headers")),
            body=post.get("text"),
            content_type=post.get("mimeType") or None,
        )
        response_result = None
        if response.get("status"):
            content = response.get("content") or {}
            response_result = validator.validate_response(
                operation,
                status=int(response["status"]),
                headers=_pairs(response.get("headers")),
                body=_response_body(content),
                content_type=content.get("mimeType") or None,
            )
        results.append(
            HarEntryResult(index, method, url, operation.key, request_result, response_result)
        )
    return results
