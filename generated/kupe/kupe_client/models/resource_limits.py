# generated from specs/kupe.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceLimits")


@_attrs_define
class ResourceLimits:
    """CPU, memory and storage limits of a cluster, each a Kubernetes quantity. Request form: unknown keys are rejected.

    Attributes:
        cpu (str | Unset): An amount in Kubernetes quantity notation: a number with an optional binary suffix (Ki, Mi,
            Gi, Ti, Pi, Ei), decimal suffix (n, u, m, k, M, G, T, P, E) or exponent.
        memory (str | Unset): An amount in Kubernetes quantity notation: a number with an optional binary suffix (Ki,
            Mi, Gi, Ti, Pi, Ei), decimal suffix (n, u, m, k, M, G, T, P, E) or exponent.
        storage (str | Unset): An amount in Kubernetes quantity notation: a number with an optional binary suffix (Ki,
            Mi, Gi, Ti, Pi, Ei), decimal suffix (n, u, m, k, M, G, T, P, E) or exponent.
    """

    cpu: str | Unset = UNSET
    memory: str | Unset = UNSET
    storage: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        cpu = self.cpu

        memory = self.memory

        storage = self.storage

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if memory is not UNSET:
            field_dict["memory"] = memory
        if storage is not UNSET:
            field_dict["storage"] = storage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cpu = d.pop("cpu", UNSET)

        memory = d.pop("memory", UNSET)

        storage = d.pop("storage", UNSET)

        resource_limits = cls(
            cpu=cpu,
            memory=memory,
            storage=storage,
        )

        return resource_limits
