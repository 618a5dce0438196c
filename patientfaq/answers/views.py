from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language

from .service import answer_question, clean_query


def search(request: HttpRequest) -> HttpResponse:
    query, problem = clean_query(request.GET.get("q", ""))
    result = answer_question(query, get_language() or "en") if query else None
    return render(
        request,
        "answers/results.html",
        {"query": query, "problem": problem, "result": result},
        status=200,
    )
