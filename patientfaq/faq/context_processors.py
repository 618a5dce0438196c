from typing import Any

from django.http import HttpRequest
from wagtail.models import Locale, Page, Site

from .models import HomePage


def site_navigation(request: HttpRequest) -> dict[str, Any]:
    """The home page and the menu for the reader's language, on every page including errors."""
    if request.path.startswith("/admin/"):
        return {}
    site = Site.find_for_request(request)
    if site is None:
        return {}
    home = site.root_page.specific
    try:
        home = home.get_translation(Locale.get_active())
    except (Page.DoesNotExist, Locale.DoesNotExist):
        pass
    if not isinstance(home, HomePage):
        return {"home_page": home, "menu_pages": []}
    return {"home_page": home, "menu_pages": list(home.get_children().live().public().in_menu())}
