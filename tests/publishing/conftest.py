import json
import re

import pytest
from wagtail.models import PageViewRestriction

from patientfaq.faq.models import CategoryPage, EntryPage

SECRETS = ("SECRET-DRAFT", "SECRET-PRIVATE", "SECRET-UNAPPROVED")


def json_ld(html: str) -> dict:
    """The page's one JSON-LD block, parsed."""
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1, f"expected one JSON-LD block, found {len(blocks)}"
    return json.loads(blocks[0])


def node(data: dict, kind: str) -> dict:
    found = [item for item in data["@graph"] if item["@type"] == kind]
    assert len(found) == 1, f"expected one {kind}, found {len(found)}"
    return found[0]


def _new_entry(category: CategoryPage, slug: str, words: str, *, publish: bool) -> EntryPage:
    entry = EntryPage(
        title=f"What does {words} mean?",
        slug=slug,
        short_answer=f"{words} short answer.",
        answer=f"<p>{words} full answer.</p>",
        live=publish,
    )
    category.add_child(instance=entry)
    revision = entry.save_revision()
    if publish:
        revision.publish()
    return entry


@pytest.fixture
def hidden_pages(myoclonus):
    """A draft entry, a private entry, and words saved on a live entry but not yet approved."""
    category = myoclonus.get_parent().specific
    draft = _new_entry(category, "draft-entry", "SECRET-DRAFT", publish=False)
    private = _new_entry(category, "private-entry", "SECRET-PRIVATE", publish=True)
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="letmein"
    )
    pending = EntryPage.objects.get(pk=myoclonus.pk)
    pending.title = "SECRET-UNAPPROVED question"
    pending.short_answer = "SECRET-UNAPPROVED short answer."
    pending.save_revision()
    return {"draft": draft, "private": private, "pending": myoclonus}


def assert_no_secrets(text: str, where: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"{secret} appears in {where}"
    assert "private-entry" not in text and "draft-entry" not in text, where
