"""One exception tree and one finding type for the whole tool."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, order=True)
class Finding:
    """Something wrong (or worth knowing) about a spec, with where it is."""

    file: str
    line: int
    pointer: str
    severity: Severity
    rule: str
    message: str

    def render(self) -> str:
        """`file:line: severity rule-id pointer: message`, the lint output format."""
        pointer = self.pointer or "/"
        return (
            f"{self.file}:{self.line}: {self.severity.value} {self.rule} {pointer}: {self.message}"
        )

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["severity"] = self.severity.value
        return data


class GeneratorError(Exception):
    """Base of every error this tool raises on purpose."""


class SpecError(GeneratorError):
    """A spec could not be loaded; `findings` says where and why."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        super().__init__("; ".join(f.render() for f in findings))


class UsageError(GeneratorError):
    """The command line asked for something that cannot be done."""


class ServerStartError(GeneratorError):
    """A reference server did not come up; the message says what it printed."""
