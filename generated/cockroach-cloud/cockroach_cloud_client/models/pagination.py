# generated from specs/cockroach-cloud.yaml - do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._base_client import enum_value, parse_datetime, to_json
from ..models.sort_order import SortOrder

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """Where a page sits in the whole list.

    Attributes:
        next_ (int | None): The page after this one, to pass as pagination.page.
        last (int | None): The last page of the list.
        limit (int | None): The most items a page holds.
        total_results (int | None): How many items the whole list holds.
        time (datetime.datetime | None): The time at which the list was read.
        order (SortOrder | str | None): The order of the items in a page. ASC is documented; DESC is its assumed
            counterpart.

    Fields the spec does not list are kept in `additional_properties` and sent back by `to_dict`.
    """

    next_: int | None = None
    last: int | None = None
    limit: int | None = None
    total_results: int | None = None
    time: datetime.datetime | None = None
    order: SortOrder | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this model: its fields (those set), then the extra ones."""
        field_dict: dict[str, Any] = {
            key: to_json(value) for key, value in self.additional_properties.items()
        }
        if self.next_ is not None:
            field_dict["next"] = to_json(self.next_)
        if self.last is not None:
            field_dict["last"] = to_json(self.last)
        if self.limit is not None:
            field_dict["limit"] = to_json(self.limit)
        if self.total_results is not None:
            field_dict["total_results"] = to_json(self.total_results)
        if self.time is not None:
            field_dict["time"] = to_json(self.time)
        if self.order is not None:
            field_dict["order"] = to_json(self.order)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object: enum values the spec does not list stay plain strings,
        and fields it does not list are kept."""
        _d = dict(src_dict)
        next_ = _d.pop("next", None)
        last = _d.pop("last", None)
        limit = _d.pop("limit", None)
        total_results = _d.pop("total_results", None)
        time = None if (_time := _d.pop("time", None)) is None else parse_datetime(_time)
        order = None if (_order := _d.pop("order", None)) is None else enum_value(SortOrder, _order)
        obj = cls(
            next_=next_,
            last=last,
            limit=limit,
            total_results=total_results,
            time=time,
            order=order,
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
