"""How a reference server is set up: which spec, where its state lives, who may call it, and
how its lifecycles move."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from generator.errors import UsageError
from generator.serve.lifecycle import Mode

MEMORY = ":memory:"


@dataclass(frozen=True)
class ServeConfig:
    spec: Path
    db: str = MEMORY
    # token -> its roles (None: every permission). No tokens: any bearer token is accepted.
    tokens: dict[str, frozenset[str] | None] = field(default_factory=dict)
    lifecycle: Mode = field(default_factory=lambda: Mode("immediate"))
    max_body: int = 1024 * 1024
    # Deeper request bodies are refused (400): no documented payload nests past a handful.
    max_depth: int = 64
    # Validate every answer against the spec too, and keep what fails (tests turn this on).
    check_responses: bool = False


def parse_tokens(values: Iterable[str]) -> dict[str, frozenset[str] | None]:
    """`TOKEN` (every permission) or `TOKEN=ROLE[,ROLE...]`."""
    tokens: dict[str, frozenset[str] | None] = {}
    for value in values:
        token, sep, roles = value.partition("=")
        if not token or any(c.isspace() for c in token):
            raise UsageError(f"--token {value!r}: a token is one word, optionally =ROLE,ROLE")
        named = frozenset(r.strip() for r in roles.split(",") if r.strip())
        if sep and not named:
            raise UsageError(f"--token {value!r}: name at least one role after '='")
        tokens[token] = named if sep else None
    return tokens


def default_db(spec: Path) -> str:
    """A file per API in the working directory's `.one-spec/`, made on first use."""
    folder = Path.cwd() / ".one-spec"
    folder.mkdir(exist_ok=True)
    return str(folder / f"{spec.stem}.sqlite3")
