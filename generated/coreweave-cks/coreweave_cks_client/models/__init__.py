# generated from specs/coreweave-cks.yaml - do not edit
"""Contains all the data models used in inputs/outputs"""

from .cluster import Cluster
from .cluster_envelope import ClusterEnvelope
from .cluster_list import ClusterList
from .cluster_network import ClusterNetwork
from .create_cluster_request import CreateClusterRequest
from .error import Error
from .error_details_item import ErrorDetailsItem
from .kubelet_overrides import KubeletOverrides
from .oidc import Oidc
from .oidc_settings import OidcSettings
from .service_node_port_range import ServiceNodePortRange
from .tailscale import Tailscale
from .tailscale_config import TailscaleConfig
from .update_cluster_request import UpdateClusterRequest
from .webhook import Webhook

__all__ = (
    "Cluster",
    "ClusterEnvelope",
    "ClusterList",
    "ClusterNetwork",
    "CreateClusterRequest",
    "Error",
    "ErrorDetailsItem",
    "KubeletOverrides",
    "Oidc",
    "OidcSettings",
    "ServiceNodePortRange",
    "Tailscale",
    "TailscaleConfig",
    "UpdateClusterRequest",
    "Webhook",
)
