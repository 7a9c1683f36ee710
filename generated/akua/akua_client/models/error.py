# generated from specs/akua.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._base_client import to_json

if TYPE_CHECKING:
    from ..models.error_metadata import ErrorMetadata


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """An error answer. `code` names the kind of failure in upper snake case (for example
    `ABORTED`, `NOT_FOUND`, `INVALID_ARGUMENT`); `metadata` carries details that depend on
    the code.

        Attributes:
            code (str): The error code, such as ABORTED, NOT_FOUND, INVALID_ARGUMENT or UNAUTHENTICATED.
            message (str): A human-readable explanation.
            metadata (ErrorMetadata | None): Details for the code, such as the current etag on ABORTED.

        Fields the spec does not list are kept in `additional_properties` and sent back by `to_dict`.
    """

    code: str
    message: str
    metadata: ErrorMetadata | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this model: its fields (those set), then the extra ones."""
        field_dict: dict[str, Any] = {
            key: to_json(value) for key, value in self.additional_properties.items()
        }
        field_dict["code"] = to_json(self.code)
        field_dict["message"] = to_json(self.message)
        if self.metadata is not None:
            field_dict["metadata"] = to_json(self.metadata)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a decoded JSON object: enum values the spec does not list stay plain strings,
        and fields it does not list are kept."""
        _d = dict(src_dict)
        code = _d.pop("code")
        message = _d.pop("message")
        metadata = (
            None
            if (_metadata := _d.pop("metadata", None)) is None
            else ErrorMetadata.from_dict(_metadata)
        )
        obj = cls(
            code=code,
            message=message,
            metadata=metadata,
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
from ..models.error_metadata import ErrorMetadata  # noqa: E402
