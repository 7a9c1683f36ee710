"""The lifecycle driver over the model's `apimodel.Lifecycle`: the creation path up to the first
ready state, failed states at rest, an update through the updating state back to the first
ready state, deletes through `deleting` to `deleted` or out of the store, and an `initial` that
is itself ready. Each bundled spec's path is checked too."""

from __future__ import annotations

from typing import Any

import pytest

from generator.apimodel import Lifecycle, Updating, build_api
from generator.serve.lifecycle import GONE, LifecycleDriver, Mode
from generator.spec import load_spec
from generator.spec.catalog import spec_path
from tests.serve.conftest import APIS

IMMEDIATE, MANUAL = Mode("immediate"), Mode("manual")


def model(**given: Any) -> Lifecycle:
    values: dict[str, Any] = {
        "field": "/state",
        "transitional": (),
        "failed": (),
        "deleting": None,
        "deleted": None,
        "updating": None,
        "open": False,
        **given,
    }
    return Lifecycle(**values)


# Two ready states, a failed one, a transitional state after the first ready one (off the
# creation path) and a deleting state listed before it (never on the path).
TWO_READY = model(
    states=("new", "deleting", "building", "up", "resizing", "degraded", "broken"),
    initial="new",
    transitional=("new", "deleting", "building", "resizing"),
    ready=("up", "degraded"),
    failed=("broken",),
    deleting="deleting",
    deleted=None,
    updating=Updating("resizing", changes=()),
)


def test_creation_walks_to_the_first_ready_state() -> None:
    driver = LifecycleDriver(TWO_READY)
    assert driver.creating == ("new", "building")
    assert driver.ready == "up"
    assert driver.born(MANUAL) == "new"
    assert driver.born(IMMEDIATE) == "up"
    assert [driver.next(s) for s in ("new", "building")] == ["building", "up"]
    assert driver.is_transitional("new")


@pytest.mark.parametrize("state", ["up", "degraded", "broken", "unknown", None])
def test_ready_failed_and_undriven_states_are_at_rest(state: str | None) -> None:
    driver = LifecycleDriver(TWO_READY)
    assert driver.next(state) is None
    assert not driver.is_transitional(state)


def test_an_update_of_any_ready_state_passes_through_updating_back_to_the_first() -> None:
    driver = LifecycleDriver(TWO_READY)
    doc = {"state": "degraded"}
    assert driver.on_update(MANUAL, "degraded", driver.watched(doc), doc) == "resizing"
    assert driver.on_update(MANUAL, "building", driver.watched(doc), doc) is None
    assert driver.on_update(IMMEDIATE, "up", driver.watched(doc), doc) is None
    assert driver.next("resizing") == "up"


def test_an_update_changing_a_watched_field_takes_its_state() -> None:
    driver = LifecycleDriver(
        model(
            states=("creating", "running", "updating", "upgrading"),
            initial="creating",
            transitional=("creating", "updating", "upgrading"),
            ready=("running",),
            updating=Updating("updating", changes=(("/version", "upgrading"),)),
        )
    )
    assert driver.creating == ("creating",)  # updating states listed after ready: not on it
    doc = {"state": "running", "version": "1"}
    before = driver.watched(doc)
    assert driver.on_update(MANUAL, "running", before, {**doc, "name": "x"}) == "updating"
    assert driver.on_update(MANUAL, "running", before, {**doc, "version": "2"}) == "upgrading"
    assert driver.next("upgrading") == "running"


def test_a_delete_passes_through_deleting_to_deleted_or_gone() -> None:
    gone = LifecycleDriver(TWO_READY)
    assert gone.on_delete(MANUAL) == "deleting"
    assert gone.on_delete(IMMEDIATE) == GONE
    assert gone.next("deleting") == GONE
    kept = LifecycleDriver(
        model(states=("on", "off"), initial="on", ready=("on",), deleted="off", open=True)
    )
    assert kept.on_delete(MANUAL) == kept.on_delete(IMMEDIATE) == "off"
    assert kept.is_inactive("off")
    assert kept.next("off") is None


@pytest.mark.parametrize("initial", ["up", "degraded"])
def test_an_initial_state_that_is_ready_is_where_a_resource_is_born(initial: str) -> None:
    driver = LifecycleDriver(
        model(states=("up", "degraded"), initial=initial, ready=("up", "degraded"))
    )
    assert driver.creating == ()
    assert driver.born(MANUAL) == driver.born(IMMEDIATE) == initial
    assert driver.next(initial) is None


def test_state_reads_and_writes_the_field() -> None:
    driver = LifecycleDriver(model(field="/status/phase", states=("a",), initial="a", ready=("a",)))
    doc: dict[str, Any] = {}
    driver.set_state(doc, "a")
    assert doc == {"status": {"phase": "a"}}
    assert driver.state(doc) == "a"
    assert driver.state({"status": {"phase": 3}}) is None


CREATION = {
    "akua": ("pending", "provisioning"),
    "cockroach-cloud": ("CREATING",),
    "coreweave-cks": ("STATUS_CREATING",),
    "kupe": ("Pending", "Provisioning"),
}


@pytest.mark.parametrize("name", APIS)
def test_each_bundled_spec_has_the_creation_path_the_docs_describe(name: str) -> None:
    resource = build_api(load_spec(spec_path(name))).require_clean().resources["cluster"]
    assert resource.lifecycle is not None
    driver = LifecycleDriver(resource.lifecycle)
    assert driver.creating == CREATION[name]
    assert driver.ready == resource.lifecycle.ready[0]
