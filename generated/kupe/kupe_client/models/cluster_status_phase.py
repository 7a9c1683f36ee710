# generated from specs/kupe.yaml - do not edit
from enum import StrEnum


class ClusterStatusPhase(StrEnum):
    ERROR = "Error"
    FAILED = "Failed"
    PENDING = "Pending"
    PROVISIONING = "Provisioning"
    RUNNING = "Running"

    def __str__(self) -> str:
        return str(self.value)
