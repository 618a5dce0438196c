from typing import Any

from django import template
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Page

from patientfaq.answers.safety import urgent_contacts
from patientfaq.organisation.models import Organisation

from ..export import export_options
from ..public import absolute_url
from ..structured_data import as_script_json, structured_data

register = template.Library()


@register.simple_tag(takes_context=True)
def structured_data_json(context: template.Context) -> SafeString:
    """The page's JSON-LD, escaped for a <script> element; '' on pages that are not Wagtail's."""
    page, request = context.get("page"), context.get("request")
    if not isinstance(page, Page) or not page.pk or request is None:
        return mark_safe("")
    if getattr(request, "is_preview", False):
        return mark_safe("")
    organisation = Organisation.for_request(request)
    return mark_safe(as_script_json(structured_data(page, organisation, request)))  # noqa: S308


# What a static export holds of the site's server features: handouts (when exported), no forms.
EXPORTED = {"handout"}


@register.simple_tag(takes_context=True)
def site_link(context: template.Context, name: str, *args: Any) -> str:
    """The address of a site feature, or '' where the page must leave its link out.

    On the live site, the feature's own address. On a static export, the exported copy
    (handouts, in the page's own language, so each is written once), else the live site's
    address when the export names one, else ''.
    """
    request = context.get("request")
    options = export_options(request)
    path = reverse(name, args=args)
    if options is None:
        return path
    page = context.get("page")
    if name == "handout" and options.handouts and isinstance(page, Page):
        with translation.override(page.locale.language_code):
            return reverse(name, args=args)
    if name in EXPORTED and options.handouts:
        return path
    return options.live_url(path)


@register.simple_tag(takes_context=True)
def static_search(context: template.Context) -> dict[str, Any] | None:
    """On an exported search page: where to ask and the urgent numbers; else None."""
    request = context.get("request")
    options = export_options(request)
    if options is None:
        return None
    language = translation.get_language() or "en"
    emergency_number, crisis_line = urgent_contacts(language, Organisation.for_request(request))
    return {
        "answer_api": options.live_url("/api/v1/answers/"),
        "index": f"/{language}/search/entries.json",
        "emergency_number": emergency_number,
        "crisis_line": crisis_line,
    }


@register.simple_tag(takes_context=True)
def full_address(context: template.Context, path: str) -> str:
    """`path` as a full public address (the exported site's own, in an export)."""
    return absolute_url(path, context.get("request"))
