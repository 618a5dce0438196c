"""Response headers that tell browsers what the site may load, and the client's real address."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

# Public pages: scripts only from this site, never inline. Styles may be inline: the plain error
# pages carry theirs (they render without the database).
_POLICY = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
]
CONTENT_SECURITY_POLICY = "; ".join(_POLICY)
# Wagtail's page editor still writes small inline scripts (choosers, inline panels): the admin,
# behind staff sign-in, allows those and nothing else more.
ADMIN_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
    "script-src 'self'", "script-src 'self' 'unsafe-inline'"
)
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


class SecurityHeaders:
    """Content-Security-Policy and Permissions-Policy on every response."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        admin = request.path.startswith("/admin/")
        policy = ADMIN_CONTENT_SECURITY_POLICY if admin else CONTENT_SECURITY_POLICY
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


class ClientBehindProxies:
    """Behind PROXY_HOPS proxies, the client is the address the outermost one saw.

    Each proxy appends the address it was called from to X-Forwarded-For; anything further left
    was written by the client and is not trusted. Rate limits and lockouts count this address.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        hops = settings.PROXY_HOPS
        forwarded = [
            part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        ]
        if hops and len(forwarded) >= hops and forwarded[-hops]:
            request.META["REMOTE_ADDR"] = forwarded[-hops]
        return self.get_response(request)
