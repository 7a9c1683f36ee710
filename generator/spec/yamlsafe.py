"""Read YAML (and so JSON) into plain JSON values, with a line for every JSON pointer.

PyYAML composes a node graph first (no objects are built, so no tag can run code); we then
build the values ourselves, which lets us refuse unknown tags, count alias expansion (a
billion-laughs document stops at a node budget instead of eating memory), reject duplicate
keys, keep timestamps as the strings JSON Schema expects, and record where each value is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from generator.spec import pointer as jp

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_TAG = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_TAG + t for t in ("str", "int", "float", "bool", "null")}
_KEPT_AS_TEXT = {
    _TAG + "timestamp"
}  # JSON has no dates: an unquoted date stays the string it reads as


@dataclass(frozen=True)
class Limits:
    """Bounds on what one document may cost to read."""

    max_bytes: int = 10 * 1024 * 1024
    max_nodes: int = 1_000_000  # values built, counting every alias expansion
    max_depth: int = 200


class YamlProblem(Exception):
    """The text is not a document we accept; carries the line and pointer of the problem."""

    def __init__(self, rule: str, message: str, line: int, pointer: str = "") -> None:
        super().__init__(message)
        self.rule = rule
        self.message = message
        self.line = line
        self.pointer = pointer


@dataclass
class ParsedYaml:
    data: Any
    lines: dict[str, int]  # JSON pointer -> 1-based line


def parse(text: str, limits: Limits | None = None) -> ParsedYaml:
    limits = limits or Limits()
    size = len(text.encode("utf-8"))
    if size > limits.max_bytes:
        raise YamlProblem(
            "yaml-limit", f"document is {size} bytes; the limit is {limits.max_bytes}", 1
        )
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        problem = exc.problem or str(exc)
        context = f" ({exc.context})" if exc.context else ""
        raise YamlProblem("yaml-syntax", f"{problem}{context}", line) from None
    except yaml.YAMLError as exc:
        raise YamlProblem("yaml-syntax", str(exc), 1) from None
    except RecursionError:
        raise YamlProblem("yaml-limit", "document is nested too deeply to read", 1) from None
    if root is None:
        raise YamlProblem("yaml-syntax", "document is empty", 1)
    _check_expansion(root, limits)
    builder = _Builder(limits)
    data = builder.build(root, "", 0)
    return ParsedYaml(data, builder.lines)


def _check_expansion(root: yaml.Node, limits: Limits) -> None:
    """Refuse a document whose aliases expand beyond the value budget, before building it.

    Sizes are memoised per node, so this costs one pass over the composed graph however many
    times an anchor is reused; the finding names the first top-level entry over the budget.
    """
    sizes: dict[int, int] = {}

    def size(node: yaml.Node, active: frozenset[int]) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in active:
            raise YamlProblem(
                "yaml-recursive-alias", "an alias refers to itself", node.start_mark.line + 1
            )
        if isinstance(node, yaml.SequenceNode):
            total = 1 + sum(size(child, active | {key}) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            total = 1 + sum(size(v, active | {key}) for _, v in node.value)
        else:
            total = 1
        sizes[key] = total
        return total

    try:
        total = size(root, frozenset())
    except YamlProblem:
        return  # the builder reports a recursive alias with its pointer
    if total <= limits.max_nodes:
        return
    line, where = 1, ""
    if isinstance(root, yaml.MappingNode):
        for key_node, value_node in root.value:
            if sizes[id(value_node)] > limits.max_nodes:
                line, where = key_node.start_mark.line + 1, jp.join("", str(key_node.value))
                total = sizes[id(value_node)]
                break
    raise YamlProblem(
        "yaml-limit",
        f"expands to {total:,} values, more than the limit of {limits.max_nodes:,} "
        "(an alias expansion bomb?)",
        line,
        where,
    )


class _Builder:
    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.lines: dict[str, int] = {}
        self.count = 0
        self.active: set[int] = set()
        self.scalars = yaml.constructor.SafeConstructor()

    def build(self, node: yaml.Node, pointer: str, depth: int, line: int | None = None) -> Any:
        self.count += 1
        here = node.start_mark.line + 1
        self.lines.setdefault(pointer, line or here)
        if self.count > self.limits.max_nodes:
            raise YamlProblem(
                "yaml-limit",
                f"document expands to more than {self.limits.max_nodes} values "
                "(alias expansion bomb?)",
                here,
                pointer,
            )
        if depth > self.limits.max_depth:
            raise YamlProblem(
                "yaml-limit", f"nesting is deeper than {self.limits.max_depth}", here, pointer
            )
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node, pointer)
        if id(node) in self.active:
            raise YamlProblem("yaml-recursive-alias", "an alias refers to itself", here, pointer)
        self.active.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                self.check_tag(node, _TAG + "seq", pointer)
                return [
                    self.build(item, jp.join(pointer, i), depth + 1)
                    for i, item in enumerate(node.value)
                ]
            if isinstance(node, yaml.MappingNode):
                self.check_tag(node, _TAG + "map", pointer)
                return self.mapping(node, pointer, depth)
        finally:
            self.active.discard(id(node))
        raise YamlProblem(
            "yaml-syntax", f"unsupported YAML node {type(node).__name__}", here, pointer
        )

    def mapping(self, node: yaml.MappingNode, pointer: str, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if key_node.tag == _TAG + "merge":
                raise YamlProblem(
                    "yaml-syntax",
                    "merge keys (<<) are not supported: write the mapping out",
                    key_line,
                    pointer,
                )
            key = self.key(key_node, pointer)
            child = jp.join(pointer, key)
            if key in result:
                raise YamlProblem("yaml-duplicate-key", f"duplicate key {key!r}", key_line, child)
            result[key] = self.build(value_node, child, depth + 1, key_line)
        return result

    def key(self, node: yaml.Node, pointer: str) -> str:
        line = node.start_mark.line + 1
        if not isinstance(node, yaml.ScalarNode):
            raise YamlProblem("yaml-syntax", "mapping keys must be plain scalars", line, pointer)
        value = self.scalar(node, pointer)
        if isinstance(value, bool) or value is None:
            raise YamlProblem(
                "yaml-syntax", f"key {node.value!r} reads as {value!r}: quote it", line, pointer
            )
        # An unquoted status code such as 200 is an int to YAML and a string to OpenAPI.
        return str(value)

    def scalar(self, node: yaml.ScalarNode, pointer: str) -> Any:
        if node.tag in _KEPT_AS_TEXT:
            return node.value
        self.check_tag(node, None, pointer)
        return self.scalars.construct_object(node, deep=True)

    @staticmethod
    def check_tag(node: yaml.Node, expected: str | None, pointer: str) -> None:
        allowed = {expected} if expected else _SCALAR_TAGS
        if node.tag not in allowed:
            raise YamlProblem(
                "yaml-tag",
                f"tag {node.tag!r} is not allowed; specs are plain JSON-compatible YAML",
                node.start_mark.line + 1,
                pointer,
            )
