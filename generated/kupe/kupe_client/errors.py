# generated from specs/kupe.yaml - do not edit
"""The one exception hierarchy of this package.

APIError
  MissingTokenError             no token was passed and the environment holds none
  APIConnectionError            the request never got an answer
    APITimeoutError
  APIStatusError                an answer with an error status; carries it all
    ClientError (4xx)           BadRequestError 400, AuthenticationError 401,
                                PermissionDeniedError 403, NotFoundError 404, ConflictError 409,
                                PreconditionFailedError 412, UnprocessableEntityError 422,
                                RateLimitError 429
    ServerError (5xx)
    UnexpectedStatus            a status the spec does not document
  ResponseParseError            a success answer that cannot be read as documented
  ResourceFailedError           a waited-for resource reached a failure state
  WaitTimeoutError              it reached no final state in time
"""

from typing import Any

import httpx


class APIError(Exception):
    """Base of every error this package raises on purpose."""


class MissingTokenError(APIError):
    """The client was made without a token and the environment variable holds none."""


class APIConnectionError(APIError):
    """The request got no answer: the connection failed or was cut."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIStatusError(APIError):
    """The server answered with an error status.

    Attributes: status_code, headers, content (raw bytes), body (the decoded JSON of the
    answer, None when it is not JSON), current_etag (the resource's current version when the
    API sends it on a conflict).
    """

    def __init__(
        self,
        status_code: int,
        content: bytes,
        *,
        headers: httpx.Headers | None = None,
        body: Any = None,
        current_etag: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = headers if headers is not None else httpx.Headers()
        self.body = body
        self.current_etag = current_etag
        text = content.decode(errors="replace")
        super().__init__(f"HTTP {status_code}: {text[:500]}")


class ClientError(APIStatusError):
    """A 4xx answer."""


class ServerError(APIStatusError):
    """A 5xx answer."""


class BadRequestError(ClientError):
    """400."""


class AuthenticationError(ClientError):
    """401: the token is missing or wrong."""


class PermissionDeniedError(ClientError):
    """403."""


class NotFoundError(ClientError):
    """404."""


class ConflictError(ClientError):
    """409: for example a stale version (see `current_etag`) or a name already taken."""


class PreconditionFailedError(ClientError):
    """412: the If-Match version is stale (see `current_etag`)."""


class UnprocessableEntityError(ClientError):
    """422."""


class RateLimitError(ClientError):
    """429, after the retries the client's RetryPolicy allows."""


class UnexpectedStatus(APIStatusError):
    """A status the spec does not document (raised when raise_on_unexpected_status is set)."""


class ResponseParseError(APIError):
    """An answer that cannot be read as the spec documents it (not JSON, or a document that
    does not fit its model). Carries everything that came: status_code, headers, content."""

    def __init__(
        self,
        status_code: int,
        content: bytes,
        *,
        headers: httpx.Headers | None = None,
        reason: str = "",
    ) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = headers if headers is not None else httpx.Headers()
        self.reason = reason
        super().__init__(f"cannot read the HTTP {status_code} answer: {reason}")


class ResourceFailedError(APIError):
    """A resource being waited for reached one of its failure states."""

    def __init__(self, state: str, resource: Any) -> None:
        self.state = state
        self.resource = resource
        super().__init__(f"resource reached failure state {state!r}")


class WaitTimeoutError(APIError):
    """A resource did not reach a ready or failure state in time."""

    def __init__(self, last_state: str | None, timeout: float) -> None:
        self.last_state = last_state
        self.timeout = timeout
        super().__init__(f"gave up after {timeout:g} s; last state {last_state!r}")


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    412: PreconditionFailedError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class(status_code: int) -> type[APIStatusError]:
    """The most specific exception class for a status."""
    if status_code in _BY_STATUS:
        return _BY_STATUS[status_code]
    return ServerError if status_code >= 500 else ClientError


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientError",
    "ConflictError",
    "NotFoundError",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "RateLimitError",
    "MissingTokenError",
    "ResourceFailedError",
    "ResponseParseError",
    "ServerError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "error_class",
]
