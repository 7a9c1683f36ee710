# generated from specs/cockroach-cloud.yaml - do not edit
"""Contains all the data models used in inputs/outputs"""

from .available_regions_response import AvailableRegionsResponse
from .cloud_provider import CloudProvider
from .cluster import Cluster
from .cluster_config import ClusterConfig
from .cluster_node import ClusterNode
from .cluster_region import ClusterRegion
from .create_cluster_request import CreateClusterRequest
from .create_cluster_spec import CreateClusterSpec
from .error import Error
from .error_details_item import ErrorDetailsItem
from .list_cluster_nodes_response import ListClusterNodesResponse
from .list_clusters_response import ListClustersResponse
from .node_status import NodeStatus
from .pagination import Pagination
from .serverless_cluster_config import ServerlessClusterConfig
from .serverless_cluster_spec import ServerlessClusterSpec
from .set_spend_limit_request import SetSpendLimitRequest
from .sort_order import SortOrder

__all__ = (
    "AvailableRegionsResponse",
    "CloudProvider",
    "Cluster",
    "ClusterConfig",
    "ClusterNode",
    "ClusterRegion",
    "CreateClusterRequest",
    "CreateClusterSpec",
    "Error",
    "ErrorDetailsItem",
    "ListClusterNodesResponse",
    "ListClustersResponse",
    "NodeStatus",
    "Pagination",
    "ServerlessClusterConfig",
    "ServerlessClusterSpec",
    "SetSpendLimitRequest",
    "SortOrder",
)
