"""The typed client of a spec, by openapi-python-client driven with our templates/."""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path

from generator.codegen.naming import Names
from generator.errors import GeneratorError
from generator.spec import Spec


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
    }
    with contextlib.redirect_stdout(io.StringIO()):
        problems = project.build()
    if problems:
        details = "; ".join(f"{p.header}: {p.detail}" for p in problems)
        raise ClientGenerationError(f"{names.spec_label}: {details}")
    shutil.copyfile(templates / "_runtime.py", out_dir / "_runtime.py")
