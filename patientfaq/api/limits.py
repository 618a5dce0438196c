"""Rate limits for the API, per calling address and per token, counted by questions.ratelimit."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from rest_framework.request import Request
from rest_framework.throttling import BaseThrottle

from patientfaq.questions.ratelimit import MINUTE, client_key, over_limit


class PerAddress(BaseThrottle):
    """At most API_RATE_LIMIT_PER_ADDRESS requests a minute from one address."""

    def allow_request(self, request: Request, view: Any) -> bool:
        limit = settings.API_RATE_LIMIT_PER_ADDRESS
        return not over_limit("api-address", client_key(request), limit, MINUTE)

    def wait(self) -> float:
        return MINUTE


class PerToken(BaseThrottle):
    """At most API_RATE_LIMIT_PER_TOKEN requests a minute with one token, from any address."""

    def allow_request(self, request: Request, view: Any) -> bool:
        token = request.auth
        if token is None:
            return True
        limit = settings.API_RATE_LIMIT_PER_TOKEN
        return not over_limit("api-token", f"token-{token.pk}", limit, MINUTE)

    def wait(self) -> float:
        return MINUTE
