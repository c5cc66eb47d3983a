"""Schemathesis against the published OpenAPI document: no input makes the server fail, and every
refusal has the one error shape. (Driven with Hypothesis directly: schemathesis' pytest plugin
does not run under this pytest.)"""

from __future__ import annotations

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from listwatch.api import create_app
from listwatch.api.config import ApiSettings
from listwatch.config import Settings

pytestmark = pytest.mark.slow


def test_no_server_error_for_any_generated_request(settings: Settings) -> None:
    app = create_app(settings, ApiSettings())
    with TestClient(app):  # runs the lifespan: the screener is loaded once for every case
        schema = schemathesis.openapi.from_asgi("/openapi.json", app)
        operations = [result.ok() for result in schema.get_all_operations()]
        assert len(operations) >= 9
        for operation in operations:
            _fuzz(operation)


def _fuzz(operation: schemathesis.APIOperation) -> None:
    @given(case=operation.as_strategy())
    @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
    def check(case: schemathesis.Case) -> None:
        response = case.call()
        case.validate_response(response, checks=[not_a_server_error])
        if response.status_code >= 400:
            assert set(response.json()) == {"error"}, (case.path, response.text)

    check()
