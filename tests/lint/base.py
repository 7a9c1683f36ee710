"""A small spec that lints clean, for tests that break one thing at a time."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

_BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {
        "title": "Widgets",
        "version": "1",
        "description": "A tiny API for tests.",
        "contact": {"name": "Docs", "url": "https://docs.widgets.test"},
        "x-source-documents": {"widgets": {"title": "Widgets", "file": "widgets.md"}},
    },
    "servers": [{"url": "https://api.widgets.test/v1"}],
    "security": [{"bearerAuth": []}],
    "tags": [{"name": "Widgets", "description": "Widgets and their lifecycle."}],
    "paths": {
        "/widgets": {
            "post": {
                "operationId": "createWidget",
                "summary": "Create a widget",
                "description": "Creates a widget.",
                "tags": ["Widgets"],
                "x-provenance": {"source": "widgets", "section": "Create"},
                "x-idempotency": {"header": "idempotency-key", "replay": "original-response"},
                "parameters": [
                    {
                        "name": "idempotency-key",
                        "in": "header",
                        "schema": {"type": "string", "minLength": 1, "maxLength": 64},
                        "example": "k-1",
                    }
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/WidgetCreate"},
                            "examples": {"small": {"value": {"name": "w1"}}},
                        }
                    },
                },
                "responses": {
                    "201": {
                        "description": "Created.",
                        "headers": {"ETag": {"schema": {"type": "string"}}},
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}
                        },
                        "links": {
                            "GetWidget": {
                                "operationId": "getWidget",
                                "parameters": {"id": "$response.body#/id"},
                            }
                        },
                    },
                    "400": {"$ref": "#/components/responses/Error"},
                },
            }
        },
        "/widgets/{id}": {
            "parameters": [
                {
                    "name": "id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "minLength": 1},
                }
            ],
            "get": {
                "operationId": "getWidget",
                "summary": "Get a widget",
                "description": "Reads one widget.",
                "tags": ["Widgets"],
                "x-provenance": {"inferred": "The document shows no read operation."},
                "responses": {
                    "200": {
                        "description": "The widget.",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}
                        },
                    },
                    "404": {"$ref": "#/components/responses/Error"},
                },
            },
        },
    },
    "x-resources": {
        "widget": {
            "schema": "#/components/schemas/Widget",
            "collectionPath": "/widgets",
            "itemPath": "/widgets/{id}",
            "identifier": {"parameter": "id", "property": "/id", "assignedBy": "server"},
            "operations": {"create": "createWidget", "get": "getWidget"},
            "envelope": {"item": ""},
            "lifecycle": {
                "field": "/state",
                "states": ["new", "ready", "broken"],
                "initial": "new",
                "transitional": ["new"],
                "ready": ["ready"],
                "failed": ["broken"],
            },
        }
    },
    "components": {
        "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
        "responses": {
            "Error": {
                "description": "An error.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
            }
        },
        "schemas": {
            "WidgetCreate": {
                "type": "object",
                "additionalProperties": False,
                "required": ["name"],
                "properties": {
                    "name": {
                        "type": "string",
                        "minLength": 1,
                        "maxLength": 30,
                        "pattern": "^[a-z0-9-]+$",
                        "example": "w1",
                    }
                },
            },
            "Widget": {
                "type": "object",
                "required": ["id", "name", "state"],
                "properties": {
                    "id": {"type": "string"},
                    "name": {"type": "string"},
                    "state": {"type": "string", "enum": ["new", "ready", "broken"]},
                    "createdAt": {
                        "type": "string",
                        "format": "date-time",
                        "example": "2026-04-06T12:00:00Z",
                    },
                },
            },
            "Error": {
                "type": "object",
                "properties": {"message": {"type": "string"}},
                "x-provenance": {"inferred": "The document shows no error body."},
            },
        },
    },
}


def base_spec() -> dict[str, Any]:
    return copy.deepcopy(_BASE)


def write_spec(folder: Path, spec: dict[str, Any], name: str = "spec.yaml") -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return path
