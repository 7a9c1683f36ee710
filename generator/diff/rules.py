"""The registry of diff rules: every change `diff` can report has a stable id, a level and a
one-line summary here, as lint's rules do. Ids are oasdiff's where one fits (its catalogue is
in ../shared/REFERENCE.md); the others follow its naming. `addition` marks a change that gives
clients something new (a minor release rather than a patch)."""

from __future__ import annotations

from dataclasses import dataclass

from generator.diff.model import Level

ERR, WARN, INFO = Level.BREAKING, Level.WARNING, Level.INFO


@dataclass(frozen=True)
class Rule:
    id: str
    level: Level
    summary: str
    addition: bool = False


RULES: dict[str, Rule] = {}


def _add(rule_id: str, level: Level, summary: str, addition: bool = False) -> None:
    if rule_id in RULES:
        raise ValueError(f"diff rule {rule_id} registered twice")
    RULES[rule_id] = Rule(rule_id, level, summary, addition)


# -- paths, operations, servers, security ---------------------------------------------------
_add("api-path-removed-without-deprecation", ERR, "a path was removed without being deprecated")
_add("api-path-removed-with-deprecation", INFO, "a deprecated path was removed")
_add("api-removed-without-deprecation", ERR, "an operation was removed without being deprecated")
_add("api-removed-with-deprecation", INFO, "a deprecated operation was removed")
_add("endpoint-added", INFO, "an operation was added", addition=True)
_add("endpoint-deprecated", INFO, "an operation was deprecated")
_add(
    "api-operation-id-removed",
    WARN,
    "an operation's operationId changed or went away (generated clients rename its function)",
)
_add("api-server-removed", WARN, "a server URL was removed (clients using it must move)")
_add("api-server-added", INFO, "a server URL was added", addition=True)
_add("api-security-added", WARN, "an operation now asks for a credential it did not ask for")
_add("api-security-removed", WARN, "a way to authenticate to an operation was removed")
_add("api-security-alternative-added", INFO, "a further way to authenticate was added")
_add("api-security-scope-added", WARN, "an operation's security requirement needs a new scope")
_add("api-security-scope-removed", INFO, "an operation's security requirement needs fewer scopes")
_add(
    "api-security-component-type-changed",
    ERR,
    "a security scheme changed how the credential is sent (type, scheme, header or location)",
)
_add("api-security-component-removed", ERR, "a security scheme that operations use was removed")

# -- parameters -----------------------------------------------------------------------------
_add("new-required-request-parameter", ERR, "a required parameter or header was added")
_add("new-optional-request-parameter", INFO, "an optional parameter or header was added", True)
_add("request-parameter-removed", WARN, "a parameter or header was removed")
_add("request-parameter-became-required", ERR, "a parameter or header became required")
_add("request-parameter-became-optional", INFO, "a parameter or header became optional")

# -- request bodies ---------------------------------------------------------------------------
_add("request-body-added-required", ERR, "a required request body was added")
_add("request-body-added-optional", INFO, "an optional request body was added", addition=True)
_add("request-body-removed", ERR, "the request body was removed")
_add("request-body-became-required", ERR, "the request body became required")
_add("request-body-became-optional", INFO, "the request body became optional")
_add("request-body-media-type-removed", ERR, "a request media type was removed")
_add("request-body-media-type-added", INFO, "a request media type was added", addition=True)

# -- properties -------------------------------------------------------------------------------
_add("new-required-request-property", ERR, "a required request property was added")
_add("new-optional-request-property", INFO, "an optional request property was added", True)
_add("request-property-removed", WARN, "a request property was removed")
_add("request-property-became-required", ERR, "a request property became required")
_add("request-property-became-optional", INFO, "a request property became optional")
_add("response-required-property-added", INFO, "a required response property was added", True)
_add("response-optional-property-added", INFO, "an optional response property was added", True)
_add("response-required-property-removed", ERR, "a required response property was removed")
_add("response-optional-property-removed", WARN, "an optional response property was removed")
_add("response-property-became-optional", ERR, "a response property became optional")
_add("response-property-became-required", INFO, "a response property became required")

# -- responses ---------------------------------------------------------------------------------
_add("response-success-status-removed", ERR, "a success status was removed")
_add("response-success-status-added", INFO, "a success status was added", addition=True)
_add("response-non-success-status-removed", INFO, "an error status was removed")
_add("response-non-success-status-added", INFO, "an error status was added")
_add("response-media-type-removed", ERR, "a response media type was removed")
_add("response-media-type-added", INFO, "a response media type was added", addition=True)
_add("required-response-header-removed", ERR, "a required response header was removed")
_add("optional-response-header-removed", WARN, "an optional response header was removed")
_add("response-header-became-optional", ERR, "a response header became optional")
_add("response-header-added", INFO, "a response header was added", addition=True)

# -- schema keywords, for each place a schema sits ----------------------------------------------
# kind -> (level in a request, level in a response, summary, an addition in a request?).
# A request is broken by what refuses an old-valid value; a response by what can send a value
# the old spec never could.
_TIGHTEN_REQUEST = (ERR, INFO)
_LOOSEN_REQUEST = (INFO, ERR)
SCHEMA_KINDS: dict[str, tuple[Level, Level, str, bool]] = {
    "type-changed": (ERR, ERR, "the type changed to one that does not cover the old", False),
    "type-generalized": (INFO, INFO, "the type now also allows other types", False),
    "type-specialized": (INFO, INFO, "the type now allows fewer types", False),
    "became-nullable": (INFO, ERR, "null became a valid value", False),
    "became-not-nullable": (ERR, INFO, "null stopped being a valid value", False),
    "enum-value-added": (INFO, WARN, "an enum value was added", True),
    "enum-value-removed": (ERR, INFO, "an enum value was removed", False),
    "became-enum": (ERR, INFO, "the value became restricted to an enum", False),
    "enum-removed": (INFO, WARN, "the enum restriction was dropped", False),
    "format-added": (WARN, INFO, "a format was added", False),
    "format-changed": (ERR, ERR, "the format changed", False),
    "format-removed": (INFO, WARN, "the format was dropped", False),
    "pattern-added": (ERR, INFO, "a pattern was added", False),
    "pattern-changed": (WARN, INFO, "the pattern changed", False),
    "pattern-removed": (INFO, INFO, "the pattern was dropped", False),
    "became-unique": (ERR, INFO, "the items must now be unique", False),
    "became-not-unique": (INFO, WARN, "the items may now repeat", False),
    "one-of-added": (INFO, ERR, "a oneOf alternative was added", True),
    "one-of-removed": (ERR, INFO, "a oneOf alternative was removed", False),
    "any-of-added": (INFO, ERR, "an anyOf alternative was added", True),
    "any-of-removed": (ERR, INFO, "an anyOf alternative was removed", False),
    "default-value-changed": (INFO, INFO, "the default value changed", False),
    "const-added": (ERR, INFO, "the value became fixed (const)", False),
    "const-changed": (ERR, ERR, "the fixed value (const) changed", False),
    "const-removed": (INFO, ERR, "the value is no longer fixed (const dropped)", False),
    # Our own: additionalProperties false refuses (in a request) or promises away (in a
    # response) the fields a schema does not name.
    "additional-properties-forbidden": (
        WARN,
        INFO,
        "fields the schema does not name are refused",
        False,
    ),
    "additional-properties-allowed": (
        INFO,
        WARN,
        "fields the schema does not name are allowed",
        False,
    ),
}
# Bounds: an upper bound tightens a request when it decreases or appears, a lower bound when
# it increases or appears; set/unset are oasdiff's words for appearing and disappearing.
for _bound in ("max", "max-length", "max-items", "exclusive-max"):
    SCHEMA_KINDS[f"{_bound}-decreased"] = (
        *_TIGHTEN_REQUEST,
        f"the {_bound} bound decreased",
        False,
    )
    SCHEMA_KINDS[f"{_bound}-increased"] = (*_LOOSEN_REQUEST, f"the {_bound} bound increased", False)
    SCHEMA_KINDS[f"{_bound}-set"] = (WARN, INFO, f"a {_bound} bound was set", False)
    SCHEMA_KINDS[f"{_bound}-unset"] = (INFO, ERR, f"the {_bound} bound was dropped", False)
for _bound in ("min", "min-length", "min-items", "exclusive-min"):
    SCHEMA_KINDS[f"{_bound}-increased"] = (
        *_TIGHTEN_REQUEST,
        f"the {_bound} bound increased",
        False,
    )
    SCHEMA_KINDS[f"{_bound}-decreased"] = (*_LOOSEN_REQUEST, f"the {_bound} bound decreased", False)
    SCHEMA_KINDS[f"{_bound}-set"] = (WARN, INFO, f"a {_bound} bound was set", False)
    SCHEMA_KINDS[f"{_bound}-unset"] = (INFO, ERR, f"the {_bound} bound was dropped", False)

REQUEST_SUBJECTS = {
    "request-body": "the request body",
    "request-property": "a request property",
    "request-parameter": "a parameter or request header",
}
RESPONSE_SUBJECTS = {
    "response-body": "a response body",
    "response-property": "a response property",
    "response-header": "a response header",
}
# A parameter's default is what the server assumes when a client leaves it out: changing it
# changes the behaviour clients get without sending anything (oasdiff: ERR).
_OVERRIDES = {"request-parameter-default-value-changed": ERR}

for _kind, (_request, _response, _summary, _addition) in SCHEMA_KINDS.items():
    for _subject, _what in REQUEST_SUBJECTS.items():
        _id = f"{_subject}-{_kind}"
        _add(_id, _OVERRIDES.get(_id, _request), f"{_what}: {_summary}", _addition)
    for _subject, _what in RESPONSE_SUBJECTS.items():
        _add(f"{_subject}-{_kind}", _response, f"{_what}: {_summary}")

# -- semantics the x- vocabulary declares (generator.apimodel) --------------------------------
_add("resource-removed", ERR, "a resource was removed (its client facade goes with it)")
_add("resource-added", INFO, "a resource was declared", addition=True)
_add("resource-identifier-changed", ERR, "a resource is now named by another parameter or property")
_add("lifecycle-removed", ERR, "a resource no longer declares a lifecycle (waiters go)")
_add("lifecycle-added", INFO, "a resource now declares a lifecycle", addition=True)
_add("lifecycle-field-changed", ERR, "the lifecycle state moved to another field")
_add("lifecycle-state-removed", ERR, "a lifecycle state was removed")
_add("lifecycle-state-added", WARN, "a lifecycle state was added (exhaustive matches break)")
_add("lifecycle-states-reordered", WARN, "the order of the lifecycle states changed")
_add("lifecycle-ready-states-changed", ERR, "the states a wait ends in successfully changed")
_add("lifecycle-failed-states-changed", WARN, "the states a wait ends in with an error changed")
_add("lifecycle-became-closed", WARN, "the lifecycle's state list became exhaustive")
_add("precondition-added", INFO, "an optional precondition header was added", addition=True)
_add("precondition-added-required", ERR, "a required precondition header was added")
_add("precondition-became-required", ERR, "the precondition header became required")
_add("precondition-became-optional", INFO, "the precondition header became optional")
_add("precondition-header-changed", ERR, "another header now carries the precondition")
_add("precondition-removed", WARN, "an operation no longer honours the precondition")
_add("precondition-mismatch-changed", WARN, "the answer to a stale precondition changed")
_add("concurrency-token-moved", ERR, "the resource's version is now read from elsewhere")
_add("idempotency-key-removed", ERR, "an operation no longer honours an idempotency key")
_add("idempotency-key-added", INFO, "an operation now honours an idempotency key", addition=True)
_add("idempotency-header-changed", ERR, "another header now carries the idempotency key")
_add("idempotency-replay-changed", WARN, "what a replayed idempotency key answers changed")
_add(
    "field-mask-removed",
    ERR,
    "an update no longer honours a field mask: fields left out may be cleared",
)
_add("field-mask-added", INFO, "an update now honours a field mask", addition=True)
_add("field-mask-field-changed", ERR, "another body field now holds the field mask")
_add("field-mask-empty-changed", WARN, "what an empty field mask means changed")
_add("field-mask-always-required-added", ERR, "a field is now required in every masked update")
_add("field-became-immutable", ERR, "a field can no longer be changed after creation")
_add("field-became-mutable", INFO, "a field can now be changed after creation")
_add("permission-added", ERR, "an operation now requires a role")
_add("permission-removed", INFO, "an operation no longer requires a role")
_add("permission-role-removed", ERR, "a role that was enough for an operation is no longer")
_add("permission-role-added", INFO, "a further role is now enough for an operation")
