"""The files around the code that make a generated folder an installable, typed package."""

from __future__ import annotations

from pathlib import Path

from generator.apimodel import Api
from generator.codegen.naming import Names

PACKAGE_VERSION = "0.1.0"


def banner(names: Names) -> str:
    return f"generated from {names.spec_label} - do not edit"


def pyproject(names: Names, api: Api) -> str:
    title = api.title.replace("\\", "/").replace('"', "'").replace("\n", " ")
    return f"""# {banner(names)}
[build-system]
requires = ["setuptools>=69"]
build-backend = "setuptools.build_meta"

[project]
name = "{names.distribution}"
version = "{PACKAGE_VERSION}"
description = "Typed Python client for the {title}"
readme = "README.md"
requires-python = ">=3.11"
dependencies = [
    "httpx>=0.27,<1",
    "attrs>=23.1",
    "python-dateutil>=2.8",
    "pydantic>=2.6,<3",
]

[tool.setuptools.packages.find]
include = ["{names.package}*"]

[tool.setuptools.package-data]
{names.package} = ["py.typed"]

[tool.ruff]
line-length = 100
target-version = "py311"

[tool.ruff.lint]
select = ["E", "F", "W", "I", "UP"]
ignore = ["E501"]

[tool.mypy]
strict = true

[[tool.mypy.overrides]]
# datamodel-code-generator narrows a field in a subclass for an allOf (Akua's AbortedError
# narrows Error.metadata); pydantic supports that, mypy calls it an unsafe override.
module = "{names.package}.schemas"
disable_error_code = ["assignment"]
"""


def write_package_files(root: Path, names: Names, api: Api) -> None:
    (root / "pyproject.toml").write_text(pyproject(names, api), encoding="utf-8")
    (root / names.package / "py.typed").write_text(f"# {banner(names)}\n", encoding="utf-8")
