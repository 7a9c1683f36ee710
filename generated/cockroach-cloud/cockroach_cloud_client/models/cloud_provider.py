# generated from specs/cockroach-cloud.yaml - do not edit
from enum import StrEnum


class CloudProvider(StrEnum):
    AWS = "AWS"
    GCP = "GCP"

    def __str__(self) -> str:
        return str(self.value)
