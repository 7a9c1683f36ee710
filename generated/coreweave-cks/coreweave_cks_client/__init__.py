# generated from specs/coreweave-cks.yaml - do not edit

"""A client library for accessing CoreWeave Kubernetes Service (CKS) API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
