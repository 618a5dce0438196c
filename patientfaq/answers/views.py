from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from patientfaq.organisation.models import Organisation
from patientfaq.questions.ratelimit import MINUTE, searches_exhausted
from patientfaq.questions.records import record_search

from . import service
from .safety import urgent_contacts


def answer_and_record(raw: object, language: str) -> tuple[str, str, service.AnswerResult]:
    """The cleaned question, a notice if it was changed, and the answer; the search is counted."""
    query, notice = service.clean_query(raw)
    result = service.answer_question(query, language)
    if query:
        record_search(query, language, result.answered, result.top_score)
    return query, notice, result


def search(request: HttpRequest) -> HttpResponse:
    if searches_exhausted(request):
        message = _(
            "We have received many questions from your connection in the last minute. Please "
            "wait a minute and ask again. If something is urgent, call your local emergency "
            "number."
        )
        response = render(request, "questions/problem.html", {"message": message}, status=429)
        response["Retry-After"] = str(MINUTE)
        return response
    language = get_language() or "en"
    query, notice, result = answer_and_record(request.GET.get("q", ""), language)
    context = {"query": query, "notice": notice, "result": result if query else None}
    if result.urgent:
        context["emergency_number"], context["crisis_line"] = urgent_contacts(
            language, Organisation.for_request(request)
        )
    return render(request, "answers/results.html", context)
