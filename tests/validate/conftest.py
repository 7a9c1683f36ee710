from __future__ import annotations

from functools import cache

from generator.validate import Validator
from tests.specs.fidelity import SPECS

APIS = ["coreweave-cks", "cockroach-cloud", "kupe", "akua", "history/coreweave-cks-v1beta1-r1"]


@cache
def validator(name: str) -> Validator:
    return Validator.from_path(SPECS / f"{name}.yaml")


def all_operations() -> list[tuple[str, str]]:
    return [(name, key) for name in APIS for key in validator(name).api.operations]
