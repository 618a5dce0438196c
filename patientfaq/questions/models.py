"""What patients asked and searched for, kept without anything that identifies them.

No row holds a time of day, an IP address, a user agent, a session or an account: only the
masked words, the language and the date. `purge_questions` deletes rows older than
QUESTION_RETENTION_DAYS and keeps the daily counts in `DailyCount`.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

MAX_QUESTION_CHARS = 2000


class SearchRecord(models.Model):
    """One search on the site or through the API, for the gaps report."""

    text = models.TextField(verbose_name=_("Search, with personal data masked"))
    language = models.CharField(max_length=12, verbose_name=_("Language"))
    answered = models.BooleanField(verbose_name=_("Answered"))
    top_score = models.FloatField(null=True, blank=True, verbose_name=_("Best score"))
    day = models.DateField(db_index=True, verbose_name=_("Date"))

    class Meta:
        verbose_name = _("search")
        verbose_name_plural = _("searches")

    def __str__(self) -> str:
        return self.text[:80]


class PatientQuestion(models.Model):
    """A question a patient sent to the organisation from the site."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        ANSWERED = "answered", _("Answered with an entry")
        DRAFTED = "drafted", _("Turned into a draft entry")
        DECLINED = "declined", _("Declined")

    text = models.TextField(verbose_name=_("Question"))
    language = models.CharField(max_length=12, verbose_name=_("Language"))
    received_on = models.DateField(db_index=True, verbose_name=_("Received"))
    # Counts the same words sent again on the same day by someone else; the text is stored once.
    times_asked = models.PositiveIntegerField(default=1, verbose_name=_("Times asked"))
    fingerprint = models.CharField(max_length=64, editable=False)
    urgent = models.BooleanField(default=False, verbose_name=_("Urgent signs"))
    reply_email = models.EmailField(
        blank=True,
        verbose_name=_("Reply to"),
        help_text=_("Kept only when the patient agreed, and deleted once they have a reply."),
    )
    status = models.CharField(
        max_length=12,
        choices=Status.choices,
        default=Status.NEW,
        db_index=True,
        verbose_name=_("Status"),
    )
    entry = models.ForeignKey(
        "faq.EntryPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Entry"),
        help_text=_("The entry that answered it, or the draft it became."),
    )
    handled_on = models.DateField(null=True, blank=True, verbose_name=_("Handled"))

    class Meta:
        ordering = ["-received_on", "-pk"]
        verbose_name = _("patient's question")
        verbose_name_plural = _("patients' questions")
        constraints = [
            models.UniqueConstraint(
                fields=["fingerprint", "received_on"], name="one_question_text_a_day"
            )
        ]
        permissions = [("export_patientquestion", _("Can export patients' questions"))]

    def __str__(self) -> str:
        return self.text if len(self.text) <= 80 else self.text[:79] + "…"

    @property
    def wants_reply(self) -> bool:
        return bool(self.reply_email)

    @property
    def is_new(self) -> bool:
        return self.status == self.Status.NEW

    @property
    def can_be_answered(self) -> bool:
        # A drafted question is answered once its entry is published, so the asker hears back.
        return self.status in {self.Status.NEW, self.Status.DRAFTED}


class EntryFeedback(models.Model):
    """One answer to "Did this answer your question?" under an entry."""

    class Reason(models.TextChoices):
        DIFFERENT_QUESTION = "different", _("It answers a different question")
        HARD_TO_UNDERSTAND = "hard", _("It is hard to understand")
        NOT_ENOUGH = "not_enough", _("It does not say enough")
        OUT_OF_DATE = "out_of_date", _("It seems out of date or wrong")

    entry = models.ForeignKey(
        "faq.EntryPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("Entry")
    )
    helpful = models.BooleanField(verbose_name=_("Helpful"))
    reason = models.CharField(
        max_length=16, blank=True, choices=Reason.choices, verbose_name=_("Reason")
    )
    day = models.DateField(db_index=True, verbose_name=_("Date"))

    class Meta:
        verbose_name = _("entry feedback")
        verbose_name_plural = _("entry feedback")

    def __str__(self) -> str:
        return f"{self.entry_id} {'yes' if self.helpful else 'no'} {self.day}"


class DailyCount(models.Model):
    """How many searches, questions and votes a day had, kept after the rows are purged."""

    class Kind(models.TextChoices):
        SEARCHES = "searches", _("Searches")
        UNANSWERED_SEARCHES = "unanswered", _("Searches without an answer")
        QUESTIONS = "questions", _("Questions sent in")
        HELPFUL = "helpful", _("Answered my question")
        NOT_HELPFUL = "not_helpful", _("Did not answer my question")

    day = models.DateField(verbose_name=_("Date"))
    kind = models.CharField(max_length=16, choices=Kind.choices, verbose_name=_("What"))
    language = models.CharField(max_length=12, blank=True, verbose_name=_("Language"))
    count = models.PositiveIntegerField(default=0, verbose_name=_("Count"))

    class Meta:
        ordering = ["-day", "kind"]
        verbose_name = _("daily count")
        constraints = [
            models.UniqueConstraint(fields=["day", "kind", "language"], name="one_count_a_kind")
        ]

    def __str__(self) -> str:
        return f"{self.day} {self.kind} {self.language}: {self.count}"
