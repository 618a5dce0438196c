"""The pages patients read: home, categories, FAQ entries and plain pages."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Sum
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index

from patientfaq.editorial.blocks import SourcesBlock
from patientfaq.editorial.panels import ChangesSinceApprovalPanel, ReadingGradePanel
from patientfaq.editorial.translation import (
    MachineTranslationPanel,
    awaits_review_of_machine_translation,
)

from .reads import count_read


def in_source_language(page: Page) -> Page | None:
    """The same page in the site's main language, if `page` is a translation of it."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return None
    return page.get_translation_or_none(Locale.get_default())


class FallbackRoutingMixin:
    """Serve the main-language page where a translation does not exist yet, instead of a 404.

    /es/symptoms/what-is-myoclonus/ finds the Spanish category; when that category has no
    Spanish entry of this name, the English entry is served (its template says so).
    """

    def route(self, request: HttpRequest, path_components: list[str]) -> Any:
        try:
            return super().route(request, path_components)  # type: ignore[misc]
        except Http404:
            source = in_source_language(self)  # type: ignore[arg-type]
            if not path_components or source is None:
                raise
            return source.specific.route(request, path_components)


def _with_untranslated(own: list[Page], source_pages: list[Page]) -> list[Page]:
    """`own` pages, then pages of the main language that have no translation among them."""
    keys = {page.translation_key for page in own}
    return own + [page for page in source_pages if page.translation_key not in keys]


class HomePage(FallbackRoutingMixin, Page):
    intro = models.TextField(
        blank=True,
        verbose_name=_("Welcome text"),
        help_text=_("One or two sentences above the box."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["faq.CategoryPage", "faq.StandardPage"]
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        categories = list(CategoryPage.objects.child_of(self).live().public())
        source = in_source_language(self)
        if source is not None:
            categories = _with_untranslated(
                categories, list(CategoryPage.objects.child_of(source).live().public())
            )
        context["categories"] = categories
        context["most_read"] = most_read_entries(self)
        return context


class CategoryPage(FallbackRoutingMixin, Page):
    intro = models.TextField(blank=True, verbose_name=_("Introduction"))
    review_every_months = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        verbose_name=_("Clinical review every (months)"),
        help_text=_(
            "How long an approved entry in this topic stays current before it is due for review "
            "again, such as 12 or 24. Leave empty to use the site's default."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    settings_panels = [*Page.settings_panels, FieldPanel("review_every_months")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["faq.HomePage"]
    subpage_types = ["faq.EntryPage"]

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def entries(self) -> list[EntryPage]:
        """This topic's live entries; in a translation, untranslated ones in the main language."""
        live = EntryPage.objects.live().public().select_related("locale").order_by("path")
        own = list(live.child_of(self))
        source = in_source_language(self)
        if source is None:
            return own
        theirs = live.child_of(source)
        return _with_untranslated(own, list(theirs))


class EntryPage(Page):
    """One FAQ entry. The page title is the question, as a patient would ask it."""

    short_answer = models.TextField(
        max_length=400,
        verbose_name=_("Short answer"),
        help_text=_("One or two plain sentences, shown before the full answer and in results."),
    )
    answer = RichTextField(verbose_name=_("Full answer"))
    also_asked = models.TextField(
        blank=True,
        verbose_name=_("Also asked as"),
        help_text=_(
            "Other ways patients ask this question, one per line. They help the search find "
            "this entry."
        ),
    )
    sources = StreamField(SourcesBlock(), blank=True, verbose_name=_("Sources"))
    change_note = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("What changed, for readers"),
        help_text=_(
            "Shown in the entry's public change log once this version is published, such as "
            "'Updated the treatment section.' Write a new note whenever readers would notice "
            "the change; leave it as it is for typo fixes."
        ),
    )

    content_panels = [
        MachineTranslationPanel(heading=_("Machine translation")),
        ChangesSinceApprovalPanel(),
        ReadingGradePanel(),
        FieldPanel("title", heading=_("Question")),
        FieldPanel("short_answer"),
        FieldPanel("answer"),
        FieldPanel("also_asked"),
        FieldPanel("sources"),
        InlinePanel("related_links", heading=_("Related entries"), label=_("Related entry")),
        FieldPanel("change_note"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("short_answer"),
        index.SearchField("answer"),
        index.SearchField("also_asked"),
    ]
    parent_page_types = ["faq.CategoryPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("FAQ entry")
        verbose_name_plural = _("FAQ entries")

    @property
    def question(self) -> str:
        return self.title

    def phrasings(self) -> list[str]:
        return [line.strip() for line in self.also_asked.splitlines() if line.strip()]

    def answer_text(self) -> str:
        return strip_tags(self.answer.replace("</p>", "</p>\n").replace("</li>", "</li>\n"))

    def current_review(self) -> Any:
        return self.review_records.order_by("-reviewed_on", "-pk").first()

    def review_every_months(self) -> int:
        """Months an approval stays current: the topic's own cadence, else the site's."""
        category = self.get_parent().specific
        months = getattr(category, "review_every_months", None)
        return months or settings.PATIENTFAQ_REVIEW_INTERVAL_MONTHS

    def change_log(self) -> Any:
        """What changed for readers, newest first, as the editors wrote it when publishing."""
        return self.changes.order_by("-published_on", "-pk")

    def related_entries(self) -> list[EntryPage]:
        """The entries the editors linked (in this entry's language where translated), or else
        its first sibling entries; public ones only."""
        chosen = [link.entry_id for link in self.related_links.all()]
        if chosen:
            found = EntryPage.objects.filter(pk__in=chosen).live().public().select_related("locale")
            entries = {entry.pk: entry for entry in found}
            translated = {
                entry.translation_key: entry
                for entry in EntryPage.objects.live()
                .public()
                .filter(locale_id=self.locale_id)
                .filter(translation_key__in=[entry.translation_key for entry in entries.values()])
                .select_related("locale")
            }
            related = [entries[pk] for pk in chosen if pk in entries]
            if related:
                return [translated.get(entry.translation_key, entry) for entry in related]
        siblings = EntryPage.objects.sibling_of(self, inclusive=False).live().public()
        return list(siblings.select_related("locale").order_by("path")[:3])

    def serve(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        # The static exporter renders every entry; it is not a reader.
        response = super().serve(request, *args, **kwargs)
        if "patientfaq.static_export" not in request.META:
            count_read(self.pk)
            # A copy kept for other readers counts each of them too.
            response.on_read = partial(count_read, self.pk)
        return response

    def machine_translation_pending(self) -> bool:
        return awaits_review_of_machine_translation(self)

    def translation_note(self) -> dict[str, Any] | None:
        """For a translation: its source entry and whether the source changed since."""
        source = in_source_language(self)
        if source is None:
            return None
        source_changed = bool(
            source.last_published_at
            and self.last_published_at
            and source.last_published_at > self.last_published_at
        )
        return {"source": source, "out_of_date": source_changed}


class RelatedEntry(Orderable):
    page = ParentalKey(EntryPage, on_delete=models.CASCADE, related_name="related_links")
    entry = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("Entry")
    )

    panels = [PageChooserPanel("entry", "faq.EntryPage")]


class StandardPage(Page):
    """About, Donate, Advisory board, Editorial policy, Accessibility, Privacy."""

    intro = models.TextField(blank=True, verbose_name=_("Introduction"))
    body = RichTextField(verbose_name=_("Body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["faq.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("plain page")


class EntryReadCount(models.Model):
    """How often an entry was read on a day. A count only: nothing about the reader."""

    entry = models.ForeignKey(EntryPage, on_delete=models.CASCADE, related_name="read_counts")
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["entry", "day"], name="one_count_a_day")]

    def __str__(self) -> str:
        return f"{self.entry_id} on {self.day}: {self.count}"

    @classmethod
    def record(cls, entry_id: int, day: date | None = None, count: int = 1) -> None:
        day = day or timezone.localdate()
        updated = cls.objects.filter(entry_id=entry_id, day=day).update(count=F("count") + count)
        if not updated:
            counter, created = cls.objects.get_or_create(
                entry_id=entry_id, day=day, defaults={"count": count}
            )
            if not created:
                cls.objects.filter(pk=counter.pk).update(count=F("count") + count)


def most_read_entries(home: Page, limit: int = 6, days: int = 90) -> list[EntryPage]:
    """The live entries under `home` read most in the last `days` days, topped up in tree order."""
    since = timezone.localdate() - timezone.timedelta(days=days)
    entries = EntryPage.objects.descendant_of(home).live().public()
    ranked = list(
        entries.filter(read_counts__day__gte=since)
        .annotate(reads=Sum("read_counts__count"))
        .order_by("-reads", "path")[:limit]
    )
    if len(ranked) < limit:
        seen = {entry.pk for entry in ranked}
        ranked += [e for e in entries.order_by("path")[: limit * 2] if e.pk not in seen]
    return ranked[:limit]
