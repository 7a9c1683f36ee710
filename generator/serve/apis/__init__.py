"""Per-API behaviour, only where a spec cannot say it. `behaviour_for` picks it by the spec
file's name first (`coreweave-cks-v1beta1-r1.yaml` is CKS too), else by the host of the spec's
first server URL, so that a copy of a bundled spec under any file name (`My Kupe (copy).yaml`)
is served as its API. Any other spec gets the generic behaviour."""

from __future__ import annotations

from urllib.parse import urlsplit

from generator.apimodel import Api
from generator.serve.apis.akua import Akua
from generator.serve.apis.cks import Cks
from generator.serve.apis.cockroach import Cockroach
from generator.serve.apis.kupe import Kupe
from generator.serve.behaviour import Behaviour

# By the bundled spec's file name (its stem, or the stem and a `-` suffix).
BEHAVIOURS: dict[str, type[Behaviour]] = {
    "coreweave-cks": Cks,
    "cockroach-cloud": Cockroach,
    "kupe": Kupe,
    "akua": Akua,
}

# By the host of the bundled spec's first server URL (tests/serve/test_apis.py holds these to
# the bundled specs).
HOSTS: dict[str, type[Behaviour]] = {
    "api.coreweave.com": Cks,
    "cockroachlabs.cloud": Cockroach,
    "api.kupe.cloud": Kupe,
    "api.akua.dev": Akua,
}


def behaviour_for(api: Api) -> type[Behaviour]:
    """The behaviour that serves an API: by its spec file's name, else by the host of its
    first server URL, else the generic one."""
    stem = api.spec.path.stem
    for prefix, behaviour in BEHAVIOURS.items():
        if stem == prefix or stem.startswith(prefix + "-"):
            return behaviour
    host = urlsplit(api.servers[0]).hostname if api.servers else None
    return HOSTS.get(host or "", Behaviour)
