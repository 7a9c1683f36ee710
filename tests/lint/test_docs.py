"""docs/lint.md lists exactly the registered rules."""

from __future__ import annotations

import re
from pathlib import Path

from generator.lint import RULES

DOC = Path(__file__).resolve().parents[2] / "docs" / "lint.md"


def test_rule_table_matches_registry() -> None:
    rows = dict(re.findall(r"^\| `([A-Za-z0-9-]+)` \| (\w+) \|", DOC.read_text(), re.MULTILINE))
    assert rows == {rule.id: rule.severity.value for rule in RULES.values()}
