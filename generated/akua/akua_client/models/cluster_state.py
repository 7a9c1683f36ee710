# generated from specs/akua.yaml - do not edit
from enum import StrEnum


class ClusterState(StrEnum):
    ACTIVE = "active"
    DELETING = "deleting"
    PENDING = "pending"
    PROVISIONING = "provisioning"
    SUSPENDED = "suspended"

    def __str__(self) -> str:
        return str(self.value)
