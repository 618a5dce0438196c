"""Every API error as application/problem+json (RFC 9457): a title, the status and a detail."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, JsonResponse
from django.utils.translation import gettext as _
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import exception_handler

from .drafts import DraftRefused

PROBLEM_TYPE = "application/problem+json"


def problem(status: int, detail: str, errors: dict[str, Any] | None = None) -> dict[str, Any]:
    """The body of a problem response."""
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
    }
    if errors:
        body["errors"] = errors
    return body


def _field_errors(data: Any) -> dict[str, Any]:
    if isinstance(data, dict):
        return {
            key: _field_errors(value)
            if isinstance(value, dict)
            else [str(item) for item in (value if isinstance(value, list) else [value])]
            for key, value in data.items()
        }
    return {"non_field_errors": [str(item) for item in data]}


def problem_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """DRF's errors, refused drafts and over-large bodies as problem+json; others are 500s."""
    if isinstance(exc, DraftRefused):
        errors = {exc.field: [exc.message]} if exc.field else None
        response = Response(problem(exc.status, exc.message, errors), status=exc.status)
    elif isinstance(exc, RequestDataTooBig):
        response = Response(
            problem(413, _("The request body is too large for this API.")), status=413
        )
    else:
        response = exception_handler(exc, context)
        if response is None:
            return None
        data = response.data
        if isinstance(data, dict) and set(data) == {"detail"}:
            body = problem(response.status_code, str(data["detail"]))
        else:
            body = problem(
                response.status_code,
                _("Some of what was sent is not right; see errors for each field."),
                _field_errors(data),
            )
        response.data = body
        if isinstance(exc, exceptions.Throttled) and exc.wait:
            response["Retry-After"] = str(int(exc.wait))
    response.content_type = PROBLEM_TYPE
    return response


def not_found(request: HttpRequest, *args: Any, **kwargs: Any) -> JsonResponse:
    """Any unknown address under /api/: a 404 the caller can read."""
    request.urlconf = "patientfaq.api.urlconf"  # type: ignore[attr-defined]
    body = problem(404, _("There is nothing at this address in the API."))
    return JsonResponse(body, status=404, content_type=PROBLEM_TYPE)
