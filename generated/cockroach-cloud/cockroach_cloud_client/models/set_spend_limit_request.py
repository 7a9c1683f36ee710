# generated from specs/cockroach-cloud.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SetSpendLimitRequest")


@_attrs_define
class SetSpendLimitRequest:
    """A new monthly spend limit for a Serverless cluster.

    Attributes:
        spend_limit (int): The most the cluster may cost per month, in US cents. 0 keeps the cluster free. Example: 0.
    """

    spend_limit: int

    def to_dict(self) -> dict[str, Any]:
        spend_limit = self.spend_limit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "spendLimit": spend_limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        spend_limit = d.pop("spendLimit")

        set_spend_limit_request = cls(
            spend_limit=spend_limit,
        )

        return set_spend_limit_request
