# generated from specs/cockroach-cloud.yaml - do not edit
from enum import StrEnum


class NodeStatus(StrEnum):
    LIVE = "LIVE"
    NOT_READY = "NOT_READY"

    def __str__(self) -> str:
        return str(self.value)
