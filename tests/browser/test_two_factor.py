"""Sam, an administrator, sets up two-step verification in a real browser and signs in with it."""

import base64

import pytest
from django_otp.oath import TOTP

pytestmark = pytest.mark.django_db(transaction=True)


def _code(secret: str, drift: int = 0) -> str:
    return f"{TOTP(base64.b32decode(secret), drift=drift).token():06d}"


def _sign_in(page, site: str) -> None:
    page.goto(site + "/admin/login/")
    page.fill("#id_username", "sam")
    page.fill("#id_password", "a long passphrase")
    page.click("button[type=submit]")


def test_signing_in_with_a_code_from_an_app(writable_site, browser, django_user_model, settings):
    settings.STAFF_TWO_FACTOR = "required"
    django_user_model.objects.create_superuser("sam", "sam@example.org", "a long passphrase")
    first = browser.new_page()
    _sign_in(first, writable_site)
    first.wait_for_url(writable_site + "/admin/two-factor/setup/")
    secret = first.inner_text("#secret")
    first.fill("#code", _code(secret))
    first.click("button[type=submit]")
    first.wait_for_url(writable_site + "/admin/")
    first.close()

    later = browser.new_page()
    _sign_in(later, writable_site)
    later.wait_for_url(writable_site + "/admin/two-factor/verify/?next=/admin/")
    later.fill("#code", "123456" if _code(secret, 1) != "123456" else "654321")
    later.click("button[type=submit]")
    assert later.locator("[role=alert]").is_visible()
    later.wait_for_timeout(1500)  # a wrong code holds the next try back for a second
    later.fill("#code", _code(secret, 1))  # the next step's code: the first one is used up
    later.click("button[type=submit]")
    later.wait_for_url(writable_site + "/admin/")
    later.close()
