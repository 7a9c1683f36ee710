"""Per-API behaviour, only where a spec cannot say it; picked by the spec file's name
(`coreweave-cks-v1beta1-r1.yaml` is CKS too). Any other spec gets the generic behaviour."""

from __future__ import annotations

from generator.serve.apis.akua import Akua
from generator.serve.apis.cks import Cks
from generator.serve.apis.cockroach import Cockroach
from generator.serve.apis.kupe import Kupe
from generator.serve.behaviour import Behaviour

BEHAVIOURS: dict[str, type[Behaviour]] = {
    "coreweave-cks": Cks,
    "cockroach-cloud": Cockroach,
    "kupe": Kupe,
    "akua": Akua,
}


def behaviour_for(spec_stem: str) -> type[Behaviour]:
    for prefix, behaviour in BEHAVIOURS.items():
        if spec_stem == prefix or spec_stem.startswith(prefix + "-"):
            return behaviour
    return Behaviour
