from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from .forms import StatementRequestForm
from .models import FinancialStatement


def financial_statements(request: HttpRequest) -> HttpResponse:
    statements = FinancialStatement.objects.select_related("document")
    form = StatementRequestForm(request.POST or None)
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
