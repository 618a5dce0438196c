"""Approving an entry in the clinical review workflow records who reviewed it and when."""

from datetime import date
from typing import Any

from django.conf import settings
from django.dispatch import receiver
from wagtail.models import TaskState
from wagtail.signals import task_approved

from .models import ReviewRecord, add_months
from .roles import REVIEWERS


@receiver(task_approved)
def record_clinical_review(
    sender: type, instance: TaskState, user: Any = None, **kwargs: Any
) -> None:
    from patientfaq.faq.models import EntryPage

    entry = instance.workflow_state.content_object
    if user is None or not isinstance(entry.specific, EntryPage):
        return
    if not (user.is_superuser or user.groups.filter(name=REVIEWERS).exists()):
        return
    profile = getattr(user, "reviewer_profile", None)
    today = date.today()
    ReviewRecord.objects.create(
        entry=entry.specific,
        revision=instance.revision,
        reviewer=user,
        reviewer_name=profile.display_name
        if profile
        else (user.get_full_name() or user.get_username()),
        reviewer_credential=profile.credential if profile else "",
        reviewed_on=today,
        next_review_due=add_months(today, settings.PATIENTFAQ_REVIEW_INTERVAL_MONTHS),
    )
