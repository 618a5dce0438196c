"""Staff sign-in locks for a while after repeated failures, per user name and per address."""

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

from patientfaq.questions.ratelimit import client_key, count_so_far, forget, over_limit
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


class SignInLockout:
    """Refuses sign-in attempts, right or wrong, while the user name or address is locked."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            request.method == "POST"
            and request.path == reverse("wagtailadmin_login")
            and is_locked(request, request.POST.get("username"))
        ):
            return locked_response(request)
        return self.get_response(request)
