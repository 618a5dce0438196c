from typing import Any

from django.http import HttpRequest
from django.utils.translation import get_language

from .models import LocalisedOrganisation, Organisation


def organisation(request: HttpRequest) -> dict[str, Any]:
    """`organisation`: the charity's identity and disclaimer in the reader's language."""
    if request.path.startswith("/admin/"):
        return {}
    return {
        "organisation": LocalisedOrganisation(
            Organisation.for_request(request), get_language() or "en"
        )
    }
