# generated from specs/akua.yaml - do not edit
from enum import StrEnum


class ClusterProvider(StrEnum):
    IMPORTED_BYOC = "imported_byoc"
    MANAGED_KAAS = "managed_kaas"

    def __str__(self) -> str:
        return str(self.value)
