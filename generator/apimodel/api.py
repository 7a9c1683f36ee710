"""`Api`: a spec's operations and semantics, built once by `build_api`, with the router every
server and recording reader uses."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from generator.apimodel.operations import Operation, build_operation
from generator.apimodel.semantics import Immutable, Provenance, Resource, SourceDocument
from generator.apimodel.vocabulary import read_vocabulary
from generator.errors import Finding, Severity, SpecError
from generator.spec import Spec
from generator.spec.walk import operations as walk_operations


@dataclass(frozen=True)
class Api:
    spec: Spec
    title: str
    version: str
    servers: tuple[str, ...]
    operations: dict[str, Operation]
    resources: dict[str, Resource]
    sources: dict[str, SourceDocument]
    # Every provenance object in the spec, by its own pointer (x-provenance on operations,
    # schemas, parameters..., and `provenance` inside the other extensions).
    provenance: dict[str, Provenance]
    immutable: tuple[Immutable, ...]
    # What was wrong with the x- vocabulary; `require_clean` refuses a spec with any error.
    findings: tuple[Finding, ...]
    # (owner pointer, concept) of each extension present but left out as malformed or
    # misplaced (its findings say why): ("/paths/~1w/get", "provenance"), ("/info", "sources")
    malformed: frozenset[tuple[str, str]] = frozenset()

    def require_clean(self) -> Api:
        """Raise SpecError (each finding with file, line and pointer) if the vocabulary is
        broken; consumers that act on the semantics start with this, lint does not."""
        errors = [f for f in self.findings if f.severity is Severity.ERROR]
        if errors:
            raise SpecError(errors)
        return self

    @property
    def base_path(self) -> str:
        """The path part of the first server URL (`/v1` for `https://api.akua.dev/v1`)."""
        return urlsplit(self.servers[0]).path.rstrip("/") if self.servers else ""

    @property
    def base_url(self) -> str:
        """The first server URL without a trailing slash; "" when the spec names none."""
        return self.servers[0].rstrip("/") if self.servers else ""

    def role(self, operation: Operation | str) -> tuple[Resource, str] | None:
        """The resource an operation serves and its verb there (create, get, list, update,
        delete); None for an operation outside every resource."""
        key = operation if isinstance(operation, str) else operation.key
        for resource in self.resources.values():
            verb = resource.verb_of(key)
            if verb is not None:
                return resource, verb
        return None

    def find(self, reference: str) -> Operation | None:
        """An operation by operationId or by `METHOD /path/template` as the spec writes it."""
        if reference in self.operations:
            return self.operations[reference]
        method, _, path = reference.strip().partition(" ")
        for operation in self.operations.values():
            if operation.method == method.lower() and operation.path == path.strip():
                return operation
        return None

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        """Route a concrete request the way a server would: the path first, literal segments
        beating templated ones (OpenAPI's rule), then the method; a path under the server's
        base path (`/v1/clusters` for Akua) is matched too. None when the best path has no
        such method (`methods_for` then says which it has) or no path matches."""
        routed = self._route(path)
        if routed is None:
            return None
        operations, params = routed
        operation = operations.get(method.lower())
        return None if operation is None else (operation, params)

    def methods_for(self, path: str) -> list[str]:
        """The methods documented for the path a concrete path routes to (for 405 answers and
        HAR reports)."""
        routed = self._route(path)
        return sorted(m.upper() for m in routed[0]) if routed else []

    def _route(self, path: str) -> tuple[dict[str, Operation], dict[str, str]] | None:
        """The operations (by method) of the best path template matching a concrete path,
        with the path parameters, each percent-decoded once."""
        path = urlsplit(path).path or "/"
        candidates = [path]
        base = self.base_path
        if base and (path == base or path.startswith(base + "/")):
            candidates.insert(0, path[len(base) :] or "/")
        for candidate in candidates:
            found = [
                (op._rank, op, m)
                for op in self.operations.values()
                if (m := op._matcher.fullmatch(candidate))
            ]
            if found:
                _, best, m = min(found, key=lambda item: item[0])
                operations = {op.method: op for _, op, _ in found if op.path == best.path}
                return operations, {k: unquote(v) for k, v in m.groupdict().items()}
        return None


def build_api(spec: Spec) -> Api:
    """The model of a loaded spec: operations resolved, the x- vocabulary parsed and checked
    (its problems in `findings`). Pure: reads the `Spec`, does no I/O of its own."""
    document = spec.document
    operations: dict[str, Operation] = {}
    for raw in walk_operations(document):
        try:
            operation = build_operation(spec, raw)
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            # A malformed operation (a parameter without a name, a response that is a list):
            # say where, as lint's structure rules would, instead of failing somewhere later.
            message = f"{raw.label} cannot be read: {type(exc).__name__}: {exc}"
            raise SpecError([spec.finding("oas3-schema", raw.pointer, message)]) from None
        operations[operation.key] = operation
    vocabulary = read_vocabulary(spec, operations)
    for key, semantics in vocabulary.operations.items():
        operations[key] = dataclasses.replace(
            operations[key],
            permissions=semantics.permissions,
            idempotency=semantics.idempotency,
            field_mask=semantics.field_mask,
            pagination=semantics.pagination,
            provenance=semantics.provenance,
            rules=semantics.rules,
        )
    info = document.get("info") if isinstance(document.get("info"), dict) else {}
    servers = document.get("servers") if isinstance(document.get("servers"), list) else []
    return Api(
        spec=spec,
        title=str(info.get("title") or spec.path.stem),
        version=str(info.get("version") or ""),
        servers=tuple(str(s.get("url", "")) for s in servers if isinstance(s, dict)),
        operations=operations,
        resources=vocabulary.resources,
        sources=vocabulary.sources,
        provenance=vocabulary.provenance,
        immutable=tuple(vocabulary.immutable),
        findings=tuple(vocabulary.findings),
        malformed=frozenset(vocabulary.malformed),
    )
