from typing import Any

from django.http import HttpRequest
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from patientfaq.publishing.page_cache import kept_part

from .models import HomePage


def site_navigation(request: HttpRequest) -> dict[str, Any]:
    """The home page and the menu for the reader's language, on every page including errors."""
    if request.path.startswith("/admin/"):
        return {}
    site = Site.find_for_request(request)
    if site is None:
        return {}
    return kept_part(("navigation", site.pk, get_language()), lambda: _navigation(site))


def _navigation(site: Site) -> dict[str, Any]:
    home = site.root_page.specific
    try:
        home = home.get_translation(Locale.get_active())
    except (Page.DoesNotExist, Locale.DoesNotExist):
        pass
    if not isinstance(home, HomePage):
        return {"home_page": home, "menu_pages": []}
    return {"home_page": home, "menu_pages": list(home.get_children().live().public().in_menu())}
