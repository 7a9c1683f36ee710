# generated from specs/akua.yaml - do not edit
"""Contains all the data models used in inputs/outputs"""

from .aborted_error import AbortedError
from .aborted_error_code import AbortedErrorCode
from .aborted_error_metadata import AbortedErrorMetadata
from .cluster import Cluster
from .cluster_list import ClusterList
from .cluster_provider import ClusterProvider
from .cluster_state import ClusterState
from .create_cluster_request import CreateClusterRequest
from .error import Error
from .error_metadata import ErrorMetadata
from .update_cluster_request import UpdateClusterRequest

__all__ = (
    "AbortedError",
    "AbortedErrorCode",
    "AbortedErrorMetadata",
    "Cluster",
    "ClusterList",
    "ClusterProvider",
    "ClusterState",
    "CreateClusterRequest",
    "Error",
    "ErrorMetadata",
    "UpdateClusterRequest",
)
