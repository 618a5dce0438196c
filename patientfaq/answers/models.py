"""The urgent-sign lists editors keep per language, and who to call, per language."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from patientfaq.engine.urgent import parse_phrases, validate_phrase

LANGUAGE_CHOICES = settings.LANGUAGES


class UrgentSignRule(models.Model):
    """One urgent sign in one language: the phrases that show it, editable by staff."""

    language = models.CharField(max_length=10, choices=LANGUAGE_CHOICES, verbose_name=_("Language"))
    key = models.SlugField(
        max_length=60,
        verbose_name=_("Sign"),
        help_text=_(
            "A short name for the sign, such as prolonged_seizure. Signs that share it "
            "across languages are the same sign."
        ),
    )
    label = models.CharField(
        max_length=200,
        verbose_name=_("Plain description"),
        help_text=_("Shown to the patient under 'What we noticed'."),
    )
    phrases = models.TextField(
        verbose_name=_("Phrases"),
        help_text=_(
            "One phrase per line. Words in order, with up to 2 other words between them; "
            '"quoted words" side by side; breath* for any ending; fit|fits for either word; '
            "5+ for any number from 5; fever + stiff neck for both ideas in one sentence; "
            "a line starting with - is an exception; # starts a comment."
        ),
    )
    active = models.BooleanField(default=True, verbose_name=_("In use"))
    updated_at = models.DateTimeField(auto_now=True)
    # The digest of the label and phrases last copied from the project's sign file: while the
    # sign still matches it, staff have not changed it, and it follows the file on upgrades.
    shipped = models.CharField(max_length=64, blank=True, editable=False)

    panels = [
        FieldPanel("language"),
        FieldPanel("key"),
        FieldPanel("label"),
        FieldPanel("phrases"),
        FieldPanel("active"),
    ]

    class Meta:
        ordering = ["language", "key"]
        constraints = [
            models.UniqueConstraint(
                fields=["language", "key"], name="one_rule_per_sign_and_language"
            )
        ]
        verbose_name = _("urgent sign")

    def __str__(self) -> str:
        return f"{self.label} ({self.language})"

    @property
    def changed_on_this_site(self) -> bool:
        """True when staff changed the sign since it was copied from the project's file."""
        return shipped_digest(self.label, parse_phrases(self.phrases)) != self.shipped

    def clean(self) -> None:
        problems = []
        for number, phrase in enumerate(parse_phrases(self.phrases), start=1):
            message = validate_phrase(phrase, self.language)
            if message:
                problems.append(
                    _("Line %(number)s (%(phrase)s): %(message)s")
                    % {"number": number, "phrase": phrase, "message": message}
                )
        if not parse_phrases(self.phrases):
            problems.append(_("Write at least one phrase."))
        if problems:
            raise ValidationError({"phrases": problems})


def shipped_digest(label: str, phrases: Iterable[str]) -> str:
    """Return the digest that says whether a sign's label and phrases are as shipped."""
    return hashlib.sha256("\n".join([label.strip(), *phrases]).encode()).hexdigest()


class UrgentCareContact(models.Model):
    """Who to call in one language, when it differs from the organisation's numbers."""

    language = models.CharField(
        max_length=10, choices=LANGUAGE_CHOICES, unique=True, verbose_name=_("Language")
    )
    emergency_number = models.CharField(max_length=40, verbose_name=_("Emergency number"))
    crisis_line = models.CharField(max_length=200, blank=True, verbose_name=_("Crisis line"))

    panels = [FieldPanel("language"), FieldPanel("emergency_number"), FieldPanel("crisis_line")]

    class Meta:
        verbose_name = _("urgent care contact")

    def __str__(self) -> str:
        return f"{self.get_language_display()}: {self.emergency_number}"


class SearchIndexVersion(models.Model):
    """One row: how many changes the searchable entries have seen, for every app process to
    compare with the version its own index is at."""

    version = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"search index version {self.version}"


class SearchIndexChange(models.Model):
    """An entry whose searchable form changed (published, edited, withdrawn, moved...) in one
    version; processes behind that version re-read it."""

    version = models.BigIntegerField(db_index=True)
    entry_id = models.BigIntegerField()
    recorded_at = models.DateTimeField(auto_now_add=True, db_index=True)

    def __str__(self) -> str:
        return f"entry {self.entry_id} in version {self.version}"
