# generated from specs/cockroach-cloud.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._base_client import to_json

if TYPE_CHECKING:
    from ..models.serverless_cluster_config import ServerlessClusterConfig


T = TypeVar("T", bound="ClusterConfig")


@_attrs_define
class ClusterConfig:
    """The cluster's configuration. The document covers only Serverless clusters.

    Attributes:
        serverless (ServerlessClusterConfig | None): The configuration of a Serverless cluster.

    Fields the spec does not list are kept in `additional_properties` and sent back by `to_dict`.
    """

    serverless: ServerlessClusterConfig | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this model: its fields (those set), then the extra ones."""
        field_dict: dict[str, Any] = {
            key: to_json(value) for key, value in self.additional_properties.items()
        }
        if self.serverless is not None:
            field_dict["serverless"] = to_json(self.serverless)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object: enum values the spec does not list stay plain strings,
        and fields it does not list are kept."""
        _d = dict(src_dict)
        serverless = (
            None
            if (_serverless := _d.pop("serverless", None)) is None
            else ServerlessClusterConfig.from_dict(_serverless)
        )
        obj = cls(
            serverless=serverless,
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


# The models this one nests, imported once its class exists: models may nest each other, and
# an import at the end resolves such cycles without an import on every from_dict.
from ..models.serverless_cluster_config import ServerlessClusterConfig  # noqa: E402
