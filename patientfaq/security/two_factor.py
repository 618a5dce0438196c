"""Staff two-step verification: a code from an authenticator app (TOTP) after the password.

STAFF_TWO_FACTOR=required (the default outside DEBUG) sends staff without a device to set one
up before the admin opens; optional lets them in, and asks for a code only once they have one.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

import segno
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from django_otp import devices_for_user, user_has_device
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from .lockout import count_failure, is_locked, locked_response

# Signing in and out, and these two steps, open before the second step is done.
OPEN_PATHS = ("/admin/login/", "/admin/logout/", "/admin/two-factor/", "/admin/jsi18n/")


class StaffVerification:
    """Keeps a signed-in staff member out of the admin until their code is checked."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user: Any = request.user
        if (
            request.path.startswith("/admin/")
            and not request.path.startswith(OPEN_PATHS)
            and user.is_authenticated
            and not user.is_verified()
        ):
            if user_has_device(user):
                return redirect(reverse("two_factor_verify") + f"?next={request.path}")
            if settings.STAFF_TWO_FACTOR == "required":
                return redirect("two_factor_setup")
        return self.get_response(request)


def _checked_code(request: HttpRequest, device: TOTPDevice) -> bool:
    code = request.POST.get("code", "").replace(" ", "")
    if code.isdecimal() and device.verify_token(code):
        otp_login(request, device)
        return True
    count_failure(request, request.user.get_username())  # type: ignore[union-attr]
    return False


@require_http_methods(["GET", "POST"])
def setup(request: HttpRequest) -> HttpResponse:
    """Shows a new secret as a QR code; a correct code from the app confirms it."""
    if not request.user.is_authenticated:
        return redirect("wagtailadmin_login")
    device, _created = TOTPDevice.objects.get_or_create(
        user=request.user, confirmed=False, defaults={"name": _("Authenticator app")}
    )
    error = ""
    if request.method == "POST":
        if is_locked(request, request.user.get_username()):
            return locked_response(request)
        if _checked_code(request, device):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            TOTPDevice.objects.filter(user=request.user, confirmed=False).delete()
            return redirect("wagtailadmin_home")
        error = _("That code did not match. Check the time on your phone and try the next code.")
    context = {
        "qr_code": segno.make(device.config_url).svg_inline(scale=4),
        "secret": base64.b32encode(device.bin_key).decode(),
        "error": error,
    }
    return render(request, "security/two_factor_setup.html", context, status=400 if error else 200)


@require_http_methods(["GET", "POST"])
def verify(request: HttpRequest) -> HttpResponse:
    """Asks for the code from the staff member's app; a match opens the admin."""
    if not request.user.is_authenticated:
        return redirect("wagtailadmin_login")
    error = ""
    if request.method == "POST":
        if is_locked(request, request.user.get_username()):
            return locked_response(request)
        for device in devices_for_user(request.user):
            if _checked_code(request, device):
                target = request.GET.get("next", "")
                return redirect(target if target.startswith("/admin/") else "wagtailadmin_home")
        error = _("That code did not match. Try the code your app shows now.")
    context = {"error": error}
    return render(request, "security/two_factor_verify.html", context, status=400 if error else 200)
