# generated from specs/cockroach-cloud.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.serverless_cluster_spec import ServerlessClusterSpec


T = TypeVar("T", bound="CreateClusterSpec")


@_attrs_define
class CreateClusterSpec:
    """The configuration of the new cluster. The document covers only Serverless clusters.

    Attributes:
        serverless (ServerlessClusterSpec): The Serverless configuration of a new cluster.
    """

    serverless: ServerlessClusterSpec

    def to_dict(self) -> dict[str, Any]:
        serverless = self.serverless.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "serverless": serverless,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.serverless_cluster_spec import ServerlessClusterSpec  # noqa: PLC0415

        d = dict(src_dict)
        serverless = ServerlessClusterSpec.from_dict(d.pop("serverless"))

        create_cluster_spec = cls(
            serverless=serverless,
        )

        return create_cluster_spec
