"""The behaviour vocabulary as typed, immutable objects: what a spec's x- extensions declare
(docs/extensions.md), read once by `vocabulary.py` and then shared by every consumer.

No defaults hide here: a key the vocabulary requires is required by its JSON Schema
(`vocabulary.schema.json`), and a spec that leaves it out gets a finding instead of an object.
The few optional keys have the meaning docs/extensions.md gives their absence, written below.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from generator.apimodel.operations import SchemaRef

VERBS = ("create", "get", "list", "update", "delete")
Verb = Literal["create", "get", "list", "update", "delete"]


@dataclass(frozen=True)
class Provenance:
    """Where an element comes from: a source document (and section), an inference with its
    reason, or both (documented, with a detail inferred). An inference may rest on a public
    page outside the source documents (`external`); it then always says why (`inferred`)."""

    pointer: str  # of the element that carries it
    source: str | None
    section: str | None
    inferred: str | None
    external: str | None = None  # a page outside the source documents: its URL or its name


@dataclass(frozen=True)
class SourceDocument:
    pointer: str  # where its entry sits
    id: str
    title: str
    file: str
    url: str | None
    last_modified: str | None
    supersedes: str | None  # the id of a document this one wins over where they disagree
    note: str | None


@dataclass(frozen=True)
class Immutable:
    """A schema (a property, usually) marked `x-immutable: true`: set at creation, never
    changed afterwards."""

    path: Path
    pointer: str  # of the marked schema


@dataclass(frozen=True)
class Permissions:
    pointer: str  # where the extension object sits
    any_of: tuple[str, ...]  # the caller needs at least one of these roles


@dataclass(frozen=True)
class Rule:
    """A business rule of an operation that a schema cannot say (`x-rules`): a schema-valid
    request that breaks it is refused with `status`."""

    pointer: str  # of the rule's entry
    status: int
    code: str | None
    rule: str  # what the rule asks, in a sentence
    provenance: Provenance | None = None


@dataclass(frozen=True)
class Conflict:
    """The answer when an idempotency key comes back with a different request."""

    status: int
    code: str | None


@dataclass(frozen=True)
class Idempotency:
    pointer: str  # where the extension object sits
    header: str  # the request header that carries the key; the operation declares it
    # What a replay (same key, same request) answers; it never does the work twice:
    # "original-response": the first answer again, byte for byte;
    # "existing-resource": the resource the first request created or changed, as it is now
    replay: str
    conflict: Conflict | None  # None: the documents say nothing of a reused key
    provenance: Provenance | None = None

    @property
    def answers_current(self) -> bool:
        """Whether a replay answers the resource as it is now (`existing-resource`) rather
        than the first response."""
        return self.replay == "existing-resource"


@dataclass(frozen=True)
class FieldMask:
    """An AIP-157 field mask in the request body."""

    pointer: str  # where the extension object sits
    field: str  # the body property that holds the mask
    encoding: str  # comma-separated or array
    governs: str  # JSON pointer of the object whose fields it names; "" (absent) is the body
    empty_means: str | None  # all-set-fields, nothing or reject; None: not documented
    always_required: tuple[str, ...]  # body fields required whatever the mask says
    provenance: Provenance | None = None


@dataclass(frozen=True)
class Pagination:
    pointer: str  # where the extension object sits
    style: str  # page-number
    items: str  # JSON pointer of the page's array in the response
    object: str  # JSON pointer of the pagination object in the response
    next: str  # the pagination object's property naming the next page
    page_parameter: str  # query parameter
    limit_parameter: str | None  # query parameter; None: the page size is not settable
    provenance: Provenance | None = None

    @property
    def next_pointer(self) -> str:
        """JSON pointer of the next page's number in the response."""
        return f"{self.object}/{self.next.replace('~', '~0').replace('/', '~1')}"


@dataclass(frozen=True)
class Identifier:
    parameter: str  # the path parameter of the item path that names one resource
    property: str  # JSON pointer of the identifier in the resource
    assigned_by: Literal["server", "client"]

    @builtins.property  # `property` is a field here
    def client_named(self) -> bool:
        return self.assigned_by == "client"


@dataclass(frozen=True)
class Envelope:
    item: str  # JSON pointer of the resource in a one-resource answer; "" (absent) the body
    list: str  # JSON pointer of the array in a list answer; "" (absent) the body


@dataclass(frozen=True)
class Updating:
    """Where an update takes a ready resource: `state`, or another state when it changes a
    watched field."""

    state: str
    changes: tuple[tuple[str, str], ...]  # (JSON pointer of a field, state), in spec order


@dataclass(frozen=True)
class Lifecycle:
    field: str  # JSON pointer of the state in the resource
    states: tuple[str, ...]  # in order of progress
    initial: str  # the state right after create
    ready: tuple[str, ...]  # a wait ends here, successfully
    failed: tuple[str, ...]  # a wait ends here, with an error
    transitional: tuple[str, ...]
    deleting: str | None  # the state a delete passes through; None: it passes through none
    deleted: str | None  # the state a deleted, still listable resource shows; None: it goes
    updating: Updating | None  # None: an update does not move the state
    open: bool  # other values than `states` may appear (the documents give no closed list)
    provenance: Provenance | None = None

    def is_ready(self, state: object) -> bool:
        return state in self.ready

    def is_failed(self, state: object) -> bool:
        return state in self.failed


@dataclass(frozen=True)
class Token:
    """Where the current version of a resource is: a response header, a property, or both."""

    header: str | None
    property: str | None  # JSON pointer in the resource


@dataclass(frozen=True)
class Precondition:
    header: str  # the request header that carries the last version seen (If-Match)
    required: bool
    operations: tuple[str, ...]  # operation keys that honour it


@dataclass(frozen=True)
class Mismatch:
    """The answer to a stale precondition."""

    status: int
    code: str | None
    current_token: str | None  # JSON pointer where the error body carries the current version


# RFC 9110: a failed If-Match is answered 412 Precondition Failed; docs/extensions.md gives
# this meaning to a concurrency without `mismatch`.
PRECONDITION_FAILED = Mismatch(status=412, code=None, current_token=None)


@dataclass(frozen=True)
class Concurrency:
    token: Token
    precondition: Precondition
    mismatch: Mismatch
    provenance: Provenance | None = None


@dataclass(frozen=True)
class Resource:
    name: str
    pointer: str  # where it is declared: /x-resources/<name>
    schema: SchemaRef
    collection_path: str
    item_path: str
    identifier: Identifier
    # verb -> operation key; only the verbs the spec names
    operations: dict[str, str]
    envelope: Envelope
    lifecycle: Lifecycle | None
    concurrency: Concurrency | None
    # JSON pointers of the resource's properties marked x-immutable
    immutable: tuple[str, ...] = ()
    description: str | None = None
    provenance: Provenance | None = None
    scopes: tuple[str, ...] = field(default=())  # the collection path's parameters (tenant)

    def operation(self, verb: str) -> str | None:
        return self.operations.get(verb)

    def verb_of(self, operation_key: str) -> str | None:
        return next((v for v, key in self.operations.items() if key == operation_key), None)


__all__ = [
    "PRECONDITION_FAILED",
    "VERBS",
    "Concurrency",
    "Conflict",
    "Envelope",
    "FieldMask",
    "Idempotency",
    "Identifier",
    "Immutable",
    "Lifecycle",
    "Mismatch",
    "Pagination",
    "Permissions",
    "Precondition",
    "Provenance",
    "Resource",
    "Rule",
    "SourceDocument",
    "Token",
    "Updating",
    "Verb",
]
