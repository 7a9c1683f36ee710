"""The gRPC-gateway error shape that CKS and CockroachDB share: a numeric code, a message, and
the violations as a `google.rpc.BadRequest` detail."""

from __future__ import annotations

from typing import Any

from generator.serve.calls import GRPC_CODES, ApiError

BAD_REQUEST = "type.googleapis.com/google.rpc.BadRequest"


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
