"""The only reader of spec files: safe YAML, local $refs, limits, lines for every pointer."""

from generator.spec.loader import Document, Location, Spec, load_spec
from generator.spec.yamlsafe import Limits

__all__ = ["Document", "Limits", "Location", "Spec", "load_spec"]
