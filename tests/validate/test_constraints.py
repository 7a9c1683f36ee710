"""Every constraint the specs state is enforced: an instance breaking exactly that constraint
fails, with the violation at the right location, pointer and keyword."""

from __future__ import annotations

import json
from typing import Any

import pytest

from generator.apimodel.samples import media_example, parameter_text, valid_request
from generator.spec import pointer as jp
from generator.validate.mutations import Mutation, enrich, mutations, parameter_breaks, with_value
from tests.validate.conftest import all_operations, validator

OPERATIONS = all_operations()
IDS = [f"{a}:{k}" for a, k in OPERATIONS]
WITH_BODY = [(a, k) for a, k in OPERATIONS if validator(a).api.operations[k].request_body]


def _disjoint(cases: list[Mutation]) -> list[Mutation]:
    """Mutations at places none of which contains another, to combine into one instance."""
    chosen: list[Mutation] = []
    for case in sorted(cases, key=lambda c: -c.pointer.count("/")):
        if all(
            not (case.pointer + "/").startswith(c.pointer + "/")
            and not (c.pointer + "/").startswith(case.pointer + "/")
            for c in chosen
        ):
            chosen.append(case)
    return chosen


def _combined(base: Any, cases: list[Mutation]) -> Any:
    """One instance breaking every one of `cases` at once."""
    combined = base
    for case in cases:
        combined = with_value(combined, case.pointer, jp.resolve(case.instance, case.pointer))
    return combined


def _hit(result: Any, location: str, mutation: Mutation) -> bool:
    return any(
        v.location == location and v.pointer == mutation.pointer and v.keyword in mutation.keywords
        for v in result.violations
    )


@pytest.mark.parametrize(("api", "key"), WITH_BODY, ids=[f"{a}:{k}" for a, k in WITH_BODY])
def test_request_body_constraints(api: str, key: str) -> None:
    v = validator(api)
    operation = v.api.operations[key]
    assert operation.request_body is not None
    request = valid_request(v.api, operation)
    media = operation.request_body.json  # the media type valid_request sends
    assert media is not None
    schema = media.schema

    def keep(candidate: Any) -> bool:
        return v.validate_request(operation, **{**request, "body": json.dumps(candidate)}).valid

    assert keep(request["body"])
    base = enrich(schema, request["body"], keep)
    cases = list(mutations(schema, base))
    assert cases
    missed = []
    for mutation in cases:
        body = json.dumps(mutation.instance)
        result = v.validate_request(operation, **{**request, "body": body})
        if not _hit(result, "body", mutation):
            missed.append((mutation.name, [x.render() for x in result.violations]))
    assert not missed
    # Many violations at once, as a careless client sends them: every one is reported.
    chosen = _disjoint(cases)
    assert len(chosen) >= 2 or len({c.pointer for c in cases if c.pointer}) < 2
    many = json.dumps(_combined(base, chosen))
    result = v.validate_request(operation, **{**request, "body": many})
    missed = [m.name for m in chosen if not _hit(result, "body", m)]
    assert not missed, (missed, [x.render() for x in result.violations])


@pytest.mark.parametrize(("api", "key"), OPERATIONS, ids=IDS)
def test_parameter_constraints(api: str, key: str) -> None:
    v = validator(api)
    operation = v.api.operations[key]
    request = valid_request(v.api, operation)
    if "body" in request:
        request["body"] = json.dumps(request["body"])
    checked = 0
    for parameter in operation.parameters:
        if parameter.location not in ("path", "query", "header"):
            continue
        group = {"path": "path_params", "query": "query", "header": "headers"}[parameter.location]
        for name, value, keywords in parameter_breaks(parameter):
            values = dict(request[group])
            values.pop(parameter.name, None)
            if value is not None:
                values[parameter.name] = value
            result = v.validate_request(operation, **{**request, group: values})
            assert any(
                x.location == parameter.location
                and x.pointer == "/" + parameter.name
                and x.keyword in keywords
                for x in result.violations
            ), (parameter.name, name, [x.render() for x in result.violations])
            checked += 1
    if operation.parameters:
        assert checked or all(not parameter_breaks(p) for p in operation.parameters)


@pytest.mark.parametrize(("api", "key"), OPERATIONS, ids=IDS)
def test_response_constraints(api: str, key: str) -> None:
    v = validator(api)
    operation = v.api.operations[key]
    checked = 0
    for status, response in operation.responses.items():
        if not status.startswith("2") or not response.content:
            continue
        media = next(iter(response.content.values()))
        schema = media.schema
        headers = {h.name: parameter_text(h) for h in response.headers if h.required}

        def keep(
            candidate: Any, status: str = status, media: Any = media, headers: Any = headers
        ) -> bool:
            return v.validate_response(
                operation,
                status=status,
                headers=headers,
                body=json.dumps(candidate),
                content_type=media.name,
            ).valid

        base = enrich(schema, media_example(v.api, media), keep)
        for mutation in mutations(schema, base):
            answer = {
                "status": status,
                "headers": headers,
                "body": json.dumps(mutation.instance),
                "content_type": media.name,
            }
            result = v.validate_response(operation, **answer)
            assert _hit(result, "body", mutation), (
                mutation.name,
                [x.render() for x in result.violations],
            )
            checked += 1
        for header in response.headers:
            if header.required:
                result = v.validate_response(
                    operation,
                    status=status,
                    body=json.dumps(base),
                    content_type=media.name,
                    headers={k: x for k, x in headers.items() if k != header.name},
                )
                assert any(
                    x.location == "header" and x.keyword == "required" for x in result.violations
                )
                checked += 1
    assert checked or not any(
        s.startswith("2") and r.content for s, r in operation.responses.items()
    )


def test_the_mutations_cover_the_specs() -> None:
    # A floor, so that a change that silently stops generating cases is caught.
    total = 0
    for api, key in OPERATIONS:
        v = validator(api)
        operation = v.api.operations[key]
        for response in operation.responses.values():
            for media in response.content.values():
                schema = media.schema
                total += len(list(mutations(schema, media_example(v.api, media))))
    assert total > 500
