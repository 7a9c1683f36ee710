"""What a reference server does with a validated call: the create, get, list, update and delete
of every resource the model declares (`Api.resources`), lifecycles, preconditions and paging
included, driven by the spec's typed model alone. Each API's module (`apis/`) subclasses
`Behaviour` only for what a spec cannot say: how a request becomes a resource, timestamps, error
shapes, extra operations."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from functools import partial
from typing import Any

from generator.apimodel import Api, Operation, Pagination, Resource
from generator.serve.calls import ApiError, Call, Reply
from generator.serve.document import get, put, wrap
from generator.serve.lifecycle import GONE, LifecycleDriver, Mode, due_steps
from generator.serve.store import Record, Store

Handler = Callable[[Call], Reply]

# A page-number list answers this many items a page when the spec's pagination names no limit
# parameter, or the request sends none and the parameter has no default.
PAGE_SIZE = 100


def token_matches(sent: str, current: str) -> bool:
    """An If-Match value against the current token: `*`, a list, quoted or bare tags. The
    comparison is strong (RFC 9110): a weak tag `W/"..."` never matches."""
    for candidate in sent.split(","):
        value = candidate.strip()
        if value == "*":
            return True
        if not value.startswith("W/") and value.strip('"') == current:
            return True
    return False


def not_found(resource: Resource, id: str) -> ApiError:
    return ApiError(404, "NOT_FOUND", f"{resource.name} {id!r} not found")


class Behaviour:
    """The generic behaviour, complete for a spec whose resources are plain CRUD."""

    def __init__(self, api: Api, store: Store, mode: Mode) -> None:
        self.api = api
        self.store = store
        self.mode = mode
        self.resources: dict[str, Resource] = api.resources
        # The lifecycle of each resource that has one, in motion (by resource name).
        self.lifecycles = {
            name: LifecycleDriver(resource.lifecycle)
            for name, resource in self.resources.items()
            if resource.lifecycle is not None
        }
        self.handlers: dict[str, Handler] = {}
        for resource in self.resources.values():
            for verb, key in resource.operations.items():
                action = getattr(self, f"_{verb}", None)
                if action is not None:
                    self.handlers[key] = partial(action, resource)
        self.handlers.update(self.extra_handlers())

    def lifecycle(self, resource: Resource) -> LifecycleDriver | None:
        """The driver of a resource's lifecycle; None when the spec declares none."""
        return self.lifecycles.get(resource.name)

    # --- hooks an API module overrides ------------------------------------------------------

    def extra_handlers(self) -> dict[str, Handler]:
        """Handlers of the operations that are not plain resource CRUD, by operation key (the
        operationId)."""
        return {}

    def scope(self, call: Call) -> str:
        """The namespace a call's resources live in (a tenant, a workspace); one by default."""
        return ""

    def new_id(self, resource: Resource, call: Call) -> str:
        return str(uuid.uuid4())

    def new_document(self, resource: Resource, call: Call, id: str) -> dict[str, Any]:
        """The resource a create request makes: by default, the request body itself."""
        doc = copy.deepcopy(call.body) if isinstance(call.body, dict) else {}
        return put(doc, resource.identifier.property, id)

    def new_private(self, resource: Resource, call: Call, id: str) -> dict[str, Any]:
        """Server-only data kept with a new resource (request fields its representation does
        not show, generated secrets); none by default."""
        return {}

    def check_new(self, resource: Resource, record: Record, call: Call) -> None:
        """Rules a new resource must meet beyond its schema (unique names, known regions)."""

    def apply_update(self, resource: Resource, record: Record, call: Call) -> None:
        """Change a resource as an update request says: a JSON merge patch (RFC 7396) by
        default."""
        if isinstance(call.body, dict):
            merge_patch(record.doc, call.body)

    def stamp(self, resource: Resource, record: Record, now: float, created: bool) -> None:
        """Set server-kept fields after every write (timestamps); nothing by default."""

    def present(self, resource: Resource, record: Record) -> dict[str, Any]:
        """The resource as the API shows it."""
        doc = record.doc
        concurrency = resource.concurrency
        if concurrency is not None and concurrency.token.property:
            put(doc, concurrency.token.property, self.token(record))
        return doc

    def listed(self, resource: Resource, record: Record, call: Call) -> bool:
        """Whether a list shows a resource: inactive (deleted but kept) ones are hidden."""
        lifecycle = self.lifecycle(resource)
        return lifecycle is None or not lifecycle.is_inactive(lifecycle.state(record.doc))

    def page_object(self, page: int, pages: int, limit: int, total: int, call: Call) -> Any:
        """The pagination object of a page-number list answer, beside the next page's number
        (which `page` puts where the spec's pagination says): nothing more by default."""
        return {}

    def error_body(self, error: ApiError) -> Any:
        """The provider's error shape: by default `{code, message}` with a symbolic code, as
        Akua answers."""
        return {"code": error.code, "message": error.message}

    # --- the work ---------------------------------------------------------------------------

    def writes(self, operation: Operation) -> bool:
        """Whether handling the operation may write, so that its transaction takes the write
        lock up front: SQLite cannot turn a read transaction into a write once another
        connection has written. Every method but GET; a GET too under `time:N`, where reading
        a resource moves its lifecycle on."""
        timed = self.mode.kind == "time" and bool(self.lifecycles)
        return operation.method != "get" or timed

    def handle(self, call: Call) -> Reply:
        handler = self.handlers.get(call.operation.key)
        if handler is None:
            raise ApiError(501, "UNIMPLEMENTED", f"{call.operation.key} has no reference behaviour")
        return handler(call)

    def token(self, record: Record) -> str:
        return str(record.version)

    def load(self, resource: Resource, call: Call) -> Record:
        id = call.path.get(resource.identifier.parameter, "")
        record = self.store.get(resource.name, self.scope(call), id)
        if record is not None:
            record = self.refresh(resource, record, call.now)
        if record is None:
            raise not_found(resource, id)
        return record

    def item_reply(self, resource: Resource, record: Record, call: Call) -> Reply:
        status = call.operation.success_status
        response = call.operation.response(status)
        body = None
        if response is not None and response.content:
            body = wrap(resource.envelope.item, self.present(resource, record))
        return Reply(status, body, self.token_headers(resource, record))

    def replayed(self, call: Call, first: Reply) -> Reply | None:
        """A replay that answers the resource as it is now (`replay: existing-resource`): the
        resource the first answer named, in its current state and with its current version,
        under the first answer's status. None when that resource no longer exists (the caller
        then answers the first response again: the documents say nothing of that case)."""
        role = self.api.role(call.operation)
        if role is None:
            return None
        resource = role[0]
        identifier = get(first.body, resource.envelope.item + resource.identifier.property)
        if identifier is None:
            identifier = call.path.get(resource.identifier.parameter)
        if identifier is None:
            return None
        record = self.store.get(resource.name, self.scope(call), str(identifier))
        if record is not None:
            record = self.refresh(resource, record, call.now)
        if record is None:
            return None
        current = self.item_reply(resource, record, call)
        return Reply(first.status, current.body, current.headers)

    def token_headers(self, resource: Resource, record: Record) -> list[tuple[str, str]]:
        concurrency = resource.concurrency
        if concurrency is None or not concurrency.token.header:
            return []
        return [(concurrency.token.header, f'"{self.token(record)}"')]

    def precondition(self, resource: Resource, record: Record, call: Call) -> None:
        concurrency = resource.concurrency
        if concurrency is None:
            return
        precondition = concurrency.precondition
        if call.operation.key not in precondition.operations:
            return
        sent = call.headers.get(precondition.header.lower())
        if sent is None:
            if precondition.required:
                raise ApiError(
                    400, "INVALID_ARGUMENT", f"the {precondition.header} header is required"
                )
            return
        if not token_matches(sent, self.token(record)):
            raise self.mismatch(resource, record)

    def mismatch(self, resource: Resource, record: Record) -> ApiError:
        concurrency = resource.concurrency
        assert concurrency is not None
        mismatch = concurrency.mismatch
        current = self.token(record)
        return ApiError(
            mismatch.status,
            mismatch.code or ("ABORTED" if mismatch.status == 409 else "FAILED_PRECONDITION"),
            f"{resource.name} {record.id!r} has changed: its current version is {current}",
            place={mismatch.current_token: current} if mismatch.current_token else None,
            headers=self.token_headers(resource, record),
        )

    def save(self, resource: Resource, record: Record, now: float) -> None:
        """Write a changed record; a concurrent writer that got there first wins and this one
        fails as a precondition mismatch would."""
        expected = record.version
        self.stamp(resource, record, now, created=False)
        if not self.store.replace(record, expected):
            current = self.store.get(record.kind, record.scope, record.id)
            if current is None or resource.concurrency is None:
                raise ApiError(409, "ABORTED", f"{resource.name} {record.id!r} changed meanwhile")
            raise self.mismatch(resource, current)

    # --- lifecycles -------------------------------------------------------------------------

    def refresh(self, resource: Resource, record: Record, now: float) -> Record | None:
        """Under `time:N`, move a resource on by the states it has gone through since it was
        last written (materialised on read, so that every reader sees the same state)."""
        lifecycle = self.lifecycle(resource)
        steps = due_steps(self.mode, record.state_since, now)
        if lifecycle is None or not steps:
            return record
        state, since = lifecycle.state(record.doc), record.state_since
        moved = False
        for _ in range(steps):
            following = lifecycle.next(state)
            if following is None:
                break
            state, since, moved = following, since + self.mode.seconds, True
            if following == GONE:
                break
        if not moved or state is None:
            return record
        return self.move(resource, record, state, since)

    def move(self, resource: Resource, record: Record, state: str, since: float) -> Record | None:
        """Put a resource in a lifecycle state (GONE removes it)."""
        lifecycle = self.lifecycle(resource)
        assert lifecycle is not None
        if state == GONE:
            self.store.delete(record.kind, record.scope, record.id)
            return None
        lifecycle.set_state(record.doc, state)
        record.state_since = since
        self.save(resource, record, since)
        return record

    def advance(
        self, name: str | None, scope: str | None, id: str | None, to: str | None, now: float
    ) -> list[dict[str, Any]]:
        """The admin endpoint: move resources one state on (or to `to`); returns what moved."""
        moved = []
        for resource in self.resources.values():
            lifecycle = self.lifecycle(resource)
            if lifecycle is None or name not in (None, resource.name):
                continue
            states = lifecycle.model.states
            if to is not None and to not in states and to != "gone":
                raise ApiError(
                    400,
                    "INVALID_ARGUMENT",
                    f"{to!r} is not a state of {resource.name}: {', '.join(states)}",
                )
            for record in self.store.list(resource.name, scope):
                if id is not None and record.id != id:
                    continue
                current = lifecycle.state(record.doc)
                target = GONE if to == "gone" else to or lifecycle.next(current)
                if target is None or target == current:
                    continue
                after = self.move(resource, record, target, now)
                moved.append(
                    {
                        "resource": resource.name,
                        "scope": record.scope,
                        "id": record.id,
                        "from": current,
                        "state": None if after is None else target,
                    }
                )
        return moved

    # --- the generic operations -------------------------------------------------------------

    def _create(self, resource: Resource, call: Call) -> Reply:
        id = (
            str(get(call.body, resource.identifier.property, ""))
            if resource.identifier.client_named
            else self.new_id(resource, call)
        )
        record = Record(
            resource.name,
            self.scope(call),
            id,
            self.new_document(resource, call, id),
            state_since=call.now,
            private=self.new_private(resource, call, id),
        )
        lifecycle = self.lifecycle(resource)
        if lifecycle is not None:
            lifecycle.set_state(record.doc, lifecycle.born(self.mode))
        self.stamp(resource, record, call.now, created=True)
        self.check_new(resource, record, call)
        if not self.store.insert(record):
            raise ApiError(409, "ALREADY_EXISTS", f"{resource.name} {id!r} already exists")
        return self.item_reply(resource, record, call)

    def _get(self, resource: Resource, call: Call) -> Reply:
        return self.item_reply(resource, self.load(resource, call), call)

    def _list(self, resource: Resource, call: Call) -> Reply:
        records = []
        for record in self.store.list(resource.name, self.scope(call)):
            current = self.refresh(resource, record, call.now)
            if current is not None and self.listed(resource, current, call):
                records.append(current)
        items = [self.present(resource, r) for r in records]
        status = call.operation.success_status
        paging = call.operation.pagination
        if paging is None:
            return Reply(status, wrap(resource.envelope.list, items))
        return Reply(status, self.page(paging, items, call))

    def page(self, paging: Pagination, items: list[Any], call: Call) -> Any:
        """One page of a page-number list (the only style the vocabulary has): pages count
        from 1 (0 or absent is the first); the pagination object, and the next page's number in
        it (0 after the last page), where the spec says."""
        limit = (call.arg(paging.limit_parameter) if paging.limit_parameter else None) or PAGE_SIZE
        page = max(1, call.arg(paging.page_parameter) or 1)
        pages = max(1, -(-len(items) // limit))
        body = wrap(paging.items, items[(page - 1) * limit : page * limit])
        if isinstance(body, dict):  # else the page is the bare array, with no room for more
            if paging.object:
                put(body, paging.object, self.page_object(page, pages, limit, len(items), call))
            put(body, paging.next_pointer, page + 1 if page < pages else 0)
        return body

    def _update(self, resource: Resource, call: Call) -> Reply:
        record = self.load(resource, call)
        self.precondition(resource, record, call)
        lifecycle = self.lifecycle(resource)
        if lifecycle is None:
            self.apply_update(resource, record, call)
        else:
            state, before = lifecycle.state(record.doc), lifecycle.watched(record.doc)
            self.apply_update(resource, record, call)
            target = lifecycle.on_update(self.mode, state, before, record.doc)
            if target is not None:
                lifecycle.set_state(record.doc, target)
                record.state_since = call.now
        self.save(resource, record, call.now)
        return self.item_reply(resource, record, call)

    def _delete(self, resource: Resource, call: Call) -> Reply:
        record = self.load(resource, call)
        lifecycle = self.lifecycle(resource)
        state = lifecycle.state(record.doc) if lifecycle else None
        if lifecycle is not None and lifecycle.is_inactive(state):
            raise not_found(resource, record.id)
        self.precondition(resource, record, call)
        if lifecycle is None:
            self.store.delete(record.kind, record.scope, record.id)
            return self.item_reply(resource, record, call)
        target = lifecycle.on_delete(self.mode)
        if target != state:
            self.move(resource, record, target, call.now)
        deleting = lifecycle.model.deleting
        if target == GONE and deleting:
            # Gone at once (immediate mode), but the answer shows it on its way out.
            lifecycle.set_state(record.doc, deleting)
        return self.item_reply(resource, record, call)


def merge_patch(target: dict[str, Any], patch: dict[str, Any]) -> None:
    """RFC 7396: objects merge, null removes, anything else replaces."""
    for key, value in patch.items():
        if value is None:
            target.pop(key, None)
        elif isinstance(value, dict) and isinstance(target.get(key), dict):
            merge_patch(target[key], value)
        else:
            target[key] = copy.deepcopy(value)
