# generated from specs/kupe.yaml - do not edit
from enum import StrEnum


class ClusterType(StrEnum):
    DEDICATED = "dedicated"
    SHARED = "shared"

    def __str__(self) -> str:
        return str(self.value)
