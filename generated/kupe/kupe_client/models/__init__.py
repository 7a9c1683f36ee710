# generated from specs/kupe.yaml - do not edit
"""Contains all the data models used in inputs/outputs"""

from .alerts import Alerts
from .cluster import Cluster
from .cluster_connection import ClusterConnection
from .cluster_create import ClusterCreate
from .cluster_create_type import ClusterCreateType
from .cluster_list import ClusterList
from .cluster_status import ClusterStatus
from .cluster_type import ClusterType
from .cluster_update import ClusterUpdate
from .error import Error
from .resource_limits import ResourceLimits
from .resource_limits_view import ResourceLimitsView

__all__ = (
    "Alerts",
    "Cluster",
    "ClusterConnection",
    "ClusterCreate",
    "ClusterCreateType",
    "ClusterList",
    "ClusterStatus",
    "ClusterType",
    "ClusterUpdate",
    "Error",
    "ResourceLimits",
    "ResourceLimitsView",
)
