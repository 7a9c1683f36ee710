# generated from tests/codegen/golden/widgets.yaml - do not edit
"""Contains all the data models used in inputs/outputs"""

from .error import Error
from .widget import Widget
from .widget_create import WidgetCreate
from .widget_state import WidgetState

__all__ = (
    "Error",
    "Widget",
    "WidgetCreate",
    "WidgetState",
)
