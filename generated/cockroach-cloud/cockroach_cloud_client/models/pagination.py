# generated from specs/cockroach-cloud.yaml - do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sort_order import SortOrder
from ..types import UNSET, Unset

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """Where a page sits in the whole list.

    Attributes:
        next_ (int | Unset): The page after this one, to pass as pagination.page. Example: 0.
        last (int | Unset): The last page of the list. Example: 0.
        limit (int | Unset): The most items a page holds. Example: 0.
        total_results (int | Unset): How many items the whole list holds. Example: 0.
        time (datetime.datetime | Unset): The time at which the list was read. Example: 2022-03-14T14:15:22Z.
        order (SortOrder | Unset): The order of the items in a page. ASC is documented; DESC is its assumed counterpart.
            Example: ASC.
    """

    next_: int | Unset = UNSET
    last: int | Unset = UNSET
    limit: int | Unset = UNSET
    total_results: int | Unset = UNSET
    time: datetime.datetime | Unset = UNSET
    order: SortOrder | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_ = self.next_

        last = self.last

        limit = self.limit

        total_results = self.total_results

        time: str | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.isoformat()

        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_ is not UNSET:
            field_dict["next"] = next_
        if last is not UNSET:
            field_dict["last"] = last
        if limit is not UNSET:
            field_dict["limit"] = limit
        if total_results is not UNSET:
            field_dict["total_results"] = total_results
        if time is not UNSET:
            field_dict["time"] = time
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        next_ = d.pop("next", UNSET)

        last = d.pop("last", UNSET)

        limit = d.pop("limit", UNSET)

        total_results = d.pop("total_results", UNSET)

        _time = d.pop("time", UNSET)
        time: datetime.datetime | Unset
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = datetime.datetime.fromisoformat(_time)

        _order = d.pop("order", UNSET)
        order: SortOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = SortOrder(_order)

        pagination = cls(
            next_=next_,
            last=last,
            limit=limit,
            total_results=total_results,
            time=time,
            order=order,
        )

        pagination.additional_properties = d
        return pagination

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
