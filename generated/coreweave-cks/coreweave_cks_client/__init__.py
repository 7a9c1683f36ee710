# generated from specs/coreweave-cks.yaml - do not edit
"""A typed client for the CoreWeave Kubernetes Service (CKS) API.

`CoreweaveCks` (and `AsyncCoreweaveCks`) call every operation and raise the typed errors of
`errors`; `AuthenticatedClient` with the modules in `api/` is the lower level beneath them."""

from . import errors
from .client import AuthenticatedClient, Client
from .facade import AsyncCoreweaveCks, CoreweaveCks

__all__ = (
    "AsyncCoreweaveCks",
    "AuthenticatedClient",
    "Client",
    "CoreweaveCks",
    "errors",
)
