# generated from tests/codegen/golden/widgets.yaml - do not edit
"""The version of this package and what it was generated from."""

__version__ = "0.1.0"
# The spec's info.version, and the sha256 of its file (as `sha256sum` prints it).
__openapi_doc_version__ = "1"
__openapi_doc_hash__ = "5e3d80ce551bfeb4d608ead7f157f86070b2a989f320736ee941d23d993ac103"
__generator_version__ = "one-spec-generator 0.1.0"
