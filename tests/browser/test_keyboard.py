"""Ada has tremor and uses only the keyboard: she asks, reads, prints and switches language.

Every stop on her way shows a clear focus ring, and what she presses is big enough to hit.
"""

from urllib.parse import unquote

import pytest
from django.urls import NoReverseMatch, reverse

# Where focus is now: the element, whether it shows, and its focus ring.
FOCUS = """() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
        tag: el.tagName.toLowerCase(), text: (el.innerText || el.value || "").trim().slice(0, 40),
        ring: style.outlineStyle !== "none" ? parseFloat(style.outlineWidth) : 0,
        shown: box.width > 0 && box.height > 0,
    };
}"""

# Controls outside running text, with their size in CSS pixels.
TARGETS = """() => [...document.querySelectorAll(
        "button, input, select, textarea, summary, [role=button], header a, nav a, .cards a, "
        + ".entry-list a, .results a, .footer-links a"
    )].filter(el => el.getClientRects().length && getComputedStyle(el).visibility !== "hidden")
    .map(el => {
        const box = el.getBoundingClientRect();
        const label = (el.innerText || el.value || el.name || "").trim().slice(0, 30);
        return {
            what: el.tagName.toLowerCase() + " " + label,
            width: box.width, height: box.height,
            main: el.matches("button, input[type=submit], summary, .button"),
        };
    })"""


def tab_to(page, selector: str, limit: int = 60, backwards: bool = False) -> list[dict]:
    """Presses Tab until `selector` has focus; returns each stop on the way, checked for a ring."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        stop = page.evaluate(FOCUS)
        stops.append(stop)
        assert stop["shown"], f"focus went to something invisible: {stop}"
        assert stop["ring"] >= 2, f"no visible focus ring on {stop}"
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return stops
    raise AssertionError(f"{selector} not reached in {limit} presses of Tab: {stops[-5:]}")


def small_targets(page) -> list[str]:
    problems = []
    for target in page.evaluate(TARGETS):
        least = 44 if target["main"] else 24
        if target["width"] < least or target["height"] < least:
            problems.append(f"{target['what']!r} is {target['width']:.0f}×{target['height']:.0f}")
    return problems


def test_ada_asks_reads_prints_and_switches_language_with_the_keyboard(site, desktop):
    page = desktop
    page.add_init_script("window.print = () => { window.printed = true; };")
    page.goto(site + "/en/")
    assert not small_targets(page), small_targets(page)

    tab_to(page, ".skip-link", limit=1)
    page.keyboard.press("Enter")
    tab_to(page, "#ask-home", limit=1)
    page.keyboard.type("sudden jerks in my arms, what is this?")
    press_enter_and_wait(page)
    assert "sudden jerks" in unquote(page.url.replace("+", " "))
    assert not small_targets(page), small_targets(page)

    tab_to(page, ".results a")
    press_enter_and_wait(page)
    assert page.get_by_role("heading", level=1).inner_text() == "What is myoclonus?"
    assert not small_targets(page), small_targets(page)

    tab_to(page, "[data-print]")
    page.keyboard.press("Enter")
    assert page.evaluate("window.printed === true")

    tab_to(page, ".languages a[lang=ar]", backwards=True)
    press_enter_and_wait(page)
    assert page.url.endswith("/ar/symptoms/what-is-myoclonus/")
    assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == [
        "ar",
        "rtl",
    ]


def press_enter_and_wait(page) -> None:
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_ada_sends_a_question_with_the_keyboard(site, desktop):
    try:
        ask = reverse("ask")
    except NoReverseMatch:
        pytest.skip("the 'Ask the organisation' form (URL name 'ask', /en/ask/) does not exist yet")
    page = desktop
    page.goto(site + "/en/search/?q=how+do+I+renew+my+passport")
    tab_to(page, f".ask-prompt a[href^='{ask}']")
    press_enter_and_wait(page)
    assert not small_targets(page), small_targets(page)
    tab_to(page, "textarea")
    page.keyboard.press("Control+A")
    page.keyboard.type("Can I drive a car after autoimmune encephalitis?")
    # The form first shows the closest answers, then sends on the second press.
    for _step in ("check", "send"):
        tab_to(page, "form button[type=submit]")
        press_enter_and_wait(page)
    assert page.get_by_role("heading", level=1).inner_text() == "Thank you for your question"
