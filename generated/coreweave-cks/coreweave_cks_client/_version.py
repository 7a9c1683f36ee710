# generated from specs/coreweave-cks.yaml - do not edit
"""The version of this package and what it was generated from."""

__version__ = "0.1.0"
# The spec's info.version, and the sha256 of its file (as `sha256sum` prints it).
__openapi_doc_version__ = "v1beta1-r2"
__openapi_doc_hash__ = "f9f13f88201aa9faf711999d4788d6891ec7cc52b6b2aa91c2c0e76ca49f15dd"
__generator_version__ = "one-spec-generator 0.1.0"
