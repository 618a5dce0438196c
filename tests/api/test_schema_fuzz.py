"""Schemathesis against the schema the site serves: no 5xx, and every response matches it.

A few examples per operation keep this to seconds; bench/api_fuzz.py runs the same with many more.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis import checks
from wagtail.models import APIToken

from patientfaq.wsgi import application

EXAMPLES_PER_OPERATION = 4
# What the API promises: never a server error, and every response as the schema describes it.
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
]


# The schema as the site serves it (no database needed to serve it).
schema = schemathesis.openapi.from_wsgi("/api/v1/schema/?format=json", application)


@pytest.fixture
def wsgi_keeps_the_test_connection(db, settings):
    """As Django's test client does: the test's connection (and its rollback) stays open."""
    settings.API_RATE_LIMIT_PER_ADDRESS = 100_000
    settings.API_RATE_LIMIT_PER_TOKEN = 100_000
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def alice_token(alice) -> str:
    return APIToken.create_token(user=alice, name="fuzz")[1]


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_the_api_never_fails_and_matches_its_schema(
    case, alice_token, wsgi_keeps_the_test_connection
):
    case.call_and_validate(headers={"Authorization": f"Bearer {alice_token}"}, checks=CHECKS)
