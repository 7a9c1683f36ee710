# generated from specs/kupe.yaml - do not edit
"""A typed client for the Kupe API - Tenant clusters.

`Kupe` (and `AsyncKupe`) reach every operation, by resource, and raise
only the typed errors of `errors`; `AuthenticatedClient` with the modules in `api/` is
openapi-python-client's lower level beneath them."""

from . import errors, models
from ._base_client import APIResponse
from ._runtime import RetryPolicy
from ._version import __openapi_doc_hash__ as __openapi_doc_hash__
from ._version import __openapi_doc_version__ as __openapi_doc_version__
from ._version import __version__ as __version__
from .client import AuthenticatedClient, Client
from .facade import AsyncKupe, Kupe

__all__ = (
    "APIResponse",
    "AsyncKupe",
    "AuthenticatedClient",
    "Client",
    "Kupe",
    "RetryPolicy",
    "errors",
    "models",
)
