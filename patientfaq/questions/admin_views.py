"""Staff views in the Wagtail admin: handling one question, and the gaps report."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from patientfaq.faq.models import CategoryPage, EntryPage

from .actions import answer_with_entry, decline, start_draft_entry
from .forms import AnswerForm, DraftForm
from .gaps import WORDINGS_FOR_DRAFT, gaps_report, inbox_groups
from .models import MAX_QUESTION_CHARS, PatientQuestion
from .views import closest_entries

VIEW = "questions.view_patientquestion"
CHANGE = "questions.change_patientquestion"


def _require(request: HttpRequest, permission: str) -> None:
    if not request.user.has_perm(permission):
        raise PermissionDenied


def _entry_choices(question: PatientQuestion) -> list[tuple[str, list[tuple[int, str]]]]:
    """Suggested entries first, then every live entry in the question's language."""
    suggested = [
        (r.entry.pk, r.entry.title) for r in closest_entries(question.text, question.language)
    ]
    entries = EntryPage.objects.live().order_by("title")
    locale = Locale.objects.filter(language_code=question.language).first()
    if locale:
        entries = entries.filter(locale=locale)
    others = [(e.pk, e.title) for e in entries if e.pk not in {pk for pk, _t in suggested}]
    choices = []
    if suggested:
        choices.append((_("Closest to the question"), suggested))
    choices.append((_("All entries"), others))
    return choices


def _default_category(language: str) -> CategoryPage | None:
    return CategoryPage.objects.filter(locale__language_code=language).order_by("path").first()


def _can_add_entry(request: HttpRequest, category: CategoryPage) -> bool:
    return category.permissions_for_user(request.user).can_add_subpage()


def handle_question(request: HttpRequest, pk: int) -> HttpResponse:
    """Answer a question with an entry, turn it into a draft entry, or decline it."""
    _require(request, VIEW)
    question = get_object_or_404(PatientQuestion, pk=pk)
    group_pks = inbox_groups().get(question.pk, [question.pk])
    similar = list(
        PatientQuestion.objects.filter(pk__in=group_pks, status=PatientQuestion.Status.NEW).exclude(
            pk=question.pk
        )
    )
    answer_form = AnswerForm(request.POST if request.POST.get("action") == "answer" else None)
    answer_form.fields["entry"].choices = _entry_choices(question)
    draft_form = DraftForm(
        request.POST if request.POST.get("action") == "draft" else None,
        initial={"category": _default_category(question.language)},
    )
    can_change = request.user.has_perm(CHANGE)

    if request.method == "POST":
        _require(request, CHANGE)
        action = request.POST.get("action")
        allowed = question.can_be_answered if action == "answer" else question.is_new
        if not allowed:
            messages.error(request, _("This question has already been handled."))
            return redirect("patientquestion:handle", question.pk)
        if action == "decline":
            decline([question])
            messages.success(request, _("The question was declined."))
            return redirect("patientquestion:index")
        if action == "answer" and answer_form.is_valid():
            entry = get_object_or_404(EntryPage, pk=answer_form.cleaned_data["entry"], live=True)
            chosen = [question, *(similar if answer_form.cleaned_data["include_similar"] else [])]
            answered, sent = answer_with_entry(chosen, entry)
            messages.success(
                request,
                ngettext(
                    "%(count)d question answered with “%(title)s”.",
                    "%(count)d questions answered with “%(title)s”.",
                    answered,
                )
                % {"count": answered, "title": entry.title}
                + " "
                + ngettext("%(sent)d reply e-mailed.", "%(sent)d replies e-mailed.", sent)
                % {"sent": sent},
            )
            return redirect("patientquestion:index")
        if action == "draft" and draft_form.is_valid():
            category = draft_form.cleaned_data["category"]
            if not _can_add_entry(request, category):
                raise PermissionDenied
            chosen = [question, *(similar if draft_form.cleaned_data["include_similar"] else [])]
            entry = start_draft_entry(
                category, [q.text for q in chosen], user=request.user, questions=chosen
            )
            messages.success(
                request,
                _("A draft entry was started. Write its answer, then submit it for review."),
            )
            return redirect("wagtailadmin_pages:edit", entry.pk)

    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "questions/admin/handle.html",
        {
            "page_title": _("Patient's question"),
            "header_icon": "help",
            "question": question,
            "similar": similar,
            "answer_form": answer_form,
            "draft_form": draft_form,
            "can_change": can_change,
        },
        status=status,
    )


def gaps(request: HttpRequest) -> HttpResponse:
    """What patients asked that the FAQ did not answer well, grouped and ranked."""
    _require(request, VIEW)
    report = gaps_report()
    categories = CategoryPage.objects.select_related("locale").order_by("locale", "path")
    first_by_language: dict[str, int] = {}
    for category in categories:
        first_by_language.setdefault(category.locale.language_code, category.pk)
    for gap in report.gaps:
        gap.category_pk = first_by_language.get(gap.languages[0] if gap.languages else "")
    return render(
        request,
        "questions/admin/gaps.html",
        {
            "page_title": _("Gaps report"),
            "header_icon": "search",
            "report": report,
            "categories": categories,
            "can_change": request.user.has_perm(CHANGE),
        },
    )


@require_POST
def draft_from_gap(request: HttpRequest) -> HttpResponse:
    """Start a draft entry from one group of the gaps report."""
    _require(request, CHANGE)
    category = get_object_or_404(CategoryPage, pk=request.POST.get("category") or 0)
    if not _can_add_entry(request, category):
        raise PermissionDenied
    wordings = [
        w[:MAX_QUESTION_CHARS] for w in request.POST.getlist("wording")[:WORDINGS_FOR_DRAFT]
    ]
    if not any(w.strip() for w in wordings):
        messages.error(request, _("That group had no wordings left; the report has changed."))
        return redirect("questions_gaps:index")
    ids = [int(i) for i in request.POST.getlist("question") if i.isdecimal()]
    questions = list(PatientQuestion.objects.filter(pk__in=ids, status=PatientQuestion.Status.NEW))
    entry = start_draft_entry(category, wordings, user=request.user, questions=questions)
    messages.success(
        request, _("A draft entry was started. Write its answer, then submit it for review.")
    )
    return redirect(reverse("wagtailadmin_pages:edit", args=[entry.pk]))
