"""Small specs for the diff tests: a base one, and a way to write any variation of it (or of a
bundled spec) to a file."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]


def _json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Widgets", "version": "1"},
    "servers": [{"url": "https://api.example.com/v1"}],
    "security": [{"bearer": []}],
    "paths": {
        "/widgets": {
            "get": {
                "operationId": "listWidgets",
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 100}}
                ],
                "responses": {
                    "200": {
                        "description": "the widgets",
                        "content": _json_body(
                            {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}}
                        ),
                    }
                },
            },
            "post": {
                "operationId": "createWidget",
                "requestBody": {
                    "required": True,
                    "content": _json_body({"$ref": "#/components/schemas/NewWidget"}),
                },
                "responses": {
                    "201": {
                        "description": "created",
                        "headers": {"Location": {"required": True, "schema": {"type": "string"}}},
                        "content": _json_body({"$ref": "#/components/schemas/Widget"}),
                    },
                    "400": {"description": "bad request"},
                },
            },
        },
        "/widgets/{id}": {
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "get": {
                "operationId": "getWidget",
                "responses": {
                    "200": {
                        "description": "the widget",
                        "content": _json_body({"$ref": "#/components/schemas/Widget"}),
                    }
                },
            },
            "delete": {
                "operationId": "deleteWidget",
                "responses": {"204": {"description": "gone"}},
            },
        },
    },
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "NewWidget": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string", "maxLength": 30, "pattern": "^[a-z]+$"},
                    "size": {"type": "integer", "minimum": 1},
                    "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 5},
                    "color": {"type": "string", "enum": ["red", "blue"]},
                },
            },
            "Widget": {
                "type": "object",
                "required": ["id", "name", "state"],
                "properties": {
                    "id": {"type": "string"},
                    "name": {"type": "string"},
                    "state": {"type": "string", "enum": ["ready", "failed"]},
                    "created": {"type": "string", "format": "date-time"},
                    "note": {"type": "string", "maxLength": 100},
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}},
                },
            },
        },
    },
}

Mutation = Callable[[dict[str, Any]], object]


def write(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def pair(
    folder: Path,
    change: Mutation,
    base: dict[str, Any] | None = None,
    before: Mutation | None = None,
) -> tuple[Path, Path]:
    """The base spec (changed by `before`) as old.yaml, and the base changed by `change` as
    new.yaml."""
    start = BASE if base is None else base
    old, new = copy.deepcopy(start), copy.deepcopy(start)
    if before is not None:
        before(old)
    change(new)
    return write(folder / "old.yaml", old), write(folder / "new.yaml", new)


def bundled(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "specs" / f"{name}.yaml").read_text())
    return loaded


def schema(document: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = document["components"]["schemas"][name]
    return found
