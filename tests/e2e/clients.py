"""Drive a generated client's operation modules generically: arguments from the spec's
examples, typed by the module's own annotations."""

from __future__ import annotations

import datetime
import enum
import importlib
import inspect
import pkgutil
import re
import sys
import types
import typing
from pathlib import Path
from types import ModuleType
from typing import Any

from dateutil.parser import isoparse

from generator.apimodel import Operation
from generator.apimodel.samples import media_example, parameter_text
from generator.validate import Validator

ROOT = Path(__file__).resolve().parents[2]


def package(api: str) -> ModuleType:
    folder = str(ROOT / "generated" / api)
    if folder not in sys.path:
        sys.path.insert(0, folder)
    return importlib.import_module(api.replace("-", "_") + "_client")


def runtime(pkg: ModuleType) -> ModuleType:
    """The package's `_runtime` module (RetryPolicy and friends)."""
    return importlib.import_module(pkg.__name__ + "._runtime")


def operation_modules(pkg: ModuleType) -> dict[str, ModuleType]:
    """operationId (as its snake_case module name) -> the module."""
    api = importlib.import_module(pkg.__name__ + ".api")
    found = {}
    for tag in pkgutil.iter_modules(api.__path__):
        tag_module = importlib.import_module(f"{api.__name__}.{tag.name}")
        for item in pkgutil.iter_modules(tag_module.__path__):
            found[item.name] = importlib.import_module(f"{tag_module.__name__}.{item.name}")
    return found


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _concrete(annotation: Any) -> Any:
    """The annotation without `Unset`/None alternatives."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        options = [
            a
            for a in typing.get_args(annotation)
            if a is not type(None) and getattr(a, "__name__", "") != "Unset"
        ]
        return options[0] if options else str
    return annotation


def _typed(text: str, annotation: Any) -> Any:
    kind = _concrete(annotation)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(text)
    if kind is bool:
        return text == "true"
    if kind is int:
        return int(text)
    if kind is datetime.datetime:
        return isoparse(text)
    return text


def arguments(
    validator: Validator, operation: Operation, function: Any
) -> tuple[list[Any], dict[str, Any]]:
    """Positional path arguments and keyword arguments for a generated operation function."""
    hints = typing.get_type_hints(function)
    by_identifier = {re.sub(r"\W", "_", p.name).lower(): p for p in operation.parameters}
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for name, parameter in inspect.signature(function).parameters.items():
        if name == "client":
            continue
        if name == "body":
            assert operation.request_body is not None
            media = next(iter(operation.request_body.content.values()))
            kwargs["body"] = _concrete(hints["body"]).from_dict(media_example(validator.api, media))
            continue
        spec_parameter = by_identifier[name]
        required = parameter.default is inspect.Parameter.empty
        if not required and spec_parameter.example is None and not spec_parameter.required:
            continue
        value = _typed(parameter_text(spec_parameter), hints[name])
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            args.append(value)
        else:
            kwargs[name] = value
    return args, kwargs
