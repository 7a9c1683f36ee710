# generated from specs/akua.yaml - do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aborted_error_code import AbortedErrorCode

if TYPE_CHECKING:
    from ..models.error_metadata import ErrorMetadata


T = TypeVar("T", bound="AbortedError")


@_attrs_define
class AbortedError:
    """The error answer to a stale `if-match`, with the current etag in its metadata.

    Attributes:
        code (AbortedErrorCode): The error code, such as ABORTED, NOT_FOUND, INVALID_ARGUMENT or UNAUTHENTICATED.
        message (str): A human-readable explanation.
        metadata (ErrorMetadata): Details for the code, such as the current etag on ABORTED.
    """

    code: AbortedErrorCode
    message: str
    metadata: ErrorMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        message = self.message

        metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_metadata import ErrorMetadata  # noqa: PLC0415

        d = dict(src_dict)
        code = AbortedErrorCode(d.pop("code"))

        message = d.pop("message")

        metadata = ErrorMetadata.from_dict(d.pop("metadata"))

        aborted_error = cls(
            code=code,
            message=message,
            metadata=metadata,
        )

        aborted_error.additional_properties = d
        return aborted_error

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
