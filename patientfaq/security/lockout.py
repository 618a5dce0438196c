"""Staff sign-in locks for a while after repeated failures, per user name and per address; asking
for password reset e-mails is limited the same two ways."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from patientfaq.questions.ratelimit import HOUR, client_key, count_so_far, forget, over_limit
from patientfaq.questions.text import keyed_hash


def _user(username: object) -> str:
    return keyed_hash("login-user", str(username or "").strip().lower())[:32]


def _period() -> int:
    return settings.LOGIN_LOCKOUT_MINUTES * 60


def is_locked(request: HttpRequest, username: object) -> bool:
    """True while this user name or this address has failed too often."""
    return (
        count_so_far("login-user", _user(username)) >= settings.LOGIN_FAILURES_PER_USER
        or count_so_far("login-address", client_key(request)) >= settings.LOGIN_FAILURES_PER_ADDRESS
    )


def count_failure(request: HttpRequest, username: object) -> None:
    over_limit("login-user", _user(username), settings.LOGIN_FAILURES_PER_USER, _period())
    over_limit("login-address", client_key(request), settings.LOGIN_FAILURES_PER_ADDRESS, _period())


def locked_response(request: HttpRequest) -> HttpResponse:
    message = _(
        "Too many failed sign-ins for this account or from this connection. Please wait "
        "%(minutes)s minutes and try again, or ask an administrator to reset your password."
    ) % {"minutes": settings.LOGIN_LOCKOUT_MINUTES}
    response = render(request, "security/locked.html", {"message": message}, status=429)
    response["Retry-After"] = str(_period())
    return response


@receiver(user_login_failed)
def _login_failed(sender: Any, credentials: dict[str, Any], request: Any = None, **kw: Any) -> None:
    if request is not None:
        count_failure(request, credentials.get("username"))


@receiver(user_logged_in)
def _logged_in(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    forget("login-user", _user(user.get_username()))


def password_resets_exhausted(request: HttpRequest) -> bool:
    """Count one more reset asked for; True once this address, or the e-mail address asked
    for, is past PASSWORD_RESET_RATE_LIMIT an hour."""
    limit = settings.PASSWORD_RESET_RATE_LIMIT
    if not limit:
        return False
    email = keyed_hash("reset-email", str(request.POST.get("email", "")).strip().lower())[:32]
    from_here = over_limit("reset-address", client_key(request), limit, HOUR)
    for_them = over_limit("reset-email", email, limit, HOUR)
    return from_here or for_them


def resets_paused_response(request: HttpRequest) -> HttpResponse:
    message = _(
        "Too many password reset e-mails were asked for from this connection or for this "
        "address. Please wait an hour and try again, or ask an administrator to reset your "
        "password."
    )
    context = {"heading": _("Password reset paused"), "message": message}
    response = render(request, "security/locked.html", context, status=429)
    response["Retry-After"] = str(HOUR)
    return response


class SignInLockout:
    """Refuses sign-in attempts, right or wrong, while the user name or address is locked, and
    password reset requests past their limit."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method == "POST":
            if request.path == reverse("wagtailadmin_login") and is_locked(
                request, request.POST.get("username")
            ):
                return locked_response(request)
            if request.path == reverse("wagtailadmin_password_reset") and password_resets_exhausted(
                request
            ):
                return resets_paused_response(request)
        return self.get_response(request)
