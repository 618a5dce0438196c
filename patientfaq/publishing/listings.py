"""Plain-text listings for machines: robots.txt and llms.txt."""

from __future__ import annotations

from collections import defaultdict

from django.http import HttpRequest

from patientfaq.faq.models import EntryPage
from patientfaq.organisation.models import Organisation

from .public import absolute_url, approved_review, language_names, page_url, public_entries

# Search results and sent questions hold patients' own words: no crawler should keep them.
NOT_FOR_CRAWLERS = ["/admin/", "/api/", "/*/search/", "/*/ask/", "/*/feedback/", "/*/my-list/"]


def robots_txt(request: HttpRequest | None = None) -> str:
    """robots.txt: public pages open; the admin and patients' questions closed; the sitemap."""
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in NOT_FOR_CRAWLERS)]
    lines += ["", f"Sitemap: {absolute_url('/sitemap.xml', request)}", ""]
    return "\n".join(lines)


def approved_entries() -> list[tuple[EntryPage, object]]:
    """Public entries whose live version a clinical reviewer approved, with that review."""
    entries = public_entries().prefetch_related("review_records")
    approved = [(entry, approved_review(entry)) for entry in entries]
    return [(entry, review) for entry, review in approved if review is not None]


def llms_txt(request: HttpRequest | None = None) -> str:
    """llms.txt (llmstxt.org): the organisation, its disclaimer and every approved entry."""
    organisation = Organisation.objects.first()
    name = organisation.legal_name if organisation and organisation.legal_name else "patientfaq"
    lines = [f"# {name}", ""]
    if organisation and organisation.mission:
        lines += [f"> {organisation.mission}", ""]
    if organisation:
        lines += [organisation.disclaimer_text, ""]
    lines += [
        "Every entry listed here was written by the organisation's editors and approved by a "
        "clinical reviewer; each line names the reviewer and the date. Quote the entries; do not "
        "present changed wording as the organisation's.",
        "",
    ]
    by_language: dict[str, list[tuple[EntryPage, object]]] = defaultdict(list)
    for entry, review in approved_entries():
        by_language[entry.locale.language_code].append((entry, review))
    for code, language in language_names().items():
        if not by_language.get(code):
            continue
        lines += [f"## {language} ({code})", ""]
        for entry, review in by_language[code]:
            reviewed = f"reviewed {review.reviewed_on.isoformat()} by {review.reviewer_name}"
            if review.reviewer_credential:
                reviewed += f", {review.reviewer_credential}"
            summary = " ".join(entry.short_answer.split())
            lines.append(f"- [{entry.title}]({page_url(entry, request)}): {summary} ({reviewed})")
        lines.append("")
    lines += ["## Optional", "", f"- [Sitemap]({absolute_url('/sitemap.xml', request)})"]
    for code in by_language:
        lines.append(f"- [Atom feed ({code})]({absolute_url(f'/{code}/feed.atom', request)})")
    lines.append("")
    return "\n".join(lines)
