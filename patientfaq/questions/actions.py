"""One function per change to a question or a vote: views, the admin and commands call these."""

from __future__ import annotations

import logging
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from patientfaq.engine.urgent import UrgentHit, default_detector
from patientfaq.faq.models import CategoryPage, EntryPage

from .masking import mask_personal_data
from .models import EntryFeedback, PatientQuestion
from .ratelimit import seen_before
from .text import keyed_hash, normalised

logger = logging.getLogger(__name__)


@dataclass
class Submission:
    question: PatientQuestion
    created: bool
    urgent_signs: list[UrgentHit] = field(default_factory=list)


def urgent_signs_in(text: str, language: str) -> list[UrgentHit]:
    """Urgent signs in the words, as the search finds them (the lists editors keep)."""
    try:
        from patientfaq.answers.safety import urgent_signs

        return list(urgent_signs(text, language))
    except (ImportError, AttributeError):
        pass
    except Exception as error:
        logger.warning("Urgent signs from the admin lists failed (%s).", type(error).__name__)
    try:
        return list(default_detector(language).find(text))
    except Exception as error:
        logger.warning("Urgent-sign check failed (%s).", type(error).__name__)
        return []


def submit_question(
    text: str, language: str, reply_email: str = "", client: str = ""
) -> Submission:
    """Store a patient's question once, masked; the same words again today only count again.

    Words sent twice by the same client (a reload, a double click) are not counted twice.
    """
    masked = mask_personal_data(text.strip())
    reply_email = reply_email.strip().lower()
    signs = urgent_signs_in(text, language)
    fingerprint = keyed_hash("question", normalised(masked), reply_email)
    today = timezone.localdate()
    repeat_from_client = bool(client) and seen_before(client, fingerprint)
    try:
        with transaction.atomic():
            question = PatientQuestion.objects.create(
                text=masked,
                language=language[:12],
                received_on=today,
                fingerprint=fingerprint,
                urgent=bool(signs),
                reply_email=reply_email,
            )
        return Submission(question=question, created=True, urgent_signs=signs)
    except IntegrityError:
        question = PatientQuestion.objects.get(fingerprint=fingerprint, received_on=today)
    if not repeat_from_client:
        PatientQuestion.objects.filter(pk=question.pk).update(times_asked=F("times_asked") + 1)
        question.refresh_from_db()
    return Submission(question=question, created=False, urgent_signs=signs)


def record_feedback(entry: EntryPage, helpful: bool, reason: str = "") -> EntryFeedback:
    """Store one "did this answer your question?" vote, with no trace of who gave it."""
    if helpful or reason not in EntryFeedback.Reason.values:
        reason = ""
    return EntryFeedback.objects.create(
        entry=entry, helpful=helpful, reason=reason, day=timezone.localdate()
    )


def entry_address(entry: EntryPage) -> str:
    url = entry.get_url() or ""
    if url.startswith("/"):
        url = settings.SITE_URL.rstrip("/") + url
    return url


def _email_answer(question: PatientQuestion, entry: EntryPage) -> bool:
    with translation.override(question.language or settings.LANGUAGE_CODE):
        subject = _("An answer to your question")
        body = "\n\n".join(
            [
                _("Thank you for sending us your question:"),
                textwrap.indent(textwrap.fill(question.text, 72), "    "),
                _("We think this page of our FAQ answers it:"),
                f"{entry.title}\n{entry_address(entry)}",
                _(
                    "It is general information, not medical advice. If something is urgent, "
                    "call your local emergency number."
                ),
                _("We have now deleted your e-mail address. Please do not reply to this e-mail."),
            ]
        )
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [question.reply_email])
    except Exception as error:
        logger.warning(
            "A reply to a patient's question could not be sent (%s).", type(error).__name__
        )
        return False
    return True


def answer_with_entry(questions: Iterable[PatientQuestion], entry: EntryPage) -> tuple[int, int]:
    """Mark the questions answered by `entry` and e-mail those who asked for a reply.

    Returns how many questions were answered and how many e-mails were sent. An address is
    deleted once its reply has gone; it is kept if sending failed, so the editor can try again.
    """
    answered = sent = 0
    today = timezone.localdate()
    for question in questions:
        question.status = PatientQuestion.Status.ANSWERED
        question.entry = entry
        question.handled_on = today
        if question.reply_email and _email_answer(question, entry):
            question.reply_email = ""
            sent += 1
        question.save(update_fields=["status", "entry", "handled_on", "reply_email"])
        answered += 1
    return answered, sent


def decline(questions: Iterable[PatientQuestion]) -> int:
    """Close the questions without an answer; any reply address is deleted."""
    count = 0
    for question in questions:
        question.status = PatientQuestion.Status.DECLINED
        question.handled_on = timezone.localdate()
        question.reply_email = ""
        question.save(update_fields=["status", "handled_on", "reply_email"])
        count += 1
    return count


def draft_title(wording: str) -> str:
    """A page title from a patient's wording: one line, at most 255 characters."""
    return textwrap.shorten(" ".join(wording.split()), width=255, placeholder="…")


@transaction.atomic
def start_draft_entry(
    category: CategoryPage,
    wordings: list[str],
    user: object = None,
    questions: Iterable[PatientQuestion] = (),
) -> EntryPage:
    """Create an unpublished entry under `category` from patients' wordings, with a revision.

    The first wording becomes the question (the title) and all of them its "also asked as"
    lines; the questions it came from are marked as turned into this draft.
    """
    lines = list(dict.fromkeys(" ".join(w.split()) for w in wordings if w.strip()))
    if not lines:
        raise ValueError("A draft entry needs at least one wording.")
    entry = EntryPage(
        title=draft_title(lines[0]),
        short_answer="",
        answer="",
        also_asked="\n".join(lines),
        live=False,
        locale=category.locale,
        owner=user if getattr(user, "pk", None) else None,
    )
    category.add_child(instance=entry)
    # Like a draft saved in the admin: only title and slug must be valid until it is published.
    entry.save_revision(user=entry.owner, log_action=True, clean=False)
    today = timezone.localdate()
    for question in questions:
        question.status = PatientQuestion.Status.DRAFTED
        question.entry = entry
        question.handled_on = today
        question.save(update_fields=["status", "entry", "handled_on"])
    return entry
