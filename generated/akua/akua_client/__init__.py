# generated from specs/akua.yaml - do not edit
"""A typed client for the Akua API.

`Akua` (and `AsyncAkua`) call every operation and raise the typed errors of
`errors`; `AuthenticatedClient` with the modules in `api/` is the lower level beneath them."""

from . import errors
from .client import AuthenticatedClient, Client
from .facade import Akua, AsyncAkua

__all__ = (
    "AsyncAkua",
    "AuthenticatedClient",
    "Client",
    "Akua",
    "errors",
)
