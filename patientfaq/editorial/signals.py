"""Approving an entry records who reviewed it and when; publishing it logs what changed."""

from datetime import date
from typing import Any

from django.dispatch import receiver
from wagtail.models import TaskState
from wagtail.signals import page_published, task_approved

from .models import EntryChange, ReviewRecord, add_months
from .roles import REVIEWERS


@receiver(task_approved)
def record_clinical_review(
    sender: type, instance: TaskState, user: Any = None, **kwargs: Any
) -> None:
    from patientfaq.faq.models import EntryPage

    from .citations import confirm_sources

    entry = instance.workflow_state.content_object
    if user is None or not isinstance(entry.specific, EntryPage):
        return
    if not (user.is_superuser or user.groups.filter(name=REVIEWERS).exists()):
        return
    entry = entry.specific
    approved = instance.revision.as_object() if instance.revision else entry
    profile = getattr(user, "reviewer_profile", None)
    today = date.today()
    ReviewRecord.objects.create(
        entry=entry,
        revision=instance.revision,
        reviewer=user,
        reviewer_name=profile.display_name
        if profile
        else (user.get_full_name() or user.get_username()),
        reviewer_credential=profile.credential if profile else "",
        reviewed_on=today,
        next_review_due=add_months(today, entry.review_every_months()),
        note=instance.comment or "",
        sources_confirmed=confirm_sources(approved, getattr(instance, "sources_ticked", False)),
    )


@receiver(page_published)
def log_change_for_readers(
    sender: type, instance: Any, revision: Any = None, **kwargs: Any
) -> None:
    """A new line in the entry's public change log when its editor wrote a new note."""
    note = getattr(instance, "change_note", "").strip()
    if not note:
        return
    last = EntryChange.objects.filter(entry=instance).order_by("-published_on", "-pk").first()
    if last is not None and last.note == note:
        return
    EntryChange.objects.create(
        entry=instance, revision=revision, published_on=date.today(), note=note
    )
