"""`validate`: requests and responses against any operation, every violation reported.

`mutations` (breaks of one constraint at a time of `generator.apimodel.samples`)
serve the tests and `fuzz`."""

from generator.apimodel.samples import NoSample
from generator.validate.core import UnknownOperation, ValidationResult, Validator, Violation

__all__ = ["NoSample", "UnknownOperation", "ValidationResult", "Validator", "Violation"]
