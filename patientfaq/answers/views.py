from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from patientfaq.organisation.models import Organisation
from patientfaq.questions.records import record_search

from . import service
from .safety import urgent_contacts
from .serialise import answer_as_json


def _answer(raw: object, language: str) -> tuple[str, str, service.AnswerResult]:
    """The cleaned question, a notice for the patient if it was changed, and the answer."""
    query, notice = service.clean_query(raw)
    result = service.answer_question(query, language)
    if query:
        record_search(query, language, result.answered, result.top_score)
    return query, notice, result


def search(request: HttpRequest) -> HttpResponse:
    language = get_language() or "en"
    query, notice, result = _answer(request.GET.get("q", ""), language)
    context = {"query": query, "notice": notice, "result": result if query else None}
    if result.urgent:
        context["emergency_number"], context["crisis_line"] = urgent_contacts(
            language, Organisation.for_request(request)
        )
    return render(request, "answers/results.html", context)


def answers_api(request: HttpRequest) -> JsonResponse:
    """GET ?q=...&language=en: the same answer the results page shows, as JSON."""
    language = request.GET.get("language") or get_language() or "en"
    if language not in dict(settings.LANGUAGES):
        codes = ", ".join(dict(settings.LANGUAGES))
        return JsonResponse(
            {"error": _("language must be one of: %(codes)s.") % {"codes": codes}}, status=400
        )
    query, notice, result = _answer(request.GET.get("q", ""), language)
    if not query:
        message = notice or _("Ask a question with the q parameter, in words.")
        return JsonResponse({"error": message}, status=400)
    return JsonResponse(answer_as_json(result, request, notice))
