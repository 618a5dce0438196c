from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale

from patientfaq.editorial.trust import advisory_board, review_figures
from patientfaq.questions.ratelimit import client_key, over_limit
from patientfaq.questions.views import flood_response

from .forms import StatementRequestForm
from .models import FinancialStatement, FundingSource, Organisation


def financial_statements(request: HttpRequest) -> HttpResponse:
    statements = FinancialStatement.objects.select_related("document")
    form = StatementRequestForm(request.POST or None)
    if request.method == "POST" and over_limit(
        "statements", client_key(request), settings.QUESTION_RATE_LIMIT
    ):
        return flood_response(request)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Thank you. We will send the statements to you by e-mail."))
        return redirect(request.path)
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "organisation/financial_statements.html",
        {"statements": statements, "form": form},
        status=status,
    )


def trust(request: HttpRequest) -> HttpResponse:
    """How this organisation keeps its information right: policy, board, money, reviews."""
    language = get_language() or settings.LANGUAGE_CODE
    policy = Organisation.for_request(request).editorial_policy_page
    if policy is not None:
        translated = policy.get_translation_or_none(Locale.objects.get(language_code=language))
        policy = (translated if translated is not None and translated.live else policy).specific
    return render(
        request,
        "organisation/trust.html",
        {
            "policy": policy if policy is not None and policy.live else None,
            "board": advisory_board(language),
            "funders": FundingSource.objects.all(),
            "reviews": review_figures(language),
            "main_language": settings.LANGUAGE_CODE,
        },
    )
