"""jsonschema-rs (the default engine) and jsonschema (the reference implementation) agree on
every violation of every constraint case: the fast engine is not a less correct one."""

from __future__ import annotations

import json
from functools import cache

import pytest

from generator.apimodel.samples import valid_request
from generator.validate import Validator
from generator.validate.compiler import jsonschema_engine
from generator.validate.mutations import mutations
from tests.specs.fidelity import SPECS
from tests.validate.conftest import all_operations, validator

WITH_BODY = [(a, k) for a, k in all_operations() if validator(a).api.operations[k].request_body]


@cache
def reference(api: str) -> Validator:
    return Validator.from_path(SPECS / f"{api}.yaml", engine=jsonschema_engine)


@pytest.mark.parametrize(("api", "key"), WITH_BODY, ids=[f"{a}:{k}" for a, k in WITH_BODY])
def test_engines_agree(api: str, key: str) -> None:
    fast, slow = validator(api), reference(api)
    operation = fast.api.operations[key]
    request = valid_request(fast.api, operation)
    assert operation.request_body is not None
    media = operation.request_body.json  # the media type valid_request sends
    assert media is not None
    schema = media.schema
    instances = [request["body"], *(m.instance for m in mutations(schema, request["body"]))]
    for instance in instances:
        kwargs = {**request, "body": json.dumps(instance)}
        a = sorted(v[:3] for v in fast.validate_request(operation, **kwargs).violations)
        b = sorted(v[:3] for v in slow.validate_request(operation, **kwargs).violations)
        assert a == b, (instance, a, b)  # location, pointer and keyword; the wording differs
