"""What a patient sees when the site fails: a kind page, never a traceback.

When the database cannot be reached (stopped, restarting, out of connections) the answer is 503
with Retry-After, so browsers, load balancers and API clients know to come back; the page needs
nothing from the database to render.
"""

from __future__ import annotations

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.defaults import server_error as django_server_error

RETRY_AFTER_SECONDS = 30


def database_unreachable(error: BaseException | None) -> bool:
    """True for errors that mean the database is away, not that a query was wrong."""
    return isinstance(error, OperationalError | InterfaceError)


def server_error(request: HttpRequest) -> HttpResponse:
    """Django's 500 handler: 503 while the database is away, else the plain 500 page."""
    if not database_unreachable(sys.exc_info()[1]):
        return django_server_error(request)
    if request.path.startswith("/api/"):
        response: HttpResponse = JsonResponse(
            {"detail": _("The service is briefly unavailable. Please try again in a minute.")},
            status=503,
            content_type="application/problem+json",
        )
    else:
        response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
