"""The public side: asking the organisation, and "did this answer your question?"."""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from patientfaq.engine.urgent import UrgentHit
from patientfaq.faq.models import EntryPage
from patientfaq.organisation.models import Organisation

from .actions import record_feedback, submit_question, urgent_signs_in
from .forms import AskForm, FeedbackForm
from .models import MAX_QUESTION_CHARS
from .ratelimit import HOUR, client_key, over_limit, seen_before
from .text import plain_text

logger = logging.getLogger(__name__)

# A question is at most 2,000 characters; anything far bigger is not a question.
MAX_BODY_BYTES = 32_768
MATCHES_SHOWN = 3
# Checking for similar entries and voting are cheaper than sending: allow more of them.
CHECKS_PER_QUESTION = 6
FEEDBACK_PER_HOUR = 30


def _problem(request: HttpRequest, message: str, status: int) -> HttpResponse:
    return render(request, "questions/problem.html", {"message": message}, status=status)


def _too_big(request: HttpRequest) -> bool:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0) > MAX_BODY_BYTES
    except ValueError:
        return True


def _too_big_response(request: HttpRequest) -> HttpResponse:
    return _problem(
        request,
        _("That was too much for us to receive. Please keep your question under 2,000 characters."),
        413,
    )


def flood_response(request: HttpRequest) -> HttpResponse:
    response = _problem(
        request,
        _(
            "We have received a lot from your connection in the last hour, so we cannot take "
            "more just now. Please try again later. If something is urgent, call your local "
            "emergency number."
        ),
        429,
    )
    response["Retry-After"] = str(HOUR)
    return response


def closest_entries(text: str, language: str) -> list[Any]:
    """The entries nearest to the question, best first; none if the answer engine fails."""
    try:
        from patientfaq.answers import service

        return list(service.answer_question(text, language).results[:MATCHES_SHOWN])
    except Exception as error:
        logger.warning("Closest entries unavailable (%s).", type(error).__name__)
        return []


def urgent_care_context(request: HttpRequest, signs: list[UrgentHit], language: str) -> dict:
    """What the shared urgent box needs: the signs found and whom to call in this language."""
    if not signs:
        return {}
    organisation = Organisation.for_request(request)
    try:
        from patientfaq.answers.safety import urgent_contacts

        number, line = urgent_contacts(language, organisation)
    except Exception:
        number, line = organisation.emergency_number, organisation.crisis_line
    return {"urgent_signs": signs, "emergency_number": number, "crisis_line": line}


@require_http_methods(["GET", "POST"])
def ask(request: HttpRequest) -> HttpResponse:
    language = get_language() or settings.LANGUAGE_CODE
    context: dict[str, Any] = {"step": "check"}
    if request.method == "GET":
        query = plain_text(request.GET.get("q", ""))[:MAX_QUESTION_CHARS]
        context["form"] = AskForm(initial={"question": query})
        return render(request, "questions/ask.html", context)

    if _too_big(request):
        return _too_big_response(request)
    client = client_key(request)
    if over_limit("post", client, settings.QUESTION_RATE_LIMIT * CHECKS_PER_QUESTION):
        return flood_response(request)
    form = AskForm(request.POST)
    context["form"] = form
    if form.is_spam:
        # Bots learn nothing: they see the same page as people, and nothing is stored.
        return redirect("ask_sent")
    if not form.is_valid():
        return render(request, "questions/ask.html", context, status=400)

    text = form.cleaned_data["question"]
    if request.POST.get("step") != "send":
        context.update(step="send", matches=closest_entries(text, language))
        context.update(urgent_care_context(request, urgent_signs_in(text, language), language))
        return render(request, "questions/ask.html", context)

    if over_limit("send", client, settings.QUESTION_RATE_LIMIT):
        return flood_response(request)
    submission = submit_question(text, language, form.reply_email, client)
    if submission.urgent_signs:
        # Shown at once, not after a redirect: the urgent box names the signs it found.
        return render(
            request,
            "questions/sent.html",
            urgent_care_context(request, submission.urgent_signs, language),
        )
    return redirect("ask_sent")


def ask_sent(request: HttpRequest) -> HttpResponse:
    return render(request, "questions/sent.html")


# Anonymous votes change nothing that belongs to a signed-in person, and entry pages must stay
# cacheable (and exportable as static files), so the form carries no CSRF token.
@csrf_exempt
@require_POST
def feedback(request: HttpRequest) -> HttpResponse:
    if _too_big(request):
        return _too_big_response(request)
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        return _problem(request, _("We could not read your answer. Please try again."), 400)
    entry = EntryPage.objects.live().public().filter(pk=form.cleaned_data["entry"]).first()
    if entry is None:
        return _problem(request, _("We could not find that page any more."), 404)
    client = client_key(request)
    if over_limit("feedback", client, FEEDBACK_PER_HOUR):
        return flood_response(request)
    if not form.cleaned_data["website"] and not seen_before(client, f"feedback:{entry.pk}"):
        record_feedback(entry, form.cleaned_data["helpful"], form.cleaned_data["reason"])
    messages.success(request, _("Thank you for telling us. It helps us improve our answers."))
    return redirect(entry.get_url(request) + "#feedback")
