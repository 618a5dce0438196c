from typing import Any

from django import template
from wagtail.models import Page

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
            "href": request.build_absolute_uri(version.get_url(request)),
        }
        for version in versions
    ]
    default = next((v for v in versions if v.locale.language_code == "en"), None)
    if default is not None:
        links.append(
            {"hreflang": "x-default", "href": request.build_absolute_uri(default.get_url(request))}
        )
    return links
