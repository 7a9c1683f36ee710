"""Whatever a spec holds, `diff` answers with a report or a SpecError naming the place, never
with a crash: a property test that breaks one node of a spec at a time, anywhere."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.diff import Report, diff_specs
from generator.errors import SpecError
from tests.diff.specs import BASE, bundled, write


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


ODD_VALUES = [None, 0, -1, 1.5, "", "x", "#/nowhere", [], {}, True, False, {"$ref": "#/x"}]
DOCUMENTS = {"base": BASE, "akua": bundled("akua"), "coreweave-cks": bundled("coreweave-cks")}


def _broken(document: dict[str, Any], path: tuple[Any, ...], value: Any, drop: bool) -> Any:
    broken = copy.deepcopy(document)
    parent = broken
    for step in path[:-1]:
        parent = parent[step]
    if drop and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = copy.deepcopy(value)
    return broken


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_one_broken_node_never_crashes_diff(tmp_path: Path, data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(sorted(DOCUMENTS)))
    document = DOCUMENTS[name]
    path = data.draw(st.sampled_from(_paths(document)))
    value = data.draw(st.sampled_from(ODD_VALUES))
    drop = data.draw(st.booleans())
    good = write(tmp_path / "good.yaml", document)
    bad = write(tmp_path / "bad.yaml", _broken(document, path, value, drop))
    for old, new in ((good, bad), (bad, good)):
        outcome = _outcome(old, new)
        if isinstance(outcome, SpecError):
            assert outcome.findings
            assert all(f.file and f.line >= 1 for f in outcome.findings)
        else:
            assert isinstance(outcome, Report)


def _outcome(old: Path, new: Path) -> Report | SpecError:
    """The report, or the SpecError refusing a spec; anything else propagates and fails."""
    try:
        return diff_specs(old, new)
    except SpecError as exc:
        return exc
