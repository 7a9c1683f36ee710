"""Reading and writing JSON documents by pointer, for resources and their envelopes."""

from __future__ import annotations

import datetime
from typing import Any

from generator.spec import pointer as jp


def put(document: dict[str, Any], pointer: str, value: Any) -> dict[str, Any]:
    """Set the value at a pointer, creating objects on the way; the root pointer replaces
    nothing and returns `value` wrapped as the document itself."""
    parts = jp.split(pointer)
    if not parts:
        return value if isinstance(value, dict) else document
    node = document
    for part in parts[:-1]:
        child = node.get(part)
        if not isinstance(child, dict):
            child = node[part] = {}
        node = child
    node[parts[-1]] = value
    return document


def get(document: Any, pointer: str, default: Any = None) -> Any:
    try:
        return jp.resolve(document, pointer)
    except KeyError:
        return default


def wrap(pointer: str, value: Any) -> Any:
    """`value` placed at `pointer` of a new document (an envelope)."""
    return put({}, pointer, value) if pointer else value


def timestamp(now: float) -> str:
    """A time as RFC 3339 UTC to the second, the form the APIs' date-time fields show."""
    return datetime.datetime.fromtimestamp(now, datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
