from django import template
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Page

from patientfaq.organisation.models import Organisation

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
