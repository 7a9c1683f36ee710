# generated from specs/kupe.yaml - do not edit

"""A client library for accessing Kupe API - Tenant clusters"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
