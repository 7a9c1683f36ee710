# generated from specs/akua.yaml - do not edit
from enum import StrEnum


class AbortedErrorCode(StrEnum):
    ABORTED = "ABORTED"

    def __str__(self) -> str:
        return str(self.value)
