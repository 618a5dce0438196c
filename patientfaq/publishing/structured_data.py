"""schema.org structured data (JSON-LD) for public pages: what search engines read about them.

Each function returns plain dicts; the `structured_data` template tag turns them into a
<script type="application/ld+json"> block in the page's head.
"""

from __future__ import annotations

import json
import re
from typing import Any

from django.http import HttpRequest
from django.utils.html import strip_tags
from wagtail.models import Page

from patientfaq.faq.models import CategoryPage, EntryPage, HomePage
from patientfaq.organisation.models import Organisation

from .public import absolute_url, approved_review, page_url

# 501(c)(3) and its siblings have their own schema.org names (NonprofitType).
US_NONPROFIT = re.compile(r"501\s*\(\s*c\s*\)\s*\(\s*(\d{1,2})\s*\)", re.IGNORECASE)
# Two to four capitalised words in a row: a person's name inside a sentence about founders.
PERSON_NAME = re.compile(r"\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}\b")
# Readers of this site: patients and the people who care for them.
MEDICAL_AUDIENCE = [
    {"@type": "MedicalAudience", "audienceType": "Patient"},
    {"@type": "MedicalAudience", "audienceType": "Caregiver"},
]


def plain_text(html: str) -> str:
    """Rich text as plain text, one line a paragraph, heading or list item."""
    spaced = re.sub(r"</(p|h[1-6]|li)>", "\n", html)
    lines = (" ".join(line.split()) for line in strip_tags(spaced).splitlines())
    return "\n".join(line for line in lines if line)


def nonprofit_status(charity_status: str) -> str:
    """The schema.org NonprofitType for a status like '501(c)(3) public charity', else the text."""
    found = US_NONPROFIT.search(charity_status)
    if found:
        return f"https://schema.org/Nonprofit501c{found.group(1)}"
    return charity_status


def founder_names(founders: str) -> list[str]:
    """The people named in the founders text: a plain list of names, or names in a sentence."""
    parts = [part.strip() for part in re.split(r",|;| and | & ", founders) if part.strip()]
    if parts and all(len(part.split()) <= 4 and part[:1].isupper() for part in parts):
        return parts
    return PERSON_NAME.findall(founders)


def organisation_id(request: HttpRequest | None) -> str:
    return absolute_url("/", request) + "#organisation"


def organisation_node(organisation: Organisation, request: HttpRequest | None) -> dict[str, Any]:
    """The charity as a schema.org NGO: legal name, status, tax ID, founders, contact."""
    node: dict[str, Any] = {
        "@type": "NGO",
        "@id": organisation_id(request),
        "name": organisation.legal_name,
        "legalName": organisation.legal_name,
        "url": absolute_url("/", request),
    }
    optional = {
        "nonprofitStatus": nonprofit_status(organisation.charity_status),
        "taxID": organisation.tax_id,
        "foundingDate": str(organisation.founded_year or ""),
        "description": organisation.mission,
        "email": organisation.contact_email,
        "telephone": organisation.contact_phone,
        "address": organisation.postal_address,
    }
    node.update({key: value for key, value in optional.items() if value})
    founders = founder_names(organisation.founders)
    if founders:
        node["founder"] = [{"@type": "Person", "name": name} for name in founders]
    return node


def breadcrumb_node(page: Page, request: HttpRequest | None) -> dict[str, Any]:
    """Home › category › entry, as a BreadcrumbList."""
    ancestors = page.get_ancestors().filter(depth__gte=2).select_related("locale")
    trail = [*ancestors, page]
    return {
        "@type": "BreadcrumbList",
        "@id": page_url(page, request) + "#breadcrumb",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": crumb.title,
                "item": page_url(crumb, request),
            }
            for position, crumb in enumerate(trail, start=1)
        ],
    }


def _question(entry: EntryPage, request: HttpRequest | None, text: str) -> dict[str, Any]:
    return {
        "@type": "Question",
        "name": entry.title,
        "inLanguage": entry.locale.language_code,
        "acceptedAnswer": {"@type": "Answer", "text": text, "url": page_url(entry, request)},
    }


def _sources(entry: EntryPage) -> list[dict[str, Any]]:
    cited = []
    for source in entry.sources:
        value = source.value
        work: dict[str, Any] = {"@type": "CreativeWork", "name": value.get("title", "")}
        if value.get("url"):
            work["url"] = value["url"]
        elif value.get("doi"):
            work["url"] = f"https://doi.org/{value['doi']}"
        elif value.get("pmid"):
            work["url"] = f"https://pubmed.ncbi.nlm.nih.gov/{value['pmid']}/"
        if value.get("publisher"):
            work["publisher"] = value["publisher"]
        cited.append(work)
    return cited


def entry_node(entry: EntryPage, request: HttpRequest | None) -> dict[str, Any]:
    """A MedicalWebPage: the question, who reviewed it with what credential, when, for whom."""
    url = page_url(entry, request)
    node: dict[str, Any] = {
        "@type": "MedicalWebPage",
        "@id": url + "#page",
        "url": url,
        "name": entry.title,
        "headline": entry.title,
        "description": entry.short_answer,
        "inLanguage": entry.locale.language_code,
        "medicalAudience": MEDICAL_AUDIENCE,
        "publisher": {"@id": organisation_id(request)},
        "breadcrumb": {"@id": url + "#breadcrumb"},
        "mainEntity": _question(entry, request, plain_text(entry.answer)),
    }
    if entry.first_published_at:
        node["datePublished"] = entry.first_published_at.date().isoformat()
    if entry.last_published_at:
        node["dateModified"] = entry.last_published_at.date().isoformat()
    review = approved_review(entry)
    if review is not None:
        reviewer: dict[str, Any] = {"@type": "Person", "name": review.reviewer_name}
        if review.reviewer_credential:
            reviewer["hasCredential"] = {
                "@type": "EducationalOccupationalCredential",
                "name": review.reviewer_credential,
            }
        node["lastReviewed"] = review.reviewed_on.isoformat()
        node["reviewedBy"] = reviewer
    sources = _sources(entry)
    if sources:
        node["citation"] = sources
    return node


def category_node(category: CategoryPage, request: HttpRequest | None) -> dict[str, Any]:
    """An FAQPage whose questions are the topic's entries, each with its short answer."""
    url = page_url(category, request)
    questions = [_question(entry, request, entry.short_answer) for entry in category.entries()]
    return {
        "@type": "FAQPage",
        "@id": url + "#page",
        "url": url,
        "name": category.title,
        "inLanguage": category.locale.language_code,
        "publisher": {"@id": organisation_id(request)},
        "breadcrumb": {"@id": url + "#breadcrumb"},
        "mainEntity": questions,
    }


def plain_page_node(page: Page, request: HttpRequest | None) -> dict[str, Any]:
    url = page_url(page, request)
    kind = "WebSite" if isinstance(page, HomePage) else "WebPage"
    return {
        "@type": kind,
        "@id": url + "#page",
        "url": url,
        "name": page.title,
        "inLanguage": page.locale.language_code,
        "publisher": {"@id": organisation_id(request)},
    }


def structured_data(
    page: Page, organisation: Organisation, request: HttpRequest | None
) -> dict[str, Any]:
    """The JSON-LD graph for one public page: the page, its breadcrumb and the organisation."""
    page = page.specific
    if isinstance(page, EntryPage):
        main = entry_node(page, request)
    elif isinstance(page, CategoryPage):
        main = category_node(page, request)
    else:
        main = plain_page_node(page, request)
    graph = [main, organisation_node(organisation, request)]
    if page.depth > 2:
        graph.append(breadcrumb_node(page, request))
    return {"@context": "https://schema.org", "@graph": graph}


def as_script_json(data: dict[str, Any]) -> str:
    """JSON safe to place inside a <script> element: no '<', '>' or '&' can close it early."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
