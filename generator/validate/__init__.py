"""`validate`: requests and responses against any operation, every violation reported.

`samples` (valid messages per operation) and `mutations` (breaks of one constraint at a time)
serve the tests and `fuzz`."""

from generator.validate.core import UnknownOperation, ValidationResult, Validator, Violation
from generator.validate.samples import NoSample

__all__ = ["NoSample", "UnknownOperation", "ValidationResult", "Validator", "Violation"]
