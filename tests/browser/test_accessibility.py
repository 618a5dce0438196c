"""axe-core finds no serious or critical problem on any kind of public page, in English or Arabic.

Counts of every violation, whatever its impact, are printed so a creeping total is seen early.
"""

from urllib.parse import quote

import pytest
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from .conftest import SERIOUS, axe_violations

PAGE_TYPES = {
    "home": "/{lang}/",
    "category": "/{lang}/symptoms/",
    "entry": "/{lang}/symptoms/what-is-myoclonus/",
    "results": "/{lang}/search/?q=" + quote("sudden jerks in my arms, what is this?"),
    "no-answer": "/{lang}/search/?q=" + quote("how do I renew my passport"),
    "plain page": "/{lang}/about/",
    "trust page": "/{lang}/trust/",
    "404": "/{lang}/no-such-page/",
}
LANGUAGES = ("en", "ar")


def check(page, axe_source: str, name: str, address: str) -> list[str]:
    """Prints the page's violation count; returns its serious and critical problems."""
    page.goto(address)
    violations = axe_violations(page, axe_source)
    counts = ", ".join(f"{v['id']} ({v['impact']})" for v in violations) or "none"
    print(f"axe {name:<16} {len(violations)} violations: {counts}")
    return [
        f"{name}: {v['id']} ({v['impact']}) {v['help']} at {v['targets']}"
        for v in violations
        if v["impact"] in SERIOUS
    ]


def test_no_public_page_has_a_serious_accessibility_problem(site, desktop, axe_source):
    problems = []
    for lang in LANGUAGES:
        for kind, path in PAGE_TYPES.items():
            address = site + path.format(lang=lang)
            problems += check(desktop, axe_source, f"{lang} {kind}", address)
    assert desktop.evaluate("document.documentElement.dir") == "rtl"
    assert not problems, "\n".join(problems)


def test_the_ask_form_has_no_serious_accessibility_problem(site, desktop, axe_source):
    try:
        paths = {}
        for lang in LANGUAGES:
            with translation.override(lang):
                paths[lang] = reverse("ask")
    except NoReverseMatch:
        pytest.skip("the 'Ask the organisation' form (URL name 'ask', /en/ask/) does not exist yet")
    problems = []
    for lang, path in paths.items():
        problems += check(desktop, axe_source, f"{lang} ask form", site + path)
    assert not problems, "\n".join(problems)
