"""Which translations came from a machine translator and still wait for a clinician's approval."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel
from wagtail.models import Page


def has_machine_translated_text(page: Page) -> bool:
    """True when wagtail-localize filled any of this page's text with a machine translator."""
    from wagtail_localize.models import StringTranslation

    return StringTranslation.objects.filter(
        locale=page.locale,
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
        context__object__translation_key=page.translation_key,
    ).exists()


def awaits_review_of_machine_translation(page: Page) -> bool:
    """Machine-translated text that no clinical reviewer has approved in its latest version."""
    if not has_machine_translated_text(page):
        return False
    records = getattr(page, "review_records", None)
    review = records.order_by("-pk").first() if records is not None else None
    return review is None or (review.revision_id or 0) < (page.latest_revision_id or 0)


class MachineTranslationPanel(Panel):
    """A warning on the edit form of a translation that a machine drafted."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "editorial/panels/machine_translation.html"

        def is_shown(self) -> bool:
            return bool(self.instance.pk) and awaits_review_of_machine_translation(self.instance)

        def get_context_data(self, parent_context: Any = None) -> dict[str, Any]:
            context = super().get_context_data(parent_context)
            context["message"] = _(
                "Machine translated: a machine translator wrote some of this text. It stays "
                "marked until a clinical reviewer approves this version."
            )
            return context
