# generated from specs/akua.yaml - do not edit

"""A client library for accessing Akua API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
