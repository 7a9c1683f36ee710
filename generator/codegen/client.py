"""The typed client of a spec, by openapi-python-client driven with our templates."""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path
from typing import Any

from generator.apimodel import Api
from generator.codegen.facade import Facade, facade_context, package_context
from generator.codegen.lenient import additional, model_fields
from generator.codegen.naming import Names
from generator.errors import GeneratorError


class ClientGenerationError(GeneratorError):
    """openapi-python-client refused part of a spec."""


def _problem(problem: Any) -> str:
    """One openapi-python-client problem: what it is, and the part of the spec it concerns."""
    detail = f": {problem.detail}" if getattr(problem, "detail", None) else ""
    data = getattr(problem, "data", None)
    where = ""
    if data is not None:
        summary = str(data)
        where = f" (at {summary[:200]}{'...' if len(summary) > 200 else ''})"
    return f"{problem.header}{detail}{where}"


def render_client(api: Api, names: Names, templates: Path, out_dir: Path) -> Facade:
    """Write the client package (api/, models/, client.py, ...) into `out_dir`; the facade's
    context, for the README."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError as UpstreamError

    spec = api.spec
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
        raise ClientGenerationError(f"{names.spec_label}: {_problem(data)}")
    project = Project(openapi=data, config=config, custom_template_path=templates)
    project.env.globals["one_spec"] = package_context(api, names)
    project.env.filters["model_fields"] = model_fields
    project.env.filters["additional_shape"] = additional
    with contextlib.redirect_stdout(io.StringIO()):
        problems = project.build()
    if problems:
        details = "; ".join(_problem(p) for p in problems)
        raise ClientGenerationError(f"{names.spec_label}: {details}")
    for runtime in ("_runtime.py", "_base_client.py"):
        shutil.copyfile(templates / runtime, out_dir / runtime)
    endpoints = [
        (str(tag), endpoint)
        for tag, collection in sorted(project.openapi.endpoint_collections_by_tag.items())
        for endpoint in collection.endpoints
    ]
    context = facade_context(api, endpoints, names)
    text = project.env.get_template("facade.py.jinja").render(facade=context)
    (out_dir / "facade.py").write_text(text, encoding="utf-8")
    return context
