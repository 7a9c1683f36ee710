"""One resource as its `x-resources` entry declares it: where its identifier is, its envelopes,
its lifecycle and its concurrency token. Pure description plus small helpers; the behaviour
(`behaviour.py`) does the work with it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.serve.lifecycle import Lifecycle


@dataclass(frozen=True)
class Concurrency:
    header: str | None  # the response header carrying the token (ETag), if any
    property: str | None  # where the token is in the resource, if anywhere
    precondition: str  # the request header carrying it back (If-Match)
    required: bool
    operations: tuple[str, ...]
    mismatch_status: int
    mismatch_code: str | None
    current_token: str | None  # where a mismatch error carries the current token

    @classmethod
    def from_extension(cls, ext: dict[str, Any] | None) -> Concurrency | None:
        if not ext:
            return None
        token = ext.get("token") or {}
        precondition = ext.get("precondition") or {}
        mismatch = ext.get("mismatch") or {}
        return cls(
            header=token.get("header"),
            property=token.get("property"),
            precondition=str(precondition.get("header", "If-Match")),
            required=bool(precondition.get("required", False)),
            operations=tuple(precondition.get("operations") or ()),
            mismatch_status=int(mismatch.get("status", 412)),
            mismatch_code=mismatch.get("code"),
            current_token=mismatch.get("currentToken"),
        )


@dataclass(frozen=True)
class Resource:
    name: str
    id_parameter: str
    id_property: str  # JSON pointer into the resource
    client_named: bool  # the client picks the identifier (Kupe) rather than the server
    operations: dict[str, str]  # create/get/list/update/delete -> operationId
    item_envelope: str  # JSON pointer of the resource in a single-item answer ("" = the body)
    list_envelope: str  # JSON pointer of the items array in a list answer
    lifecycle: Lifecycle | None
    concurrency: Concurrency | None

    @classmethod
    def from_extension(cls, name: str, ext: dict[str, Any]) -> Resource:
        identifier = ext.get("identifier") or {}
        envelope = ext.get("envelope") or {}
        return cls(
            name=name,
            id_parameter=str(identifier.get("parameter", "id")),
            id_property=str(identifier.get("property", "/id")),
            client_named=identifier.get("assignedBy") == "client",
            operations=dict(ext.get("operations") or {}),
            item_envelope=str(envelope.get("item", "")),
            list_envelope=str(envelope.get("list", "/items")),
            lifecycle=Lifecycle.from_extension(ext.get("lifecycle")),
            concurrency=Concurrency.from_extension(ext.get("concurrency")),
        )


def token_matches(sent: str, current: str) -> bool:
    """An If-Match value against the current token: `*`, a list, quoted or bare tags. The
    comparison is strong (RFC 9110): a weak tag `W/"..."` never matches."""
    for candidate in sent.split(","):
        value = candidate.strip()
        if value == "*":
            return True
        if not value.startswith("W/") and value.strip('"') == current:
            return True
    return False
