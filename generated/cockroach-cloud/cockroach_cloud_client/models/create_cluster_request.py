# generated from specs/cockroach-cloud.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.cloud_provider import CloudProvider

if TYPE_CHECKING:
    from ..models.create_cluster_spec import CreateClusterSpec


T = TypeVar("T", bound="CreateClusterRequest")


@_attrs_define
class CreateClusterRequest:
    """A new Serverless cluster.

    Attributes:
        name (str): The cluster's name; a short string without whitespace. Example: notorious-moose.
        provider (CloudProvider): A cloud infrastructure provider on which clusters run. Example: GCP.
        spec (CreateClusterSpec): The configuration of the new cluster. The document covers only Serverless clusters.
    """

    name: str
    provider: CloudProvider
    spec: CreateClusterSpec

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        provider = self.provider.value

        spec = self.spec.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "provider": provider,
                "spec": spec,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_cluster_spec import CreateClusterSpec  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        provider = CloudProvider(d.pop("provider"))

        spec = CreateClusterSpec.from_dict(d.pop("spec"))

        create_cluster_request = cls(
            name=name,
            provider=provider,
            spec=spec,
        )

        return create_cluster_request
