# generated from specs/kupe.yaml - do not edit
"""A typed client for the Kupe API - Tenant clusters.

`Kupe` (and `AsyncKupe`) call every operation and raise the typed errors of
`errors`; `AuthenticatedClient` with the modules in `api/` is the lower level beneath them."""

from . import errors
from .client import AuthenticatedClient, Client
from .facade import AsyncKupe, Kupe

__all__ = (
    "AsyncKupe",
    "AuthenticatedClient",
    "Client",
    "Kupe",
    "errors",
)
