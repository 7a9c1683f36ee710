"""The one reader of the x- vocabulary (docs/extensions.md): finds every extension of ours in
a spec, checks it against `vocabulary.schema.json` and against the parts of the spec it names
(operations, paths, parameters, responses), and turns it into the typed objects of
`semantics.py`. Whatever is missing, malformed or names nothing becomes a finding with file,
line and pointer; nothing is defaulted in its place.

No other module of the tool reads an x- key (tests/test_architecture.py holds that)."""

from __future__ import annotations

import importlib.resources
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from generator.apimodel.operations import Operation, SchemaRef, template_parameters
from generator.apimodel.schemas import properties
from generator.apimodel.semantics import (
    PRECONDITION_FAILED,
    Concurrency,
    Conflict,
    Envelope,
    FieldMask,
    Idempotency,
    Identifier,
    Immutable,
    Lifecycle,
    Mismatch,
    Pagination,
    Permissions,
    Precondition,
    Provenance,
    Resource,
    Rule,
    SourceDocument,
    Token,
    Updating,
)
from generator.errors import Finding, Severity
from generator.spec import Spec
from generator.spec import pointer as jp
from generator.spec.formats import FORMAT_CHECKER

SCHEMA_RULE = "extension-schema"  # malformed, misplaced or self-contradictory
LINK_RULE = "extension-consistency"  # names an operation, path, parameter... that is not there

# The concept each extension declares, as the model names it (Api.malformed).
CONCEPTS = {
    "x-source-documents": "sources",
    "x-resources": "resources",
    "x-permissions": "permissions",
    "x-idempotency": "idempotency",
    "x-field-mask": "field_mask",
    "x-pagination": "pagination",
    "x-provenance": "provenance",
    "x-immutable": "immutable",
    "x-rules": "rules",
}
# Where each extension may appear: "root", "info", "operation" or "any".
PLACES = {
    "x-source-documents": "info",
    "x-resources": "root",
    "x-permissions": "operation",
    "x-idempotency": "operation",
    "x-field-mask": "operation",
    "x-pagination": "operation",
    "x-provenance": "any",
    "x-immutable": "any",
    "x-rules": "operation",
}
_WHERE = {"root": "the root", "info": "info", "operation": "an operation"}
# Keys whose values are data, not OpenAPI: an x- key inside them is a value, not ours.
_DATA_KEYS = frozenset({"example", "examples", "default", "const", "enum"})


@cache
def vocabulary_schema() -> dict[str, Any]:
    """The vocabulary's JSON Schema (package data beside this module)."""
    text = (importlib.resources.files("generator.apimodel") / "vocabulary.schema.json").read_text(
        encoding="utf-8"
    )
    schema: dict[str, Any] = json.loads(text)
    return schema


@cache
def _validator(key: str) -> Draft202012Validator:
    root = vocabulary_schema()
    registry: Registry[Any] = Registry().with_resource(
        root["$id"], DRAFT202012.create_resource(root)
    )
    return Draft202012Validator(
        {"$ref": f"{root['$id']}#/properties/{key}"},
        registry=registry,
        format_checker=FORMAT_CHECKER,
    )


@dataclass(frozen=True)
class OperationSemantics:
    permissions: Permissions | None = None
    idempotency: Idempotency | None = None
    field_mask: FieldMask | None = None
    pagination: Pagination | None = None
    provenance: Provenance | None = None
    rules: tuple[Rule, ...] = ()


@dataclass
class Vocabulary:
    """Everything the x- extensions of one spec say, typed, and what was wrong with them."""

    resources: dict[str, Resource] = field(default_factory=dict)
    operations: dict[str, OperationSemantics] = field(default_factory=dict)  # by key
    sources: dict[str, SourceDocument] = field(default_factory=dict)
    provenance: dict[str, Provenance] = field(default_factory=dict)  # by its own pointer
    immutable: list[Immutable] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    # (owner pointer, concept) of each extension present but left out as malformed or misplaced
    malformed: set[tuple[str, str]] = field(default_factory=set)


def extensions(document: Any) -> Iterator[tuple[str, str, Any]]:
    """(pointer of the owner, key, value) for every extension of ours in a document; data
    values and other extensions are not entered."""
    stack: list[tuple[Any, str]] = [(document, "")]
    while stack:
        value, pointer = stack.pop()
        if isinstance(value, dict):
            children = []
            for key, child in value.items():
                if key in PLACES:
                    yield pointer, key, child
                elif key not in _DATA_KEYS and not str(key).startswith("x-"):
                    children.append((child, jp.join(pointer, key)))
            stack.extend(reversed(children))
        elif isinstance(value, list):
            stack.extend(
                (child, jp.join(pointer, i)) for i, child in reversed(list(enumerate(value)))
            )


def read_vocabulary(spec: Spec, operations: dict[str, Operation]) -> Vocabulary:
    reader = _Reader(spec, operations)
    reader.read()
    return reader.found


class _Reader:
    def __init__(self, spec: Spec, operations: dict[str, Operation]) -> None:
        self.spec = spec
        self.operations = operations
        self.by_pointer = {op.pointer: op for op in operations.values()}
        self.by_id = {op.operation_id: op for op in operations.values() if op.operation_id}
        self.found = Vocabulary()

    def problem(self, rule: str, pointer: str, message: str) -> None:
        self.found.findings.append(self.spec.finding(rule, pointer, message, Severity.ERROR))

    def read(self) -> None:
        places = {"root": {""}, "info": {"/info"}, "operation": set(self.by_pointer)}
        per_operation: dict[str, dict[str, Any]] = {}
        resources: Any = None
        for owner, key, value in extensions(self.spec.document):
            at = jp.join(owner, key)
            allowed = places.get(PLACES[key])
            if allowed is not None and owner not in allowed:
                self.problem(SCHEMA_RULE, at, f"{key} belongs on {_WHERE[PLACES[key]]}")
                self.found.malformed.add((owner, CONCEPTS[key]))
                continue
            errors = sorted(_validator(key).iter_errors(value), key=lambda e: list(e.path))
            for error in errors:
                self.problem(SCHEMA_RULE, jp.join(at, *error.absolute_path), error.message)
            if key == "x-resources":
                # Checked resource by resource below: one broken resource spoils only itself.
                resources = value if isinstance(value, dict) else None
                continue
            if errors:
                self.found.malformed.add((owner, CONCEPTS[key]))
                continue
            if key == "x-source-documents":
                self._sources(value, at)
            elif key == "x-provenance":
                self._provenance(value, at)
            elif key == "x-immutable":
                if value is True:
                    self.found.immutable.append(Immutable(self.spec.path, owner))
            else:
                per_operation.setdefault(owner, {})[key] = (value, at)
        for pointer, semantics in per_operation.items():
            operation = self.by_pointer[pointer]
            self.found.operations[operation.key] = self._operation(operation, semantics)
        for pointer, op in self.by_pointer.items():
            if op.key not in self.found.operations:
                provenance = self.found.provenance.get(jp.join(pointer, "x-provenance"))
                if provenance is not None:
                    self.found.operations[op.key] = OperationSemantics(provenance=provenance)
        for name, value in (resources or {}).items():
            at = jp.join("", "x-resources", name)
            if not _validator("x-resources").is_valid({name: value}):
                self.found.malformed.add((at, "resource"))
                continue  # its schema findings are above
            self.found.resources[name] = self._resource(name, value, at)
        self._replays_find_their_resource()

    # --- documents and provenance -----------------------------------------------------------

    def _sources(self, value: dict[str, Any], at: str) -> None:
        for id, doc in value.items():
            self.found.sources[id] = SourceDocument(
                pointer=jp.join(at, id),
                id=id,
                title=doc["title"],
                file=doc["file"],
                url=doc.get("url"),
                last_modified=doc.get("lastModified"),
                supersedes=doc.get("supersedes"),
                note=doc.get("note"),
            )

    def _provenance(self, value: Any, at: str) -> Provenance | None:
        """The provenance object at `at` (an x-provenance, or a `provenance` key inside one of
        our extensions), kept in the spec-wide index too."""
        if not isinstance(value, dict):
            return None
        provenance = Provenance(
            pointer=at,
            source=value.get("source"),
            section=value.get("section"),
            inferred=value.get("inferred"),
            external=value.get("external"),
        )
        self.found.provenance[at] = provenance
        return provenance

    # --- operations -------------------------------------------------------------------------

    def _operation(
        self, operation: Operation, semantics: dict[str, tuple[Any, str]]
    ) -> OperationSemantics:
        take = semantics.get
        permissions = idempotency = field_mask = pagination = None
        if (found := take("x-permissions")) is not None:
            permissions = Permissions(found[1], tuple(found[0]["anyOf"]))
        if (found := take("x-idempotency")) is not None:
            idempotency = self._idempotency(operation, *found)
        if (found := take("x-field-mask")) is not None:
            value, at = found
            field_mask = FieldMask(
                pointer=at,
                field=value["field"],
                encoding=value["encoding"],
                governs=value.get("governs", ""),
                empty_means=value.get("emptyMeans"),
                always_required=tuple(value.get("alwaysRequired") or ()),
                provenance=self._provenance(value.get("provenance"), jp.join(at, "provenance")),
            )
        if (found := take("x-pagination")) is not None:
            pagination = self._pagination(operation, *found)
        rules: tuple[Rule, ...] = ()
        if (found := take("x-rules")) is not None:
            value, at = found
            rules = tuple(
                Rule(
                    pointer=jp.join(at, i),
                    status=entry["status"],
                    code=entry.get("code"),
                    rule=entry["rule"],
                    provenance=self._provenance(
                        entry.get("provenance"), jp.join(at, i, "provenance")
                    ),
                )
                for i, entry in enumerate(value)
            )
        return OperationSemantics(
            rules=rules,
            permissions=permissions,
            idempotency=idempotency,
            field_mask=field_mask,
            pagination=pagination,
            provenance=self.found.provenance.get(jp.join(operation.pointer, "x-provenance")),
        )

    def _idempotency(self, operation: Operation, value: dict[str, Any], at: str) -> Idempotency:
        header = value["header"]
        if operation.parameter(header, "header") is None:
            self.problem(
                LINK_RULE,
                jp.join(at, "header"),
                f"{operation.key} does not declare the {header} header",
            )
        conflict = value.get("conflict")
        return Idempotency(
            pointer=at,
            header=header,
            replay=value["replay"],
            conflict=None
            if conflict is None
            else Conflict(conflict["status"], conflict.get("code")),
            provenance=self._provenance(value.get("provenance"), jp.join(at, "provenance")),
        )

    def _replays_find_their_resource(self) -> None:
        """A replay that answers the resource as it is now (`existing-resource`) must know
        which resource: the operation is the create or the update of one in x-resources."""
        roles = {
            key: verb
            for resource in self.found.resources.values()
            for verb, key in resource.operations.items()
        }
        for key, semantics in self.found.operations.items():
            rule = semantics.idempotency
            if rule is None or not rule.answers_current:
                continue
            if roles.get(key) not in ("create", "update"):
                self.problem(
                    LINK_RULE,
                    jp.join(rule.pointer, "replay"),
                    f"{key} answers replays with the existing resource but is not the create "
                    "or update of a resource in x-resources",
                )

    def _pagination(self, operation: Operation, value: dict[str, Any], at: str) -> Pagination:
        for key in ("pageParameter", "limitParameter"):
            if key in value and operation.parameter(value[key], "query") is None:
                self.problem(
                    LINK_RULE,
                    jp.join(at, key),
                    f"{operation.key} has no query parameter {value[key]!r}",
                )
        return Pagination(
            pointer=at,
            style=value["style"],
            items=value["items"],
            object=value["object"],
            next=value["next"],
            page_parameter=value["pageParameter"],
            limit_parameter=value.get("limitParameter"),
            provenance=self._provenance(value.get("provenance"), jp.join(at, "provenance")),
        )

    # --- resources --------------------------------------------------------------------------

    def _resource(self, name: str, value: dict[str, Any], at: str) -> Resource:
        paths = self.spec.document.get("paths")
        paths = paths if isinstance(paths, dict) else {}
        collection, item = value["collectionPath"], value["itemPath"]
        raw_identifier = value["identifier"]
        for key, path in (("collectionPath", collection), ("itemPath", item)):
            if path not in paths:
                self.problem(LINK_RULE, jp.join(at, key), f"path {path!r} is not in paths")
        expected = f"{collection}/{{{raw_identifier['parameter']}}}"
        if item != expected:
            self.problem(LINK_RULE, jp.join(at, "itemPath"), f"itemPath should be {expected}")
        schema_pointer = value["schema"].lstrip("#")
        schema_node = None
        try:
            schema_node = self.spec.at(schema_pointer)
        except (KeyError, TypeError):
            self.problem(LINK_RULE, jp.join(at, "schema"), f"{value['schema']} does not exist")
        operations: dict[str, str] = {}
        for verb, operation_id in value["operations"].items():
            where = jp.join(at, "operations", verb)
            operation = self.by_id.get(operation_id)
            if operation is None:
                self.problem(LINK_RULE, where, f"operationId {operation_id!r} does not exist")
                continue
            expected_path = collection if verb in ("create", "list") else item
            if operation.path != expected_path:
                self.problem(
                    LINK_RULE, where, f"{operation_id} is on {operation.path}, not {expected_path}"
                )
            operations[verb] = operation.key
        envelope = value.get("envelope") or {}
        lifecycle = value.get("lifecycle")
        concurrency = value.get("concurrency")
        return Resource(
            name=name,
            pointer=at,
            schema=SchemaRef(self.spec.path, schema_pointer),
            collection_path=collection,
            item_path=item,
            identifier=Identifier(
                parameter=raw_identifier["parameter"],
                property=raw_identifier["property"],
                assigned_by=raw_identifier["assignedBy"],
            ),
            operations=operations,
            envelope=Envelope(item=envelope.get("item", ""), list=envelope.get("list", "")),
            lifecycle=None
            if lifecycle is None
            else self._lifecycle(lifecycle, jp.join(at, "lifecycle")),
            concurrency=None
            if concurrency is None
            else self._concurrency(name, operations, concurrency, jp.join(at, "concurrency")),
            immutable=self._immutable(schema_node),
            description=value.get("description"),
            provenance=self._provenance(value.get("provenance"), jp.join(at, "provenance")),
            scopes=template_parameters(collection),
        )

    def _immutable(self, schema: Any) -> tuple[str, ...]:
        if schema is None:
            return ()
        marked = []
        for pointer, raw in properties(self.spec, schema):
            resolved = self.spec.resolve(raw)[0] if "$ref" in raw else raw
            if raw.get("x-immutable") is True or (
                isinstance(resolved, dict) and resolved.get("x-immutable") is True
            ):
                marked.append(pointer)
        return tuple(dict.fromkeys(marked))

    def _lifecycle(self, value: dict[str, Any], at: str) -> Lifecycle:
        states = tuple(value["states"])
        for key in ("initial", "deleting", "deleted"):
            if key in value and value[key] not in states:
                self.problem(
                    LINK_RULE, jp.join(at, key), f"{value[key]!r} is not one of the states"
                )
        groups: dict[str, tuple[str, ...]] = {}
        for key in ("ready", "failed", "transitional"):
            groups[key] = tuple(value[key])
            for state in groups[key]:
                if state not in states:
                    self.problem(LINK_RULE, jp.join(at, key), f"{state!r} is not one of the states")
        for a, b in (("ready", "failed"), ("ready", "transitional"), ("failed", "transitional")):
            both = sorted(set(groups[a]) & set(groups[b]))
            if both:
                self.problem(LINK_RULE, at, f"{both} are both {a} and {b}")
        updating = None
        if "updating" in value:
            raw = value["updating"]
            updating = Updating(
                state=raw["state"], changes=tuple((raw.get("changes") or {}).items())
            )
            for state in [updating.state, *(s for _, s in updating.changes)]:
                if state not in groups["transitional"]:
                    self.problem(
                        LINK_RULE, jp.join(at, "updating"), f"{state!r} is not a transitional state"
                    )
        return Lifecycle(
            field=value["field"],
            states=states,
            initial=value["initial"],
            ready=groups["ready"],
            failed=groups["failed"],
            transitional=groups["transitional"],
            deleting=value.get("deleting"),
            deleted=value.get("deleted"),
            updating=updating,
            open=bool(value.get("open", False)),
            provenance=self._provenance(value.get("provenance"), jp.join(at, "provenance")),
        )

    def _concurrency(
        self, name: str, operations: dict[str, str], value: dict[str, Any], at: str
    ) -> Concurrency:
        token = value["token"]
        if "header" in token:
            declared = any(
                header.name.lower() == token["header"].lower()
                for key in operations.values()
                for response in self.operations[key].responses.values()
                for header in response.headers
            )
            if not declared:
                self.problem(
                    LINK_RULE,
                    jp.join(at, "token", "header"),
                    f"no response of the resource declares {token['header']}",
                )
        raw = value["precondition"]
        mismatch = PRECONDITION_FAILED
        if "mismatch" in value:
            m = value["mismatch"]
            mismatch = Mismatch(m["status"], m.get("code"), m.get("currentToken"))
        keys = []
        for index, operation_id in enumerate(raw["operations"]):
            where = jp.join(at, "precondition", "operations", index)
            operation = self.by_id.get(operation_id)
            if operation is None:
                self.problem(LINK_RULE, where, f"operationId {operation_id!r} does not exist")
                continue
            keys.append(operation.key)
            parameter = operation.parameter(raw["header"], "header")
            if parameter is None:
                self.problem(
                    LINK_RULE, where, f"{operation_id} does not declare the {raw['header']} header"
                )
            elif parameter.required != raw["required"]:
                self.problem(
                    LINK_RULE,
                    where,
                    f"{operation_id}'s {raw['header']} header disagrees on required",
                )
            if "mismatch" in value and str(mismatch.status) not in operation.responses:
                self.problem(
                    LINK_RULE,
                    where,
                    f"{operation_id} does not document the {mismatch.status} mismatch answer",
                )
        return Concurrency(
            token=Token(header=token.get("header"), property=token.get("property")),
            precondition=Precondition(
                header=raw["header"], required=raw["required"], operations=tuple(keys)
            ),
            mismatch=mismatch,
            provenance=self._provenance(value.get("provenance"), jp.join(at, "provenance")),
        )
