# generated from specs/cockroach-cloud.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._base_client import enum_value, to_json
from ..models.cloud_provider import CloudProvider

if TYPE_CHECKING:
    from ..models.create_cluster_spec import CreateClusterSpec


T = TypeVar("T", bound="CreateClusterRequest")


@_attrs_define
class CreateClusterRequest:
    """A new Serverless cluster. The provider may be left out: the document's example creates
    a cluster with the default provider and region, which are GCP and us-central1 there.

        Attributes:
            name (str): The cluster's name; a short string without whitespace.
            spec (CreateClusterSpec): The configuration of the new cluster. The document covers only Serverless clusters.
            provider (CloudProvider | str | None): A cloud infrastructure provider on which clusters run.

        Fields the spec does not list are kept in `additional_properties` and sent back by `to_dict`.
    """

    name: str
    spec: CreateClusterSpec
    provider: CloudProvider | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this model: its fields (those set), then the extra ones."""
        field_dict: dict[str, Any] = {
            key: to_json(value) for key, value in self.additional_properties.items()
        }
        field_dict["name"] = to_json(self.name)
        field_dict["spec"] = to_json(self.spec)
        if self.provider is not None:
            field_dict["provider"] = to_json(self.provider)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object: enum values the spec does not list stay plain strings,
        and fields it does not list are kept."""
        _d = dict(src_dict)
        name = _d.pop("name")
        spec = CreateClusterSpec.from_dict(_d.pop("spec"))
        provider = (
            None
            if (_provider := _d.pop("provider", None)) is None
            else enum_value(CloudProvider, _provider)
        )
        obj = cls(
            name=name,
            spec=spec,
            provider=provider,
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
from ..models.create_cluster_spec import CreateClusterSpec  # noqa: E402
