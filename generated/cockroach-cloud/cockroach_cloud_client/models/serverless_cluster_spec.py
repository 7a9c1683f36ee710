# generated from specs/cockroach-cloud.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerlessClusterSpec")


@_attrs_define
class ServerlessClusterSpec:
    """The Serverless configuration of a new cluster.

    Attributes:
        regions (list[str]): Region codes of the provider in which the cluster runs, such as us-west2 on GCP.
        spend_limit (int | Unset): The most the cluster may cost per month, in US cents. 0 keeps the cluster free.
            Example: 0.
    """

    regions: list[str]
    spend_limit: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        regions = self.regions

        spend_limit = self.spend_limit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "regions": regions,
            }
        )
        if spend_limit is not UNSET:
            field_dict["spendLimit"] = spend_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        regions = cast(list[str], d.pop("regions"))

        spend_limit = d.pop("spendLimit", UNSET)

        serverless_cluster_spec = cls(
            regions=regions,
            spend_limit=spend_limit,
        )

        return serverless_cluster_spec
