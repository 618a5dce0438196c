"""CORS for the answer API only: an exported copy of the site may ask the live site questions.

Only the origins in ANSWER_API_CORS_ORIGINS get the headers, and only on the answer endpoints;
the rest of the API, and the admin, stay same-origin.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

ANSWER_PATHS = ("/api/v1/answers/", "/api/answers/")


class AnswerApiCors:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        origin = request.headers.get("Origin", "")
        allowed = request.path in ANSWER_PATHS and origin in settings.ANSWER_API_CORS_ORIGINS
        if allowed and request.method == "OPTIONS":
            response = HttpResponse(status=204)
            response["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
            response["Access-Control-Allow-Headers"] = "Content-Type, Accept"
            response["Access-Control-Max-Age"] = "86400"
        else:
            response = self.get_response(request)
        if allowed:
            response["Access-Control-Allow-Origin"] = origin
        if request.path in ANSWER_PATHS:
            response["Vary"] = ", ".join(filter(None, [response.get("Vary"), "Origin"]))
        return response
