# generated from specs/kupe.yaml - do not edit
"""The version of this package and what it was generated from."""

__version__ = "0.1.0"
# The spec's info.version, and the sha256 of its file (as `sha256sum` prints it).
__openapi_doc_version__ = "v1"
__openapi_doc_hash__ = "a42a46df578cf634f1ec75f607a74deba0aff4336f96b8697b8f3b00c80443b4"
__generator_version__ = "one-spec-generator 0.1.0"
