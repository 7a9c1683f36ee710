# generated from specs/cockroach-cloud.yaml - do not edit
"""A typed client for the CockroachDB Cloud API.

`CockroachCloud` (and `AsyncCockroachCloud`) call every operation and raise the typed errors of
`errors`; `AuthenticatedClient` with the modules in `api/` is the lower level beneath them."""

from . import errors
from .client import AuthenticatedClient, Client
from .facade import AsyncCockroachCloud, CockroachCloud

__all__ = (
    "AsyncCockroachCloud",
    "AuthenticatedClient",
    "Client",
    "CockroachCloud",
    "errors",
)
