# generated from specs/cockroach-cloud.yaml - do not edit

"""A client library for accessing CockroachDB Cloud API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
