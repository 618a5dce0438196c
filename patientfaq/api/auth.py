"""Who is calling the API: a staff member's Wagtail API token, as `Authorization: Bearer <token>`.

Tokens are Wagtail's own (`manage.py api_tokens create --user alice --name "sync script"`): only
a digest is stored, and a token acts with its owner's permissions, never more.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.request import Request
from wagtail.models import APIToken

LAST_USED_EVERY = timedelta(minutes=1)


def token_holder(secret: str) -> APIToken | None:
    """The live token with this secret, if its owner is active; None otherwise."""
    if not APIToken.validate_token_format(secret):
        return None
    token = (
        APIToken.objects.select_related("user")
        .filter(key_hash__in=APIToken.candidate_key_hashes(secret), revoked_at__isnull=True)
        .first()
    )
    if token is None or not token.user.is_active:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_EVERY:
        APIToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token


class ApiTokenAuthentication(BaseAuthentication):
    """A request with a valid token acts as the token's owner; no token means anonymous."""

    def authenticate(self, request: Request) -> tuple[Any, APIToken] | None:
        words = get_authorization_header(request).split()
        if not words or words[0].lower() != b"bearer":
            return None
        if len(words) != 2:
            raise AuthenticationFailed(_("Send the token as: Authorization: Bearer <token>."))
        try:
            secret = words[1].decode("ascii")
        except UnicodeDecodeError as error:
            raise AuthenticationFailed(_("This token is not valid.")) from error
        token = token_holder(secret)
        if token is None:
            raise AuthenticationFailed(_("This token is not valid, or it was revoked."))
        return token.user, token

    def authenticate_header(self, request: Request) -> str:
        return 'Bearer realm="patientfaq"'


class ApiTokenScheme(OpenApiAuthenticationExtension):  # type: ignore[no-untyped-call]
    target_class = ApiTokenAuthentication
    name = "token"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {"type": "http", "scheme": "bearer"}
