"""`validate`: requests and responses against any operation, every violation reported."""

from generator.validate.core import UnknownOperation, ValidationResult, Validator, Violation

__all__ = ["UnknownOperation", "ValidationResult", "Validator", "Violation"]
