"""The format assertions every JSON Schema check in the tool uses (OpenAPI's `byte` included)."""

from __future__ import annotations

import base64
import binascii
import re

from jsonschema import FormatChecker

_BASE64 = re.compile(r"^[A-Za-z0-9+/]*={0,2}$")

FORMAT_CHECKER = FormatChecker()


@FORMAT_CHECKER.checks("byte", raises=(binascii.Error, ValueError))
def _is_byte(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if len(value) % 4 or not _BASE64.match(value):
        return False
    base64.b64decode(value, validate=True)
    return True


def _int_range(bits: int) -> tuple[int, int]:
    return -(2 ** (bits - 1)), 2 ** (bits - 1) - 1


for _name, _bits in (("int32", 32), ("int64", 64)):
    _low, _high = _int_range(_bits)

    def _fits(value: object, low: int = _low, high: int = _high) -> bool:
        return not isinstance(value, int) or isinstance(value, bool) or low <= value <= high

    FORMAT_CHECKER.checks(_name)(_fits)
