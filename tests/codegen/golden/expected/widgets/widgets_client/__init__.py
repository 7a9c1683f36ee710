# generated from tests/codegen/golden/widgets.yaml - do not edit
"""A typed client for the Widgets.

`Widgets` (and `AsyncWidgets`) call every operation and raise the typed errors of
`errors`; `AuthenticatedClient` with the modules in `api/` is the lower level beneath them."""

from . import errors
from .client import AuthenticatedClient, Client
from .facade import AsyncWidgets, Widgets

__all__ = (
    "AsyncWidgets",
    "AuthenticatedClient",
    "Client",
    "Widgets",
    "errors",
)
