"""`diff`: what changed between two versions of a spec, and what it breaks.

Both specs are compared with their $refs resolved (moving a schema into components is no
change). Every change is classified by a rule of the registry (`rules.py`, oasdiff's ids where
one fits) as breaking, warning or info, with its place in both files. Beside the wire-level
rules, the typed semantics of `generator.apimodel` give the changes no generic tool sees:
lifecycles, preconditions, idempotency keys, immutable fields and role requirements.
"""

from generator.diff.compare import diff_specs
from generator.diff.model import Bump, Change, Level, Place, Report

__all__ = ["Bump", "Change", "Level", "Place", "Report", "diff_specs"]
