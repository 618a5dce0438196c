"""sitemap.xml: every public page in every language, with its hreflang alternates."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.conf import settings
from wagtail.contrib.sitemaps import Sitemap

from .public import page_url, public_pages


class PublicPagesSitemap(Sitemap):
    """Wagtail's sitemap over all languages; lastmod is the page's last publication."""

    def items(self) -> Any:
        return public_pages(self.get_wagtail_site()).select_related("locale")

    def _urls(self, page: int, protocol: str, domain: str) -> list[dict[str, Any]]:
        pages = list(self.paginator.page(page).object_list)
        versions: dict[Any, list[Any]] = defaultdict(list)
        for item in pages:
            versions[item.translation_key].append(item)
        urls = []
        for item in pages:
            alternates = [
                {"lang_code": other.locale.language_code, "location": page_url(other, self.request)}
                for other in versions[item.translation_key]
            ]
            default = [a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE]
            if len(alternates) > 1 and default:
                alternates.append({"lang_code": "x-default", "location": default[0]["location"]})
            urls.append(
                {
                    "item": item,
                    "location": page_url(item, self.request),
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": alternates if len(alternates) > 1 else [],
                }
            )
        lastmods = [url["lastmod"] for url in urls if url["lastmod"]]
        if lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
