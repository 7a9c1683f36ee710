"""one-spec: derive clients, models, validators, servers and contract checks from OpenAPI specs."""

__version__ = "0.1.0"
