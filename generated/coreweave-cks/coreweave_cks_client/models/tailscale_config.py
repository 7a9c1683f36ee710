# generated from specs/coreweave-cks.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TailscaleConfig")


@_attrs_define
class TailscaleConfig:
    """The Tailscale settings a request may set.

    Attributes:
        client_id (str | Unset): The Tailscale client ID the cluster uses.
    """

    client_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if client_id is not UNSET:
            field_dict["clientId"] = client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("clientId", UNSET)

        tailscale_config = cls(
            client_id=client_id,
        )

        return tailscale_config
