# generated from specs/cockroach-cloud.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.serverless_cluster_config import ServerlessClusterConfig


T = TypeVar("T", bound="ClusterConfig")


@_attrs_define
class ClusterConfig:
    """The cluster's configuration. The document covers only Serverless clusters.

    Attributes:
        serverless (ServerlessClusterConfig | Unset): The configuration of a Serverless cluster.
    """

    serverless: ServerlessClusterConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        serverless: dict[str, Any] | Unset = UNSET
        if not isinstance(self.serverless, Unset):
            serverless = self.serverless.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if serverless is not UNSET:
            field_dict["serverless"] = serverless

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.serverless_cluster_config import ServerlessClusterConfig  # noqa: PLC0415

        d = dict(src_dict)
        _serverless = d.pop("serverless", UNSET)
        serverless: ServerlessClusterConfig | Unset
        if isinstance(_serverless, Unset):
            serverless = UNSET
        else:
            serverless = ServerlessClusterConfig.from_dict(_serverless)

        cluster_config = cls(
            serverless=serverless,
        )

        cluster_config.additional_properties = d
        return cluster_config

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
