"""Helpers for the fidelity tests: load a spec through the project loader and reach into it."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from generator.spec import Spec, load_spec
from generator.spec.walk import operations

SPECS = Path(__file__).resolve().parents[2] / "specs"


@cache
def load(name: str) -> Spec:
    """specs/<name>.yaml, loaded strictly (a broken $ref fails the test at once)."""
    return load_spec(SPECS / f"{name}.yaml")


def operation(spec: Spec, operation_id: str) -> dict[str, Any]:
    """The operation, dereferenced, with `_method`, `_path` and the path item's parameters."""
    for op in operations(spec.document):
        if op.operation_id == operation_id:
            node: dict[str, Any] = spec.deref(op.node)
            node["_method"], node["_path"] = op.method, op.path
            node["_path_parameters"] = spec.deref(op.path_item.get("parameters") or [])
            return node
    raise KeyError(f"no operation {operation_id!r} in {spec.path.name}")


def request_schema(op: dict[str, Any], media_type: str = "application/json") -> dict[str, Any]:
    schema: dict[str, Any] = op["requestBody"]["content"][media_type]["schema"]
    return schema


def response(op: dict[str, Any], status: str) -> dict[str, Any]:
    value: dict[str, Any] = op["responses"][status]
    return value


def response_schema(
    op: dict[str, Any], status: str, media_type: str = "application/json"
) -> dict[str, Any]:
    schema: dict[str, Any] = response(op, status)["content"][media_type]["schema"]
    return schema


def parameter(op: dict[str, Any], name: str, where: str) -> dict[str, Any]:
    """A parameter by name and location; the operation's own wins over the path item's."""

    def matches(p: dict[str, Any]) -> bool:
        same = p["name"].lower() == name.lower() if where == "header" else p["name"] == name
        return same and p["in"] == where

    for candidate in [*op.get("parameters", []), *op["_path_parameters"]]:
        if matches(candidate):
            return candidate
    raise KeyError(f"no {where} parameter {name!r} in {op.get('operationId')}")
