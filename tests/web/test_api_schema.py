"""schemathesis against the API's own OpenAPI schema, bounded: no server error, every answer as documented."""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from sanshen.engine import accounts
from sanshen.engine.handlers import Engine
from tests.helpers import submit

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.mark.parametrize("who", ["wangfang", "linfeng", "qianjin"])
def test_every_operation_answers_as_documented(app, db, now, who):
    item = submit(Engine(db), now)
    headers = {"Authorization": f"Bearer {accounts.create_token(db, who, 'fuzz', now)}"}
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 7
    statuses: list[int] = []
    for operation in operations:
        _fuzz(operation, headers, item, statuses)
    assert len(statuses) >= 7 * 5 and 200 in statuses and set(statuses) - {200, 201}


def _fuzz(operation, headers, item, statuses):  # type: ignore[no-untyped-def]
    @settings(max_examples=15, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy())
    def run(case):  # type: ignore[no-untyped-def]
        if case.path_parameters and "item_id" in case.path_parameters and case.path_parameters["item_id"] % 2:
            case.path_parameters["item_id"] = item  # half the cases aim at an item that exists
        statuses.append(case.call_and_validate(headers=headers, checks=CHECKS).status_code)

    run()
