"""Carla prints the myoclonus entry for her neurologist: one or two pages, nothing missing."""

import re

from .conftest import SCREENSHOTS

PRINTOUTS = SCREENSHOTS.parent / "print"
ENTRY = "/en/symptoms/what-is-myoclonus/"


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def test_an_entry_prints_on_two_pages_at_most_with_everything_a_doctor_needs(site, desktop):
    desktop.goto(site + ENTRY)
    desktop.emulate_media(media="print")
    for kept in (
        "h1",
        ".short-answer",
        ".full-answer",
        ".review-record",
        ".disclaimer-box",
        ".sources",
        ".page-address",
    ):
        assert desktop.locator(kept).first.is_visible(), f"{kept} is missing from the printout"
    for dropped in (".tools-row", ".site-nav", ".ask-prompt", ".feedback", ".site-footer", "form"):
        assert not desktop.locator(dropped).first.is_visible(), f"{dropped} is printed"
    assert "Page address: http" in desktop.locator(".page-address").inner_text()

    PRINTOUTS.mkdir(parents=True, exist_ok=True)
    for paper in ("Letter", "A4"):
        pdf = desktop.pdf(path=str(PRINTOUTS / f"entry-{paper}.pdf"), format=paper)
        pages = page_count(pdf)
        print(f"the myoclonus entry prints on {pages} {paper} pages")
        assert 1 <= pages <= 2
