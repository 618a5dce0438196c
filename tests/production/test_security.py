"""Sam puts the site behind HTTPS and a load balancer; browsers are told what it may load."""

import secrets
import subprocess

import pytest
from django.test import Client, override_settings

from .conftest import ROOT, production_environment

pytestmark = pytest.mark.django_db


def test_check_deploy_is_clean_with_the_documented_production_settings():
    environment = production_environment(
        SECRET_KEY=secrets.token_urlsafe(50), HTTPS="true", ALLOWED_HOSTS="faq.example.org"
    )
    run = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "python"), "manage.py", "check", "--deploy"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert "System check identified no issues" in run.stdout


def test_every_page_says_what_the_browser_may_load(client):
    response = client.get("/en/")
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline'" not in policy.split("style-src")[0]
    assert "frame-ancestors 'self'" in policy
    assert "camera=()" in response.headers["Permissions-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@override_settings(
    SECURE_SSL_REDIRECT=True,
    SECURE_HSTS_SECONDS=31536000,
    SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"),
    SESSION_COOKIE_SECURE=True,
)
def test_behind_an_https_proxy_http_is_redirected_and_https_gets_hsts():
    client = Client()
    assert client.get("/en/").status_code == 301
    assert client.get("/health/").status_code == 200  # load balancers probe over plain HTTP
    response = client.get("/en/", headers={"X-Forwarded-Proto": "https"})
    assert response.status_code == 200
    assert response.headers["Strict-Transport-Security"].startswith("max-age=31536000")


@override_settings(PROXY_HOPS=1)
def test_behind_one_proxy_the_client_is_the_address_the_proxy_saw(rf):
    from patientfaq.security.middleware import ClientBehindProxies

    seen = []
    middleware = ClientBehindProxies(lambda request: seen.append(request.META["REMOTE_ADDR"]))
    request = rf.get("/", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9", REMOTE_ADDR="10.0.0.2")
    middleware(request)
    assert seen == ["203.0.113.9"]  # the client cannot pretend to be 6.6.6.6
