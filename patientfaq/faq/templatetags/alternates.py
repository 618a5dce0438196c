from typing import Any

from django import template
from wagtail.models import Page

from patientfaq.publishing.public import absolute_url

register = template.Library()


@register.simple_tag(takes_context=True)
def alternate_links(context: template.Context) -> list[dict[str, str]]:
    """hreflang alternates: each live language version of the page, and x-default."""
    page, request = context.get("page"), context.get("request")
    if not isinstance(page, Page) or not page.pk or request is None:
        return []
    versions: list[Any] = list(
        page.get_translations(inclusive=True).live().public().select_related("locale")
    )
    links = [
        {
            "hreflang": version.locale.language_code,
            "href": absolute_url(version.get_url(request) or "/", request),
        }
        for version in versions
    ]
    default = next((v for v in versions if v.locale.language_code == "en"), None)
    if default is not None:
        links.append(
            {
                "hreflang": "x-default",
                "href": absolute_url(default.get_url(request) or "/", request),
            }
        )
    return links
