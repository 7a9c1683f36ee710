# generated from tests/codegen/golden/widgets.yaml - do not edit

"""A client library for accessing Widgets"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
