# generated from tests/codegen/golden/widgets.yaml - do not edit
from enum import StrEnum


class WidgetState(StrEnum):
    BROKEN = "broken"
    NEW = "new"
    READY = "ready"

    def __str__(self) -> str:
        return str(self.value)
