"""Names of a generated package, all derived from the spec's file name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from generator.errors import UsageError


@dataclass(frozen=True)
class Names:
    api: str  # coreweave-cks: the spec's stem, and the folder under generated/
    distribution: str  # coreweave-cks-client
    package: str  # coreweave_cks_client
    token_env: str  # COREWEAVE_CKS_TOKEN
    base_url_env: str  # COREWEAVE_CKS_BASE_URL
    spec_label: str  # specs/coreweave-cks.yaml, as banners name it
    facade: str  # CoreweaveCks; its asyncio twin is AsyncCoreweaveCks

    @property
    def async_facade(self) -> str:
        return f"Async{self.facade}"


def method_name(name: str) -> str:
    """The Python name openapi-python-client gives an operationId (or any spec name), so that
    our facade and README use exactly the names of its modules: `listClusterNodes` becomes
    `list_cluster_nodes`. Imported lazily, like the generator it belongs to."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(name, "field_"))


def names_for(spec_path: Path, project_root: Path) -> Names:
    api = spec_path.stem
    if not re.fullmatch(r"[a-z][a-z0-9-]*", api):
        raise UsageError(
            f"spec file name {spec_path.name!r}: the API name it gives must be lowercase "
            "letters, digits and -"
        )
    try:
        label = spec_path.resolve().relative_to(project_root.resolve()).as_posix()
    except ValueError:
        label = spec_path.name
    snake = api.replace("-", "_")
    return Names(
        api=api,
        distribution=f"{api}-client",
        package=f"{snake}_client",
        token_env=f"{snake.upper()}_TOKEN",
        base_url_env=f"{snake.upper()}_BASE_URL",
        spec_label=label,
        facade="".join(part.capitalize() for part in api.split("-")),
    )
