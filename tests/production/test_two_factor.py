"""Staff need a code from an authenticator app when STAFF_TWO_FACTOR is required."""

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.conftest import client_for

pytestmark = pytest.mark.django_db


def test_staff_without_a_device_are_sent_to_set_one_up_when_required(alice, settings):
    settings.STAFF_TWO_FACTOR = "required"
    client = client_for(alice)
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"] == "/admin/two-factor/setup/"
    page = client.get("/admin/two-factor/setup/")
    assert b"<svg" in page.content  # the QR code, drawn inline
    device = TOTPDevice.objects.get(user=alice, confirmed=False)
    assert client.post("/admin/two-factor/setup/", {"code": "000000"}).status_code == 400
    device.refresh_from_db()
    device.throttling_failure_count = 0
    device.save()
    code = TOTP(device.bin_key).token()
    assert client.post("/admin/two-factor/setup/", {"code": f"{code:06d}"}).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_when_optional_staff_without_a_device_go_straight_in(alice):
    assert client_for(alice).get("/admin/").status_code == 200


def test_a_staff_member_with_a_device_is_asked_for_the_code(alice):
    TOTPDevice.objects.create(user=alice, name="phone", confirmed=True)
    response = client_for(alice).get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/two-factor/verify/?next=/admin/pages/"
