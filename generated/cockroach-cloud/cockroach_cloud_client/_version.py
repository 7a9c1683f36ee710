# generated from specs/cockroach-cloud.yaml - do not edit
"""The version of this package and what it was generated from."""

__version__ = "0.1.0"
# The spec's info.version, and the sha256 of its file (as `sha256sum` prints it).
__openapi_doc_version__ = "v1"
__openapi_doc_hash__ = "6cec482404704064a3044775dcd4aab3c43b27801dcba2f04c9fd250422c8375"
__generator_version__ = "one-spec-generator 0.1.0"
