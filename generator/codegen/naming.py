"""Names of a generated package: from `--name`, else from the spec's file name, else from its
title, always made safe (a lowercase API name that is also a Python package and a
distribution name)."""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass
from pathlib import Path

from generator.errors import UsageError

API_NAME = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")
# File names that say nothing about the API: the title names the package instead.
_GENERIC_STEMS = frozenset({"openapi", "swagger", "spec", "api", "index", "schema", "main"})
_MAX_LENGTH = 60


@dataclass(frozen=True)
class Names:
    api: str  # coreweave-cks: the folder under the output directory
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


def safe_api_name(text: str) -> str:
    """`text` as an API name: camelCase split, lower case, every run of other characters one
    `-`, a leading digit prefixed; "" when nothing usable is left."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", text)
    name = re.sub(r"[^a-z0-9]+", "-", spaced.lower()).strip("-")
    name = name[:_MAX_LENGTH].rstrip("-")
    if name and not name[0].isalpha():
        name = f"api-{name}"
    return name


def api_name(spec_path: Path, title: str | None = None, chosen: str | None = None) -> str:
    """The API name of a spec: `chosen` (checked, never rewritten), else its file name made
    safe (`petstore_v2.json` is petstore-v2), else, for a generic file name such as
    `openapi.yaml`, its title (`Swagger Petstore` is swagger-petstore)."""
    if chosen is not None:
        if not API_NAME.fullmatch(chosen) or len(chosen) > _MAX_LENGTH:
            raise UsageError(
                f"--name {chosen!r}: an API name is lowercase letters and digits in words "
                "joined by single '-', starting with a letter"
            )
        return chosen
    stem = safe_api_name(spec_path.stem)
    if stem and stem not in _GENERIC_STEMS:
        return stem
    from_title = safe_api_name(title or "")
    return from_title or stem or "api"


def _label(spec_path: Path) -> str:
    """The spec as banners name it: relative to the working directory when it is inside it
    (specs/kupe.yaml), else by its file name alone (no machine's folders in generated code)."""
    try:
        return spec_path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return spec_path.name


def names_for(spec_path: Path, title: str | None = None, chosen: str | None = None) -> Names:
    api = api_name(spec_path, title, chosen)
    snake = api.replace("-", "_")
    facade = "".join(part.capitalize() for part in api.split("-"))
    if keyword.iskeyword(facade):  # an API named none, true or false
        facade += "Api"
    return Names(
        api=api,
        distribution=f"{api}-client",
        package=f"{snake}_client",
        token_env=f"{snake.upper()}_TOKEN",
        base_url_env=f"{snake.upper()}_BASE_URL",
        spec_label=_label(spec_path),
        facade=facade,
    )
