"""The loader: values as JSON sees them, a line for every pointer, and $refs kept local."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import SpecError
from generator.spec import Limits, load_spec
from generator.spec.yamlsafe import YamlProblem, parse

SPEC = """\
openapi: 3.1.0
info:
  title: T
  version: 1.0
paths:
  /a:
    get:
      responses:
        200:
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Node'}
              example: {createdAt: 2026-04-06T12:00:00Z, flag: yes}
components:
  schemas:
    Node:
      type: object
      properties:
        children: {type: array, items: {$ref: '#/components/schemas/Node'}}
        part: {$ref: 'parts/part.yaml#/Part'}
"""


@pytest.fixture
def spec_dir(tmp_path: Path) -> Path:
    (tmp_path / "parts").mkdir()
    (tmp_path / "parts" / "part.yaml").write_text("Part:\n  type: string\n  example: p\n")
    (tmp_path / "spec.yaml").write_text(SPEC)
    return tmp_path


def test_values_are_json_values(spec_dir: Path) -> None:
    document = load_spec(spec_dir / "spec.yaml").document
    response = document["paths"]["/a"]["get"]["responses"]["200"]  # int key read as a string
    example = response["content"]["application/json"]["example"]
    assert example["createdAt"] == "2026-04-06T12:00:00Z"  # not a datetime
    assert example["flag"] is True  # a YAML 1.1 boolean stays what YAML reads
    assert document["info"]["version"] == 1.0


def test_every_pointer_has_its_line(spec_dir: Path) -> None:
    spec = load_spec(spec_dir / "spec.yaml")
    assert spec.line("/paths/~1a/get") == 7
    assert spec.line("/paths/~1a/get/responses/200/description") == 10
    assert spec.line("/components/schemas/Node/properties/children/items") == 20
    assert spec.line("/components/schemas/Node/properties/nowhere/deeper") == 19  # nearest parent


def test_deref_inlines_refs_and_keeps_recursion(spec_dir: Path) -> None:
    spec = load_spec(spec_dir / "spec.yaml")
    node = spec.deref(pointer="/components/schemas/Node")
    assert node["properties"]["part"] == {"type": "string", "example": "p"}  # from another file
    assert node["properties"]["children"]["items"] == {"$ref": "#/components/schemas/Node"}
    schema = spec.deref(pointer="/paths/~1a/get/responses/200/content/application~1json/schema")
    assert schema["type"] == "object"  # the media type's $ref is expanded once
    assert schema["properties"]["children"]["items"] == {"$ref": "#/components/schemas/Node"}


def test_strict_load_refuses_broken_refs(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(SPEC.replace("parts/part.yaml", "parts/missing.yaml"))
    with pytest.raises(SpecError) as raised:
        load_spec(tmp_path / "spec.yaml")
    [finding] = raised.value.findings
    assert finding.rule == "ref-unresolved"
    assert finding.line == 21
    assert "missing.yaml" in finding.message
    lenient = load_spec(tmp_path / "spec.yaml", strict=False)
    assert [f.rule for f in lenient.ref_findings] == ["ref-unresolved"]


def test_refs_inside_examples_are_data(tmp_path: Path) -> None:
    text = SPEC.replace("flag: yes}", "link: {$ref: 'https://elsewhere.test/x'}}")
    (tmp_path / "parts").mkdir()
    (tmp_path / "parts" / "part.yaml").write_text("Part: {type: string}\n")
    (tmp_path / "spec.yaml").write_text(text)
    assert load_spec(tmp_path / "spec.yaml").ref_findings == []


def test_unreadable_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as raised:
        load_spec(tmp_path / "absent.yaml")
    assert raised.value.findings[0].rule == "file-unreadable"
    assert "absent.yaml" in raised.value.findings[0].file


@pytest.mark.parametrize(
    ("text", "rule", "line"),
    [
        ("a: 1\nb: [1, 2\n", "yaml-syntax", 3),
        ("a: 1\na: 2\n", "yaml-duplicate-key", 2),
        ("a: !!binary aGk=\n", "yaml-tag", 1),
        ("a: !custom 1\n", "yaml-tag", 1),
        ("base: &b {x: 1}\nmerged: {<<: *b}\n", "yaml-syntax", 2),
        ("yes: 1\n", "yaml-syntax", 1),
        ("", "yaml-syntax", 1),
    ],
)
def test_yaml_problems(text: str, rule: str, line: int) -> None:
    with pytest.raises(YamlProblem) as raised:
        parse(text)
    assert (raised.value.rule, raised.value.line) == (rule, line)


def test_size_and_depth_limits() -> None:
    with pytest.raises(YamlProblem, match="bytes"):
        parse("a: " + "x" * 100, Limits(max_bytes=50))
    with pytest.raises(YamlProblem, match="deeper"):
        parse("a: " + "[" * 30 + "]" * 30, Limits(max_depth=10))
    with pytest.raises(YamlProblem, match="expands to"):
        parse("a: &a [1, 2, 3]\nb: [*a, *a, *a]\n", Limits(max_nodes=10))
