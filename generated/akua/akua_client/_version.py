# generated from specs/akua.yaml - do not edit
"""The version of this package and what it was generated from."""

__version__ = "0.1.0"
# The spec's info.version, and the sha256 of its file (as `sha256sum` prints it).
__openapi_doc_version__ = "v1"
__openapi_doc_hash__ = "1cdfe2aa208904e5a1a88123774bd14a3c4dc25ccb038bff638a8f11c70db3ff"
__generator_version__ = "one-spec-generator 0.1.0"
