"""Importing in the admin: upload a file, see the drafts it proposes, confirm; and confirming the
organisation details an imported page proposed. Both call the same functions as the command."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Site

from patientfaq.faq.models import HomePage
from patientfaq.organisation.models import Organisation

from .exchange.export import READERS, format_for
from .exchange.importer import import_reading
from .exchange.rows import MAX_FILE_BYTES, FileRefused
from .models import ImportUpload, SettingsProposal

# The organisation fields an imported page may propose, in the order the admin shows them.
PROPOSABLE = [
    "legal_name", "charity_status", "tax_id", "founded_year", "founders", "mission",
    "contact_email", "contact_phone", "disclaimer",
]  # fmt: skip
CHANGE_ORGANISATION = "organisation.change_organisation"
KEPT_FOR = timedelta(days=1)


class UploadForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("File"))
    format = forms.ChoiceField(
        label=gettext_lazy("Format"),
        choices=[("", gettext_lazy("From the file's name"))]
        + [(name, name) for name in sorted(READERS)],
        required=False,
    )
    category = forms.CharField(
        label=gettext_lazy("Category for entries that name none"), required=False
    )


def may_import(user: Any) -> bool:
    """Whoever may add pages under a home page may import entries as drafts."""
    home = HomePage.objects.first()
    return bool(home and home.permissions_for_user(user).can_add_subpage())


def import_entries(request: HttpRequest) -> HttpResponse:
    """Upload → preview of proposed drafts → confirm; nothing is stored before the confirm."""
    if not may_import(request.user):
        raise PermissionDenied
    if request.method == "POST" and request.POST.get("upload"):
        return _confirm(request, int(request.POST["upload"]))
    form = UploadForm(request.POST or None, request.FILES or None)
    context: dict[str, Any] = {"form": form, "proposals": _open_proposals(request)}
    if request.method == "POST" and form.is_valid():
        uploaded = form.cleaned_data["file"]
        fmt = form.cleaned_data["format"] or format_for(uploaded.name)
        if uploaded.size > MAX_FILE_BYTES:
            form.add_error("file", _("The file is larger than 20 MB; split it."))
        elif fmt is None:
            form.add_error("format", _("Choose the file's format."))
        else:
            data = uploaded.read()
            try:
                reading = READERS[fmt](data)
            except FileRefused as error:
                form.add_error("file", str(error))
            else:
                # A preview nobody confirmed within a day is forgotten.
                ImportUpload.objects.filter(uploaded_at__lt=timezone.now() - KEPT_FOR).delete()
                upload = ImportUpload.objects.create(
                    user=request.user,
                    filename=uploaded.name[:200],
                    format=fmt,
                    category=form.cleaned_data["category"],
                    data=data,
                )
                context.update(reading=reading, upload=upload)
    status = 400 if request.method == "POST" and form.errors else 200
    return render(request, "api/admin/import.html", context, status=status)


def _confirm(request: HttpRequest, pk: int) -> HttpResponse:
    upload = get_object_or_404(ImportUpload, pk=pk, user=request.user)
    try:
        reading = READERS[upload.format](bytes(upload.data))
    except FileRefused as error:
        messages.error(request, str(error))
        return redirect("api_import")
    report = import_reading(
        reading, source=upload.filename, user=request.user, category=upload.category
    )
    upload.delete()
    return render(
        request,
        "api/admin/import.html",
        {"form": UploadForm(), "report": report, "proposals": _open_proposals(request)},
    )


def _open_proposals(request: HttpRequest) -> list[SettingsProposal]:
    if not request.user.has_perm(CHANGE_ORGANISATION):
        return []
    return list(SettingsProposal.objects.filter(applied_at__isnull=True)[:10])


def proposal(request: HttpRequest, pk: int) -> HttpResponse:
    """The organisation details a page proposed beside today's; apply the ticked ones."""
    if not request.user.has_perm(CHANGE_ORGANISATION):
        raise PermissionDenied
    proposed = get_object_or_404(SettingsProposal, pk=pk)
    organisation = Organisation.for_site(Site.objects.get(is_default_site=True))
    rows = [
        {"name": name, "label": Organisation._meta.get_field(name).verbose_name,
         "current": getattr(organisation, name), "proposed": proposed.proposed[name]}
        for name in PROPOSABLE if name in proposed.proposed
    ]  # fmt: skip
    notes = {k: v for k, v in proposed.proposed.items() if k not in PROPOSABLE}
    if request.method == "POST":
        chosen = [row for row in rows if request.POST.get(row["name"])]
        for row in chosen:
            setattr(organisation, row["name"], row["proposed"])
        try:
            organisation.full_clean()
        except forms.ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            organisation.save()
            proposed.applied_at = timezone.now()
            proposed.save(update_fields=["applied_at"])
            messages.success(
                request,
                _("%(n)s organisation details were applied.") % {"n": len(chosen)},
            )
            return redirect("api_import")
    return render(
        request,
        "api/admin/proposal.html",
        {"proposal": proposed, "rows": rows, "notes": notes},
    )
