"""Importing this package registers every rule."""

from generator.lint.rules import examples, extensions, operations, paths, spec_level, structure

__all__ = ["examples", "extensions", "operations", "paths", "spec_level", "structure"]
