"""Fifty classic cross-site scripting payloads typed into every field an editor or a patient
fills, then every page that shows them opened in Chromium: none may run (each would open a
dialog)."""

import datetime
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils.html import escape

from patientfaq.faq.models import EntryPage
from patientfaq.organisation.models import Organisation
from patientfaq.questions.models import PatientQuestion, SearchRecord

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.model]
PAYLOADS = (Path(__file__).parent / "xss_payloads.txt").read_text().splitlines()


def _chunks(limit: int) -> list[str]:
    """The payloads joined by spaces into strings of at most `limit` characters."""
    chunks = [""]
    for payload in PAYLOADS:
        if len(chunks[-1]) + len(payload) + 1 > limit:
            chunks.append("")
        chunks[-1] = f"{chunks[-1]} {payload}".strip()
    return chunks


def _editors_fill_everything() -> list[EntryPage]:
    """Entries and organisation details with every payload in every text field."""
    category = EntryPage.objects.get(slug="what-is-myoclonus", locale__language_code="en")
    category = category.get_parent()
    entries = []
    for number, title in enumerate(_chunks(200)):
        entry = EntryPage(
            title=title,
            slug=f"xss-{number}",
            short_answer=_chunks(400)[number % len(_chunks(400))],
            answer="".join(f"<p>{escape(p)}</p>" for p in PAYLOADS),
            also_asked="\n".join(PAYLOADS),
            change_note=_chunks(200)[0],
        )
        category.add_child(instance=entry)
        entry.sources = [
            (
                "web",
                {
                    "title": _chunks(300)[0],
                    "authors": _chunks(300)[-1],
                    "publisher": _chunks(200)[0],
                    "year": 2024,
                    "url": "https://example.org/?" + urlencode({"q": PAYLOADS[0]}),
                },
            )
        ]
        entry.save_revision().publish()
        entries.append(entry)
    organisation = Organisation.objects.first()
    for field in ("legal_name", "founders", "charity_status", "contact_phone", "crisis_line"):
        limit = Organisation._meta.get_field(field).max_length
        setattr(organisation, field, _chunks(limit)[0])
    for field in ("mission", "postal_address", "disclaimer", "funding_statement"):
        setattr(organisation, field, "\n".join(PAYLOADS))
    organisation.save()
    return entries


def _patients_send_everything() -> None:
    today = datetime.date.today()
    for number, payload in enumerate(PAYLOADS):
        PatientQuestion.objects.create(
            text=f"what is {payload}?", language="en", received_on=today, fingerprint=f"x{number}"
        )
        SearchRecord.objects.create(
            text=f"tremor {payload}", language="en", day=today, answered=False
        )


def test_no_payload_runs_anywhere_it_is_shown(writable_site, browser):
    entries = _editors_fill_everything()
    _patients_send_everything()
    admin = get_user_model().objects.create_superuser("xss-admin", "x@example.org", "pw")
    staff = Client()
    staff.force_login(admin)

    # The Content-Security-Policy would stop inline handlers anyway; without it, the test
    # shows that escaping alone keeps every payload inert.
    context = browser.new_context(bypass_csp=True)
    context.add_cookies(
        [{"name": "sessionid", "value": staff.cookies["sessionid"].value, "url": writable_site}]
    )
    page = context.new_page()
    page.set_default_timeout(20_000)
    ran: list[str] = []
    page.on(
        "dialog", lambda dialog: (ran.append(f"{page.url}: {dialog.message}"), dialog.dismiss())
    )
    page.goto(writable_site + "/en/")
    page.evaluate("document.body.insertAdjacentHTML('beforeend', '<img src=x onerror=alert(0)>')")
    page.wait_for_timeout(500)
    assert len(ran) == 1
    ran.clear()
    # Titles differ between entries: their category lists them all.
    addresses = [entries[0].url, entries[-1].url, entries[0].get_parent().url]
    addresses += ["/en/", "/en/ask/", "/en/search/?" + urlencode({"q": " ".join(PAYLOADS)})]
    addresses += ["/en/ask/?" + urlencode({"q": PAYLOADS[0]}), "/api/answers/?q=%3Cscript%3E"]
    addresses += ["/admin/questions/inbox/", "/admin/questions/gaps/"]
    addresses += [f"/admin/pages/{entries[0].pk}/edit/"]
    try:
        for address in addresses:
            response = page.goto(writable_site + address)
            assert response is not None and response.status < 500, address
            page.wait_for_timeout(100)  # onerror and onload handlers fire after loading
            if address.startswith("/en/"):
                assert "alert(" in page.content()  # the payloads are on the page, as text
    finally:
        context.close()
    assert ran == []
    print(f"{len(PAYLOADS)} payloads, {len(addresses)} pages: {len(ran)} ran")
