from typing import Any

from django.http import HttpRequest
from django.utils.translation import get_language
from wagtail.models import Site

from patientfaq.publishing.page_cache import kept_part

from .models import LocalisedOrganisation, Organisation


def organisation(request: HttpRequest) -> dict[str, Any]:
    """`organisation`: the charity's identity and disclaimer in the reader's language."""
    if request.path.startswith("/admin/"):
        return {}
    language = get_language() or "en"
    site = Site.find_for_request(request)
    if site is None:
        return {"organisation": LocalisedOrganisation(Organisation.for_request(request), language)}
    localised = kept_part(
        ("organisation", site.pk, language),
        lambda: LocalisedOrganisation(Organisation.for_site(site), language),
    )
    return {"organisation": localised}
