"""The language switcher: the page the reader is on, in each interface language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import template
from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

register = template.Library()


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    current: bool
    bidi: bool


def _translation_urls(page: Any, request: HttpRequest) -> dict[str, str]:
    """The addresses of `page`'s live translations (itself included), by language code."""
    if not isinstance(page, Page) or not page.pk:
        return {}
    versions = page.get_translations(inclusive=True).live().select_related("locale")
    return {version.locale.language_code: version.get_url(request) for version in versions}


def _address_in(code: str, request: HttpRequest | None, translated: dict[str, str]) -> str:
    if request is None:
        return f"/{code}/"
    if translated.get(code):
        return translated[code]
    here = request.get_full_path()
    # Untranslated pages are served under every language prefix, in the original words.
    there = translate_url(here, code)
    return there if there != here or code == get_language() else f"/{code}/"


@register.simple_tag(takes_context=True)
def language_links(context: template.Context) -> list[LanguageLink]:
    """One link a language, in that language's own name, to where the reader is now."""
    request = context.get("request")
    translated = _translation_urls(context.get("page"), request) if request else {}
    current = get_language()
    return [
        LanguageLink(
            code=code,
            name=name,
            url=_address_in(code, request, translated),
            current=code == current,
            bidi=get_language_info(code)["bidi"],
        )
        for code, name in settings.LANGUAGES
    ]


@register.simple_tag
def lang_attrs(language_code: str) -> str:
    """lang and dir for text written in another language than the page around it, else ''."""
    if not language_code or language_code == get_language():
        return ""
    direction = "rtl" if get_language_info(language_code)["bidi"] else "ltr"
    return format_html(' lang="{}" dir="{}"', language_code, direction)


@register.simple_tag(takes_context=True)
def reader_url(context: template.Context, page: Page) -> str:
    """The page's address under the reader's language, where untranslated pages are served too."""
    url = page.get_url(context.get("request")) or ""
    prefix = f"/{page.locale.language_code}/"
    reader = get_language()
    return f"/{reader}/{url[len(prefix) :]}" if reader and url.startswith(prefix) else url
