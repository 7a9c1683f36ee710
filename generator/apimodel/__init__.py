"""The intermediate model: what a spec's operations take and answer, and how its resources
behave, resolved once.

Pure: it reads a loaded `Spec` and does no I/O. Validators, servers, clients, lint and checks
all look at this model instead of walking the OpenAPI document themselves, and it is the only
reader of the x- vocabulary (`vocabulary.py`, typed in `semantics.py`).
"""

from generator.apimodel.api import Api, build_api
from generator.apimodel.operations import (
    MediaType,
    Operation,
    Parameter,
    RequestBody,
    Response,
    SchemaRef,
)
from generator.apimodel.schemas import property_at
from generator.apimodel.semantics import (
    VERBS,
    Concurrency,
    Conflict,
    Envelope,
    FieldMask,
    Idempotency,
    Identifier,
    Immutable,
    Lifecycle,
    Mismatch,
    Pagination,
    Permissions,
    Precondition,
    Provenance,
    Resource,
    Rule,
    SourceDocument,
    Token,
    Updating,
)

__all__ = [
    "VERBS",
    "Api",
    "Concurrency",
    "Conflict",
    "Envelope",
    "FieldMask",
    "Idempotency",
    "Identifier",
    "Immutable",
    "Lifecycle",
    "MediaType",
    "Mismatch",
    "Operation",
    "Pagination",
    "Parameter",
    "Permissions",
    "Precondition",
    "Provenance",
    "RequestBody",
    "Resource",
    "Response",
    "Rule",
    "SchemaRef",
    "SourceDocument",
    "Token",
    "Updating",
    "build_api",
    "property_at",
]
