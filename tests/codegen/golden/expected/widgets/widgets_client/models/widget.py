# generated from tests/codegen/golden/widgets.yaml - do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._base_client import enum_value, parse_datetime, to_json
from ..models.widget_state import WidgetState

T = TypeVar("T", bound="Widget")


@_attrs_define
class Widget:
    """
    Attributes:
        id (str)
        name (str)
        state (WidgetState | str)
        created_at (datetime.datetime | None)

    Fields the spec does not list are kept in `additional_properties` and sent back by `to_dict`.
    """

    id: str
    name: str
    state: WidgetState | str
    created_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this model: its fields (those set), then the extra ones."""
        field_dict: dict[str, Any] = {
            key: to_json(value) for key, value in self.additional_properties.items()
        }
        field_dict["id"] = to_json(self.id)
        field_dict["name"] = to_json(self.name)
        field_dict["state"] = to_json(self.state)
        if self.created_at is not None:
            field_dict["createdAt"] = to_json(self.created_at)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object: enum values the spec does not list stay plain strings,
        and fields it does not list are kept."""
        _d = dict(src_dict)
        id = _d.pop("id")
        name = _d.pop("name")
        state = enum_value(WidgetState, _d.pop("state"))
        created_at = (
            None
            if (_created_at := _d.pop("createdAt", None)) is None
            else parse_datetime(_created_at)
        )
        obj = cls(
            id=id,
            name=name,
            state=state,
            created_at=created_at,
        )
        obj.additional_properties = _d
        return obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
