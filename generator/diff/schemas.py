"""Compare two schemas with their $refs resolved, in the direction data flows: a request is
broken by what refuses a value the old schema accepted, a response by what may carry a value
the old schema never could."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from generator.diff.context import Changes, Loc
from generator.spec import Spec
from generator.spec.loader import Location

Direction = Literal["request", "response"]
ALL_TYPES = frozenset({"null", "boolean", "object", "array", "number", "integer", "string"})
MAX_DEPTH = 64

# keyword -> the rule name of its bound (the registry knows which way each one tightens)
_BOUNDS = {
    "maximum": "max",
    "maxLength": "max-length",
    "maxItems": "max-items",
    "exclusiveMaximum": "exclusive-max",
    "minimum": "min",
    "minLength": "min-length",
    "minItems": "min-items",
    "exclusiveMinimum": "exclusive-min",
}


@dataclass
class Node:
    """A schema object with its $ref chain followed and its allOf merged in, remembering where
    each keyword and each property is written (for the line a change points at)."""

    value: dict[str, Any]
    loc: Loc
    where: dict[str, Loc] = field(default_factory=dict)  # keyword -> the object holding it
    properties: dict[str, tuple[Any, Loc]] = field(default_factory=dict)
    required: frozenset[str] = frozenset()

    def at(self, keyword: str) -> Loc:
        """Where `keyword` is written; the schema itself when it has no such keyword (a change
        that adds or drops it points at the schema on the side without it)."""
        if keyword not in self.value:
            return self.loc
        return self.where.get(keyword, self.loc).child(keyword)


def read_node(spec: Spec, raw: Any, loc: Loc, depth: int = 0) -> Node:
    """`raw` (found at `loc`) as a Node. Siblings of a $ref win over its target, as in 3.1."""
    merged: dict[str, Any] = {}
    where: dict[str, Loc] = {}
    seen: set[Location] = set()
    value = raw
    while isinstance(value, dict) and isinstance(value.get("$ref"), str):
        for key, item in value.items():
            if key != "$ref" and key not in merged:
                merged[key], where[key] = item, loc
        target = spec.target(value["$ref"], loc.path)
        if target in seen:
            break
        seen.add(target)
        value = spec.at(target.pointer, target.path)
        loc = Loc(target.path, target.pointer)
    if value is False:
        value = {"not": {}}
    if isinstance(value, dict) and "$ref" not in value:
        for key, item in value.items():
            if key not in merged:
                merged[key], where[key] = item, loc
    node = Node({}, loc, where)
    required = set(_strings(merged.pop("required", None)))
    properties = merged.pop("properties", None)
    for name, prop in properties.items() if isinstance(properties, dict) else ():
        node.properties[str(name)] = (prop, where["properties"].child("properties", str(name)))
    members = merged.pop("allOf", None)
    if isinstance(members, list) and depth < MAX_DEPTH:
        base = where["allOf"].child("allOf")
        for index, member in enumerate(members):
            part = read_node(spec, member, base.child(index), depth + 1)
            required |= part.required
            for name, entry in part.properties.items():
                node.properties.setdefault(name, entry)
            for key, item in part.value.items():
                if key not in merged:
                    merged[key], where[key] = item, part.where.get(key, part.loc)
    node.value = merged
    node.required = frozenset(required)
    return node


def _strings(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def types_of(schema: dict[str, Any]) -> frozenset[str] | None:
    """The JSON types a schema allows (3.0's `nullable` adds null); None when unconstrained."""
    declared = schema.get("type")
    if isinstance(declared, str):
        found = {declared}
    elif isinstance(declared, list):
        found = {str(t) for t in declared}
    else:
        return None
    if schema.get("nullable") is True:
        found.add("null")
    return frozenset(found)


def _accepted(types: frozenset[str] | None) -> frozenset[str]:
    if types is None:
        return ALL_TYPES
    return types | {"integer"} if "number" in types else types


def _show(types: frozenset[str] | None) -> str:
    return "any type" if types is None else " or ".join(sorted(types))


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


@dataclass
class SchemaDiff:
    """Compares the schemas under one root (a body, a parameter, a header) of one operation."""

    changes: Changes
    operation: str
    direction: Direction
    subject: str  # the rule prefix of the root: request-body, request-parameter, ...
    label: str  # how messages name the root: "the request body", "query parameter `limit`"

    def compare(self, old: Node, new: Node, path: tuple[str, ...] = ()) -> None:
        self._walk(old, new, path, ())

    # -- naming -----------------------------------------------------------------------------
    def _subject(self, path: tuple[str, ...]) -> str:
        return self.subject if not path else f"{self.direction}-property"

    def _what(self, path: tuple[str, ...]) -> str:
        if not path:
            return self.label
        return f"{self.direction} property `{'.'.join(path)}`"

    def _emit(
        self, kind: str, path: tuple[str, ...], message: str, old: Loc | None, new: Loc | None
    ) -> None:
        self.changes.emit(
            f"{self._subject(path)}-{kind}",
            f"{self._what(path)}: {message}",
            operation=self.operation,
            old=old,
            new=new,
        )

    # -- the walk ---------------------------------------------------------------------------
    def _walk(
        self,
        old: Node,
        new: Node,
        path: tuple[str, ...],
        stack: tuple[tuple[Loc, Loc], ...],
    ) -> None:
        pair = (old.loc, new.loc)
        if pair in stack or len(stack) >= MAX_DEPTH:
            return  # a recursive schema: this pair is being compared further up
        stack = (*stack, pair)
        self._types(old, new, path)
        self._enum(old, new, path)
        self._format_and_pattern(old, new, path)
        self._bounds(old, new, path)
        self._unique(old, new, path)
        self._default(old, new, path)
        self._const(old, new, path)
        self._additional(old, new, path)
        self._properties(old, new, path, stack)
        self._items(old, new, path, stack)
        for keyword in ("oneOf", "anyOf"):
            self._alternatives(keyword, old, new, path, stack)

    def _types(self, old: Node, new: Node, path: tuple[str, ...]) -> None:
        before, after = types_of(old.value), types_of(new.value)
        if before == after:
            return
        was, now = _accepted(before), _accepted(after)
        was_values, now_values = was - {"null"}, now - {"null"}
        spot = (old.at("type"), new.at("type"))
        change = f"type {_show(before)} became {_show(after)}"
        # A request must still accept what it accepted; a response must send nothing new.
        narrower, wider = (
            (now_values, was_values) if self.direction == "request" else (was_values, now_values)
        )
        if not wider <= narrower:
            self._emit("type-changed", path, change, *spot)
        elif wider < narrower:
            kind = "type-generalized" if self.direction == "request" else "type-specialized"
            self._emit(kind, path, change, *spot)
        if "null" in was and "null" not in now:
            self._emit("became-not-nullable", path, "null is no longer allowed", *spot)
        elif "null" in now and "null" not in was:
            self._emit("became-nullable", path, "null is now allowed", *spot)

    def _enum(self, old: Node, new: Node, path: tuple[str, ...]) -> None:
        before, after = old.value.get("enum"), new.value.get("enum")
        if not isinstance(before, list) and not isinstance(after, list):
            return
        spot = (old.at("enum"), new.at("enum"))
        if not isinstance(before, list):
            self._emit("became-enum", path, f"restricted to {_values(after)}", *spot)
            return
        if not isinstance(after, list):
            self._emit("enum-removed", path, f"no longer restricted to {_values(before)}", *spot)
            return
        old_keys = {_key(v): v for v in before}
        new_keys = {_key(v): v for v in after}
        for key in old_keys.keys() - new_keys.keys():
            self._emit("enum-value-removed", path, f"value {key} was removed", *spot)
        for key in new_keys.keys() - old_keys.keys():
            self._emit("enum-value-added", path, f"value {key} was added", *spot)

    def _format_and_pattern(self, old: Node, new: Node, path: tuple[str, ...]) -> None:
        for keyword in ("format", "pattern"):
            before, after = old.value.get(keyword), new.value.get(keyword)
            self._keyword(old, new, path, keyword, keyword, before, after, ("added", "removed"))

    def _bounds(self, old: Node, new: Node, path: tuple[str, ...]) -> None:
        for keyword, name in _BOUNDS.items():
            before, after = _number(old.value.get(keyword)), _number(new.value.get(keyword))
            self._keyword(old, new, path, keyword, name, before, after, ("set", "unset"))

    def _keyword(
        self,
        old: Node,
        new: Node,
        path: tuple[str, ...],
        keyword: str,
        name: str,
        before: Any,
        after: Any,
        words: tuple[str, str],
    ) -> None:
        """A keyword that appeared, went, or changed value: a bound says whether it grew."""
        if before == after:
            return
        spot = (old.at(keyword), new.at(keyword))
        if before is None:
            kind, message = words[0], f"{keyword} {after!r} was {words[0]}"
        elif after is None:
            kind, message = words[1], f"{keyword} {before!r} was dropped"
        elif not (isinstance(before, int | float) and isinstance(after, int | float)):
            kind, message = "changed", f"{keyword} {before!r} became {after!r}"
        else:
            kind = "increased" if after > before else "decreased"
            message = f"{keyword} {kind} from {before} to {after}"
        self._emit(f"{name}-{kind}", path, message, *spot)

    def _unique(self, old: Node, new: Node, path: tuple[str, ...]) -> None:
        before = old.value.get("uniqueItems") is True
        after = new.value.get("uniqueItems") is True
        if before != after:
            kind = "became-unique" if after else "became-not-unique"
            message = "items must be unique" if after else "items may repeat"
            self._emit(kind, path, message, old.at("uniqueItems"), new.at("uniqueItems"))

    def _default(self, old: Node, new: Node, path: tuple[str, ...]) -> None:
        if "default" not in old.value and "default" not in new.value:
            return
        before, after = old.value.get("default"), new.value.get("default")
        if _key(before) != _key(after):
            message = f"default {_key(before)} became {_key(after)}"
            self._emit("default-value-changed", path, message, old.at("default"), new.at("default"))

    def _const(self, old: Node, new: Node, path: tuple[str, ...]) -> None:
        has_before, has_after = "const" in old.value, "const" in new.value
        before, after = _key(old.value.get("const")), _key(new.value.get("const"))
        if has_before == has_after and before == after:
            return
        spot = (old.at("const"), new.at("const"))
        if not has_before:
            self._emit("const-added", path, f"fixed to {after}", *spot)
        elif not has_after:
            self._emit("const-removed", path, f"no longer fixed to {before}", *spot)
        else:
            self._emit("const-changed", path, f"fixed value {before} became {after}", *spot)

    def _additional(self, old: Node, new: Node, path: tuple[str, ...]) -> None:
        """Only the switch between closed (false) and open; a schema for the extra fields is
        not compared."""
        closed_before = old.value.get("additionalProperties") is False
        closed_after = new.value.get("additionalProperties") is False
        if closed_before == closed_after:
            return
        spot = (old.at("additionalProperties"), new.at("additionalProperties"))
        if closed_after:
            message = "fields it does not name are now refused"
            self._emit("additional-properties-forbidden", path, message, *spot)
        else:
            message = "fields it does not name are now allowed"
            self._emit("additional-properties-allowed", path, message, *spot)

    def _properties(
        self,
        old: Node,
        new: Node,
        path: tuple[str, ...],
        stack: tuple[tuple[Loc, Loc], ...],
    ) -> None:
        spec_old, spec_new = self.changes.old, self.changes.new
        before = dict(self._visible(spec_old, old))
        after = dict(self._visible(spec_new, new))
        request = self.direction == "request"
        for name in sorted(before.keys() - after.keys()):
            where = ".".join((*path, name))
            if request:
                rule, message = "request-property-removed", f"request property `{where}` removed"
            elif name in old.required:
                rule = "response-required-property-removed"
                message = f"required response property `{where}` removed"
            else:
                rule = "response-optional-property-removed"
                message = f"optional response property `{where}` removed"
            self._emit_plain(rule, message, old=before[name].loc)
        for name in sorted(after.keys() - before.keys()):
            where = ".".join((*path, name))
            needed = name in new.required
            if request:
                rule = (
                    "new-required-request-property" if needed else "new-optional-request-property"
                )
            else:
                rule = (
                    "response-required-property-added"
                    if needed
                    else "response-optional-property-added"
                )
            message = (
                f"{'required' if needed else 'optional'} {self.direction} property `{where}` added"
            )
            self._emit_plain(rule, message, new=after[name].loc)
        for name in sorted(before.keys() & after.keys()):
            where = ".".join((*path, name))
            was, now = name in old.required, name in new.required
            if was != now:
                state = "required" if now else "optional"
                rule = f"{self.direction}-property-became-{state}"
                message = f"{self.direction} property `{where}` became {state}"
                self._emit_plain(rule, message, old=before[name].loc, new=after[name].loc)
            self._walk(before[name], after[name], (*path, name), stack)

    def _visible(self, spec: Spec, node: Node) -> Iterator[tuple[str, Node]]:
        """The properties that travel in this direction: readOnly ones are never sent in a
        request, writeOnly ones never come back in a response."""
        hidden = "readOnly" if self.direction == "request" else "writeOnly"
        for name, (raw, loc) in node.properties.items():
            prop = read_node(spec, raw, loc)
            if prop.value.get(hidden) is not True:
                yield name, prop

    def _emit_plain(
        self, rule: str, message: str, *, old: Loc | None = None, new: Loc | None = None
    ) -> None:
        self.changes.emit(rule, message, operation=self.operation, old=old, new=new)

    def _items(
        self,
        old: Node,
        new: Node,
        path: tuple[str, ...],
        stack: tuple[tuple[Loc, Loc], ...],
    ) -> None:
        before, after = old.value.get("items"), new.value.get("items")
        if isinstance(before, dict) and isinstance(after, dict):
            child = (*path[:-1], f"{path[-1]}[]") if path else ("[]",)
            self._walk(
                read_node(self.changes.old, before, old.at("items")),
                read_node(self.changes.new, after, new.at("items")),
                child,
                stack,
            )

    def _alternatives(
        self,
        keyword: str,
        old: Node,
        new: Node,
        path: tuple[str, ...],
        stack: tuple[tuple[Loc, Loc], ...],
    ) -> None:
        before, after = old.value.get(keyword), new.value.get(keyword)
        if not isinstance(before, list) and not isinstance(after, list):
            return
        kind = "one-of" if keyword == "oneOf" else "any-of"
        old_branches = self._branches(self.changes.old, old, keyword, before)
        new_branches = self._branches(self.changes.new, new, keyword, after)
        for name in old_branches.keys() - new_branches.keys():
            message = f"{keyword} alternative {name} was removed"
            self._emit(f"{kind}-removed", path, message, old_branches[name].loc, None)
        for name in new_branches.keys() - old_branches.keys():
            message = f"{keyword} alternative {name} was added"
            self._emit(f"{kind}-added", path, message, None, new_branches[name].loc)
        for name in sorted(old_branches.keys() & new_branches.keys()):
            self._walk(old_branches[name], new_branches[name], path, stack)

    @staticmethod
    def _branches(spec: Spec, node: Node, keyword: str, raw: Any) -> dict[str, Node]:
        """Alternatives by a name that survives reordering: the schema a branch refers to,
        else its title, else its position."""
        branches: dict[str, Node] = {}
        for index, branch in enumerate(raw if isinstance(raw, list) else []):
            loc = node.at(keyword).child(index)
            if isinstance(branch, dict) and isinstance(branch.get("$ref"), str):
                name = branch["$ref"].rpartition("/")[2]
            elif isinstance(branch, dict) and isinstance(branch.get("title"), str):
                name = branch["title"]
            else:
                name = f"#{index}"
            branches[f"`{name}`"] = read_node(spec, branch, loc)
        return branches


def _values(values: Any) -> str:
    return ", ".join(_key(v) for v in values) if isinstance(values, list) else "?"


def _number(value: Any) -> float | int | None:
    """A bound as a number; 3.0's boolean exclusiveMaximum is a flag, not a bound."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value
