"""Kupe: clusters named by the client inside a tenant, an ETag per version, connection details
with a real CA certificate once the cluster runs."""

from __future__ import annotations

import base64
import hashlib
import re
from typing import Any

from generator.apimodel import Operation, Resource
from generator.serve.behaviour import Behaviour, Handler
from generator.serve.calls import ApiError, Call, Reply
from generator.serve.certs import certificate_authority
from generator.serve.document import timestamp
from generator.serve.store import Record

_CONNECTION = "getClusterKubeconfig"
_DOMAIN = "kupe.cloud"
# A host name label (RFC 1123): lowercase letters, digits and inner hyphens, at most 63 long.
# Kupe's API reference gives cluster names this form; the spec describes it without enforcing
# it (the source document sets no limit), so a name may be any non-empty string.
_LABEL = re.compile(r"[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?")
# The labels `host_label` makes for names that cannot be written as a label of their own.
_HASHED = re.compile(r"t-[0-9a-f]{32}")


def host_label(name: str) -> str:
    """`name` as one host name label, the same for the same name and different for different
    names (up to a hash collision), so that the endpoint is a valid URI and a real DNS name
    whatever the tenant path parameter holds (the spec asks only that it is not empty):

    - a label already (`acme`, as in the spec's `https://production.acme.kupe.cloud`) is kept,
      unless it is reserved for the two encodings below (`xn--...` or any `??--`, RFC 5891
      4.2.3.1, and `t-` with 32 hex digits);
    - a non-ASCII name that IDNA writes as one A-label and reads back unchanged (`café` is
      `xn--caf-dma`) is that A-label;
    - anything else (spaces, capitals, dots, more than 63 characters, ...) is `t-` and the
      first 32 hex digits of the SHA-256 of its UTF-8.
    """
    if _LABEL.fullmatch(name) and name[2:4] != "--" and not _HASHED.fullmatch(name):
        return name
    if not name.isascii():
        try:
            # The standard library's IDNA (2003): nameprep folds case, hence the round trip.
            ascii_label = name.encode("idna").decode("ascii")
            if (
                ascii_label.startswith("xn--")
                and _LABEL.fullmatch(ascii_label)
                and ascii_label.encode("ascii").decode("idna") == name
            ):
                return ascii_label
        except UnicodeError:
            pass
    digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()
    return f"t-{digest[:32]}"


def endpoint_host(tenant: str, cluster: str) -> str:
    """The host name of a cluster's API server, `{cluster}.{tenant}.kupe.cloud`, each name
    written as a label by `host_label`. A cluster name that is a label already (the form
    Kupe's API reference gives names) is kept as it is; the host is at most 138 characters,
    well within DNS's 253."""
    cluster_label = cluster if _LABEL.fullmatch(cluster) else host_label(cluster)
    return f"{cluster_label}.{host_label(tenant)}.{_DOMAIN}"


class Kupe(Behaviour):
    def scope(self, call: Call) -> str:
        return call.path.get("tenant", "")

    def stamp(self, resource: Resource, record: Record, now: float, created: bool) -> None:
        if created:
            record.doc["createdAt"] = timestamp(now)

    def error_body(self, error: ApiError) -> Any:
        return {"error": error.message}

    def extra_handlers(self) -> dict[str, Handler]:
        return {_CONNECTION: self.connection}

    def writes(self, operation: Operation) -> bool:
        # The first connection request of a cluster keeps the CA it makes.
        return operation.key == _CONNECTION or super().writes(operation)

    def connection(self, call: Call) -> Reply:
        """Where to reach a running cluster and the CA to trust; 503 until it runs."""
        resource = self.resources["cluster"]
        record = self.load(resource, call)
        lifecycle = self.lifecycle(resource)
        phase = lifecycle.state(record.doc) if lifecycle else None
        if lifecycle is not None and not lifecycle.is_ready(phase):
            raise ApiError(
                503,
                "UNAVAILABLE",
                f"cluster {record.id!r} is not ready yet (phase {phase}); try again later",
                headers=[("Retry-After", "5")],
            )
        host = endpoint_host(record.scope, record.id)
        if "certificateAuthority" not in record.private:
            # Made on first use and kept: signing one costs more than a whole create.
            ca = certificate_authority(host)
            record.private["certificateAuthority"] = base64.b64encode(ca).decode("ascii")
            self.store.keep_private(record)
        return Reply(
            call.operation.success_status,
            {
                "endpoint": f"https://{host}",
                "certificateAuthority": record.private["certificateAuthority"],
            },
        )
