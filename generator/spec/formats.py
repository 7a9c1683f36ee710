"""The format assertions every JSON Schema check in the tool uses (OpenAPI's `byte` included)."""

from __future__ import annotations

import re

from jsonschema import FormatChecker

# Base64 as `base64.b64decode(..., validate=True)` takes it: whole quanta, padding only at the end.
_BASE64 = re.compile(r"(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?")


def is_base64(value: str) -> bool:
    """OpenAPI's `byte` format: base64 text (a regex, not a decode: engines call this for every
    byte-formatted string they check)."""
    return _BASE64.fullmatch(value) is not None


FORMAT_CHECKER = FormatChecker()


@FORMAT_CHECKER.checks("byte")
def _is_byte(value: object) -> bool:
    return not isinstance(value, str) or is_base64(value)


def _int_range(bits: int) -> tuple[int, int]:
    return -(2 ** (bits - 1)), 2 ** (bits - 1) - 1


for _name, _bits in (("int32", 32), ("int64", 64)):
    _low, _high = _int_range(_bits)

    def _fits(value: object, low: int = _low, high: int = _high) -> bool:
        return not isinstance(value, int) or isinstance(value, bool) or low <= value <= high

    FORMAT_CHECKER.checks(_name)(_fits)
