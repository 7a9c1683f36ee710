"""The typed client of a spec, by openapi-python-client driven with our templates/."""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path
from typing import Any

from generator.codegen.naming import Names, method_name
from generator.errors import GeneratorError
from generator.spec import Spec
from generator.spec.walk import operations


class ClientGenerationError(GeneratorError):
    """openapi-python-client refused part of a spec."""


def render_client(spec: Spec, names: Names, templates: Path, out_dir: Path) -> None:
    """Write the client package (api/, models/, client.py, ...) into `out_dir`."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError as UpstreamError

    config = Config.from_sources(
        ConfigFile(
            post_hooks=[],  # we format once, ourselves, over the whole package
            project_name_override=names.distribution,
            package_name_override=names.package,
        ),
        MetaType.NONE,
        spec.path,
        "utf-8",
        True,
        out_dir,
    )
    data = GeneratorData.from_dict(dict(spec.document), config=config)
    if isinstance(data, UpstreamError):
        raise ClientGenerationError(f"{names.spec_label}: {data.header}: {data.detail}")
    project = Project(openapi=data, config=config, custom_template_path=templates)
    servers = spec.document.get("servers") or [{}]
    project.env.globals["one_spec"] = {
        "base_url": str(servers[0].get("url", "")).rstrip("/"),
        "token_env": names.token_env,
        "base_url_env": names.base_url_env,
        "title": str((spec.document.get("info") or {}).get("title", names.api)),
        "facade": names.facade,
        "async_facade": names.async_facade,
    }
    with contextlib.redirect_stdout(io.StringIO()):
        problems = project.build()
    if problems:
        details = "; ".join(f"{p.header}: {p.detail}" for p in problems)
        raise ClientGenerationError(f"{names.spec_label}: {details}")
    shutil.copyfile(templates / "_runtime.py", out_dir / "_runtime.py")
    context = facade_context(spec, project, names)
    text = project.env.get_template("facade.py.jinja").render(facade=context)
    (out_dir / "facade.py").write_text(text, encoding="utf-8")


def _success_type(endpoint: Any) -> str:
    types = sorted(
        {
            str(r.prop.get_type_string().as_unembedded_code())
            for r in endpoint.responses.patterns
            if r.status_code.range and 200 <= r.status_code.range[0] <= 299
        }
    )
    return " | ".join(types) if types else "None"


def _raw(value: Any) -> str:
    """A name as the spec wrote it (openapi-python-client wraps them as untrusted strings)."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if callable(getter) else value)


def _header(endpoint: Any, name: str) -> str | None:
    for parameter in endpoint.header_parameters:
        if _raw(parameter.name).lower() == name.lower():
            return str(parameter.python_name)
    return None


def _query(endpoint: Any, name: str) -> str | None:
    for parameter in endpoint.query_parameters:
        if _raw(parameter.name) == name:
            return str(parameter.python_name)
    return None


def facade_context(spec: Spec, project: Any, names: Names) -> dict[str, Any]:
    """What facade.py.jinja needs: every endpoint with the semantics its x- extensions give it.
    The spec is linted, so the extensions are well-formed and consistent here."""
    raw = {
        method_name(op.operation_id): op.node for op in operations(spec.document) if op.operation_id
    }
    resources: dict[str, Any] = spec.document.get("x-resources") or {}
    role: dict[str, tuple[str, str, dict[str, Any]]] = {}  # method -> (resource, verb, spec)
    for resource_name, resource in resources.items():
        for verb, operation_id in (resource.get("operations") or {}).items():
            role[method_name(operation_id)] = (resource_name, verb, resource)
    context: dict[str, Any] = {
        "name": names.facade,
        "async_name": names.async_facade,
        "title": str((spec.document.get("info") or {}).get("title", names.api)),
        "operations": [],
        "waiters": [],
        "error_token_pointer": "",
        "token_header": "",
        "token_pointer": "",
        "identifier_pointer": "",
    }
    by_method: dict[str, dict[str, Any]] = {}
    for tag, collection in sorted(project.openapi.endpoint_collections_by_tag.items()):
        for endpoint in collection.endpoints:
            method = method_name(str(endpoint.name))
            node = raw.get(method, {})
            op: dict[str, Any] = {
                "endpoint": endpoint,
                "tag": str(tag),
                "module": method,
                "method": method,
                "success": _success_type(endpoint),
                "summary": str(node.get("summary") or method).strip().rstrip(".") + ".",
                "idempotency": None,
                "precondition": None,
                "identifier": None,
                "records_etag": False,
                "identifier_expression": "None",
                "mask": None,
                "pages": None,
            }
            if isinstance(node.get("x-idempotency"), dict):
                op["idempotency"] = _header(endpoint, node["x-idempotency"]["header"])
            if isinstance(node.get("x-field-mask"), dict):
                mask = node["x-field-mask"]
                exclude = [mask["field"]]
                if method in role:
                    exclude.append(role[method][2]["identifier"]["property"].lstrip("/"))
                op["mask"] = {
                    "python": method_name(mask["field"]),
                    "json": mask["field"],
                    "exclude": exclude,
                }
            if isinstance(node.get("x-pagination"), dict):
                pages = node["x-pagination"]
                page_param = _query(endpoint, pages["pageParameter"])
                if page_param is not None:
                    op["pages"] = {
                        "items_pointer": pages["items"],
                        "page_param": page_param,
                        "next": f"{pages['object']}/{pages['next']}",
                    }
            if method in role:
                _resource_semantics(op, endpoint, *role[method], context)
            context["operations"].append(op)
            by_method[method] = op
    for resource_name, resource in resources.items():
        lifecycle = resource.get("lifecycle")
        get = method_name(resource["operations"].get("get", ""))
        if isinstance(lifecycle, dict) and get in by_method:
            envelope = (resource.get("envelope") or {}).get("item", "")
            context["waiters"].append(
                {
                    "resource": method_name(resource_name),
                    "endpoint": by_method[get]["endpoint"],
                    "get_method": get,
                    "success": by_method[get]["success"],
                    "pointer": envelope + lifecycle["field"],
                    "ready": sorted(lifecycle["ready"]),
                    "failed": sorted(lifecycle["failed"]),
                    "timeout": 900.0,
                    "interval": 10.0,
                }
            )
    return context


def _resource_semantics(
    op: dict[str, Any],
    endpoint: Any,
    resource_name: str,
    verb: str,
    resource: dict[str, Any],
    context: dict[str, Any],
) -> None:
    concurrency = resource.get("concurrency")
    if not isinstance(concurrency, dict):
        return
    # The facade keeps one record of ETags, so its token settings are per facade: a second
    # resource with its own concurrency would silently take the first one's.
    owner = context.setdefault("concurrency_resource", resource_name)
    if owner != resource_name:
        raise ValueError(
            f"resources {owner!r} and {resource_name!r} both declare concurrency; the generated "
            "facade supports one"
        )
    envelope = (resource.get("envelope") or {}).get("item", "")
    token = concurrency.get("token") or {}
    context["token_header"] = token.get("header", "")
    context["token_pointer"] = envelope + token["property"] if "property" in token else ""
    context["identifier_pointer"] = envelope + resource["identifier"]["property"]
    context["error_token_pointer"] = (concurrency.get("mismatch") or {}).get("currentToken", "")
    identifier = next(
        (
            str(p.python_name)
            for p in endpoint.path_parameters
            if _raw(p.name) == resource["identifier"]["parameter"]
        ),
        None,
    )
    op["identifier"] = identifier
    if verb in ("get", "update") and identifier is not None:
        op["records_etag"] = True
        op["identifier_expression"] = f"str({identifier})"
    elif verb == "create":
        op["records_etag"] = True
    precondition = concurrency.get("precondition") or {}
    if verb == "update" and not precondition.get("required") and identifier is not None:
        op["precondition"] = _header(endpoint, precondition.get("header", ""))
