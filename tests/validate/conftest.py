from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from generator.validate import Validator
from tests.specs.fidelity import SPECS

APIS = ["coreweave-cks", "cockroach-cloud", "kupe", "akua", "history/coreweave-cks-v1beta1-r1"]


@cache
def validator(name: str) -> Validator:
    return Validator.from_path(SPECS / f"{name}.yaml")


def all_operations() -> list[tuple[str, str]]:
    return [(name, key) for name in APIS for key in validator(name).api.operations]


def body_spec(folder: Path, schema: dict[str, Any], **media: Any) -> Validator:
    """A spec in `folder` with one operation, `createThing` (POST /things), whose required
    JSON request body has `schema` (and `media`'s other keys, such as `examples`)."""
    document = {
        "openapi": "3.1.0",
        "info": {"title": "Things", "version": "1"},
        "paths": {
            "/things": {
                "post": {
                    "operationId": "createThing",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": schema, **media}},
                    },
                    "responses": {"204": {"description": "Done."}},
                }
            }
        },
    }
    path = folder / "things.yaml"
    path.write_text(yaml.safe_dump(document))
    return Validator.from_path(path)
