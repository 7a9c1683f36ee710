"""The gRPC-gateway error shape that CKS and CockroachDB share: a numeric code, a message, and
the violations as a `google.rpc.BadRequest` detail."""

from __future__ import annotations

from typing import Any

from generator.serve.calls import ApiError

BAD_REQUEST = "type.googleapis.com/google.rpc.BadRequest"

# gRPC status codes, which CKS and CockroachDB put in their error bodies as numbers.
GRPC_CODES = {
    "OK": 0,
    "CANCELLED": 1,
    "UNKNOWN": 2,
    "INVALID_ARGUMENT": 3,
    "DEADLINE_EXCEEDED": 4,
    "NOT_FOUND": 5,
    "ALREADY_EXISTS": 6,
    "PERMISSION_DENIED": 7,
    "RESOURCE_EXHAUSTED": 8,
    "FAILED_PRECONDITION": 9,
    "ABORTED": 10,
    "OUT_OF_RANGE": 11,
    "UNIMPLEMENTED": 12,
    "INTERNAL": 13,
    "UNAVAILABLE": 14,
    "DATA_LOSS": 15,
    "UNAUTHENTICATED": 16,
}


def error_body(error: ApiError) -> dict[str, Any]:
    details: list[dict[str, Any]] = []
    if error.fields:
        details.append(
            {
                "@type": BAD_REQUEST,
                "fieldViolations": [
                    {"field": field, "description": description}
                    for field, description in error.fields
                ],
            }
        )
    return {
        "code": GRPC_CODES.get(error.code, GRPC_CODES["UNKNOWN"]),
        "message": error.message,
        "details": details,
    }
