# generated from specs/cockroach-cloud.yaml - do not edit
from enum import StrEnum


class SortOrder(StrEnum):
    ASC = "ASC"
    DESC = "DESC"

    def __str__(self) -> str:
        return str(self.value)
