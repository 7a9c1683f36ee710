"""The files around the code that make a generated folder an installable, typed package, and
the package's metadata: its version (from `packages.toml` beside the spec, an input of
generation), what it depends on, and what it was generated from."""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import __version__ as GENERATOR_VERSION
from generator.apimodel import Api
from generator.codegen.naming import Names
from generator.errors import UsageError

# The committed file, beside the specs, that holds each package's version: one table per API
# name (`[kupe]` then `version = "0.1.0"`), with its optional `license` and `urls`; a
# `license` at the top applies to every package that names none.
PACKAGES_FILE = "packages.toml"
DEFAULT_VERSION = "0.1.0"
VERSION = re.compile(r"(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)")

REQUIRES_PYTHON = ">=3.11"
PYTHON_VERSIONS = ("3.11", "3.12", "3.13")
# What the generated code imports: httpx (the transport), attrs (openapi-python-client's
# models), python-dateutil (the runtime's rarer date forms), pydantic (datamodel-code-
# generator's schemas.py). Each floor is the oldest release with what the code uses; each
# ceiling the next major release after the one requirements.lock tests with (attrs counts
# years: 26.x is 2026's), so that a breaking release is opted into, not met by surprise.
DEPENDENCIES = (
    "httpx>=0.27,<1",
    "attrs>=23.1,<27",
    "python-dateutil>=2.8,<5",
    "pydantic>=2.6,<3",
)
# The build backend: reproducible sdists and wheels (SOURCE_DATE_EPOCH), PEP 639 licenses.
BUILD_REQUIRES = "hatchling>=1.27"
CORE_METADATA = "2.4"
# By-products a tool may leave inside a package; never in an artefact.
BUILD_EXCLUDES = ("__pycache__", "*.py[cdo]", ".mypy_cache", ".ruff_cache", ".pytest_cache")


@dataclass(frozen=True)
class PackageSettings:
    """One API's entry of packages.toml (or the defaults when it has none)."""

    version: str = DEFAULT_VERSION
    license: str | None = None  # an SPDX expression
    urls: tuple[tuple[str, str], ...] = ()  # (label, URL), beside those the spec gives


def packages_file(spec_path: Path) -> Path:
    """Where the versions of the packages generated from specs in this folder live."""
    return spec_path.parent / PACKAGES_FILE


def _fail(file: Path, message: str) -> UsageError:
    return UsageError(f"{file}: {message}")


def read_settings(spec_path: Path, api: str) -> PackageSettings:
    """The entry of `api` in the packages.toml beside `spec_path`; the defaults (version
    0.1.0, no license) when the file or the entry is absent."""
    file = packages_file(spec_path)
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return PackageSettings()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise _fail(file, f"cannot read it: {exc}") from None
    shared = data.get("license")
    if shared is not None and not isinstance(shared, str):
        raise _fail(file, "license must be a string (an SPDX expression)")
    entry = data.get(api, {})
    if not isinstance(entry, dict):
        raise _fail(file, f"{api} must be a table ([{api}] with version = ...)")
    unknown = sorted(set(entry) - {"version", "license", "urls"})
    if unknown:
        raise _fail(file, f"[{api}] has unknown keys: {', '.join(unknown)}")
    version = entry.get("version", DEFAULT_VERSION)
    if not isinstance(version, str) or not VERSION.fullmatch(version):
        raise _fail(file, f"[{api}] version {version!r} is not MAJOR.MINOR.PATCH")
    license = entry.get("license", shared)
    if license is not None and not isinstance(license, str):
        raise _fail(file, f"[{api}] license must be a string (an SPDX expression)")
    urls = entry.get("urls", {})
    if not isinstance(urls, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in urls.items()
    ):
        raise _fail(file, f"[{api}] urls must be a table of label = URL")
    return PackageSettings(version, license, tuple(urls.items()))


def recorded_version(spec_path: Path, api: str) -> str | None:
    """The version the packages.toml beside `spec_path` records for `api`; None when the
    file or the entry is absent (an old release's folder may have neither)."""
    if not packages_file(spec_path).is_file():
        return None
    try:
        data = tomllib.loads(packages_file(spec_path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        data = {}
    entry = data.get(api)
    if not isinstance(entry, dict) or "version" not in entry:
        return None
    return read_settings(spec_path, api).version


def spec_hash(files: list[Path]) -> str:
    """The sha256 of a spec: of its file (what `sha256sum` prints), or, for a spec split
    over several files, of their `sha256sum` lines, sorted by path from the root's folder."""
    if len(files) == 1:
        return hashlib.sha256(files[0].read_bytes()).hexdigest()
    root = files[0].parent
    lines = sorted(
        f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.relative_to(root).as_posix()}\n"
        for p in files
    )
    return hashlib.sha256("".join(lines).encode()).hexdigest()


@dataclass(frozen=True)
class PackageMetadata:
    """Everything a generated package says about itself, as written into pyproject.toml and
    `_version.py`; `build` checks its artefacts against it."""

    names: Names
    version: str
    description: str
    license: str | None
    urls: tuple[tuple[str, str], ...]
    openapi_version: str  # the spec's info.version
    openapi_hash: str  # spec_hash of its files
    generator_version: str
    settings_file: Path  # where the version is kept

    requires_python = REQUIRES_PYTHON
    dependencies = DEPENDENCIES

    @property
    def classifiers(self) -> tuple[str, ...]:
        return (
            "Programming Language :: Python :: 3",
            "Programming Language :: Python :: 3 :: Only",
            *(f"Programming Language :: Python :: {v}" for v in PYTHON_VERSIONS),
            "Typing :: Typed",
        )

    def fingerprint(self) -> str:
        """What of the metadata the spec's files and the generator's code do not already
        determine, for the inputs hash: a version or URL change in packages.toml makes the
        package stale."""
        return json.dumps(
            [self.version, self.license, self.urls, self.generator_version], sort_keys=True
        )


def _url(node: Any) -> str | None:
    url = node.get("url") if isinstance(node, dict) else None
    return url if isinstance(url, str) and url.startswith(("https://", "http://")) else None


def package_metadata(api: Api, names: Names) -> PackageMetadata:
    settings = read_settings(api.spec.path, names.api)
    document = api.spec.document
    info = document.get("info", {})
    urls = dict(settings.urls)
    for label, node in (
        ("Documentation", info.get("contact") if isinstance(info, dict) else None),
        ("API reference", document.get("externalDocs")),
    ):
        url = _url(node)
        if url is not None:
            urls.setdefault(label, url)
    title = " ".join(api.title.split())
    return PackageMetadata(
        names=names,
        version=settings.version,
        description=f"Typed Python client for the {title}",
        license=settings.license,
        urls=tuple(urls.items()),
        openapi_version=api.version,
        openapi_hash=spec_hash(list(api.spec.documents)),
        generator_version=GENERATOR_VERSION,
        settings_file=packages_file(api.spec.path),
    )


def banner(names: Names) -> str:
    return f"generated from {names.spec_label} - do not edit"


def _toml(value: str) -> str:
    """A TOML basic string (and a Python string literal): JSON's escapes, and DEL's."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def _array(values: tuple[str, ...] | list[str], indent: str = "    ") -> str:
    return "[\n" + "".join(f"{indent}{_toml(v)},\n" for v in values) + "]"


def pyproject(meta: PackageMetadata) -> str:
    names = meta.names
    package = names.package
    license = f"license = {_toml(meta.license)}\n" if meta.license else ""
    urls = "".join(f"{_toml(label)} = {_toml(url)}\n" for label, url in meta.urls)
    urls = f"\n[project.urls]\n{urls}" if urls else ""
    excludes = _array(list(BUILD_EXCLUDES))
    return f"""# {banner(names)}
[build-system]
requires = [{_toml(BUILD_REQUIRES)}]
build-backend = "hatchling.build"

[project]
name = {_toml(names.distribution)}
version = {_toml(meta.version)}
description = {_toml(meta.description)}
readme = {{ file = "README.md", content-type = "text/markdown" }}
{license}requires-python = {_toml(meta.requires_python)}
classifiers = {_array(meta.classifiers)}
dependencies = {_array(meta.dependencies)}
{urls}
# Only the package, the README and this file go into the artefacts; hatchling builds them
# reproducibly (SOURCE_DATE_EPOCH, normalised permissions, sorted entries). Core metadata
# 2.4 (PEP 639 licenses), whatever hatchling's default: known to every current tool.
[tool.hatch.build.targets.sdist]
only-include = [{_toml(package)}, "README.md", "pyproject.toml"]
exclude = {excludes}
core-metadata-version = {_toml(CORE_METADATA)}

[tool.hatch.build.targets.wheel]
packages = [{_toml(package)}]
exclude = {excludes}
core-metadata-version = {_toml(CORE_METADATA)}

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
module = "{package}.schemas"
disable_error_code = ["assignment"]
"""


def version_module(meta: PackageMetadata) -> str:
    """`<package>/_version.py` (the banner is added with every module's)."""
    return f'''"""The version of this package and what it was generated from."""

__version__ = {_toml(meta.version)}
# The spec's info.version, and the sha256 of its file (as `sha256sum` prints it).
__openapi_doc_version__ = {_toml(meta.openapi_version)}
__openapi_doc_hash__ = {_toml(meta.openapi_hash)}
__generator_version__ = {_toml("one-spec-generator " + meta.generator_version)}
'''


def write_package_files(root: Path, meta: PackageMetadata) -> None:
    names = meta.names
    (root / "pyproject.toml").write_text(pyproject(meta), encoding="utf-8")
    (root / names.package / "py.typed").write_text(f"# {banner(names)}\n", encoding="utf-8")
    (root / names.package / "_version.py").write_text(version_module(meta), encoding="utf-8")
