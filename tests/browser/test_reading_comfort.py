"""Ben reads on an old phone with tired eyes: bigger text, high contrast, nothing moving.

His choices stay in his own browser (no cookie, so no banner) and apply before anything is
drawn. At 400% zoom (320 CSS px of a 1280 px window) and on a 320 px phone nothing scrolls
sideways, at normal and at the largest text size.
"""

from urllib.parse import quote

import pytest

from .conftest import SCREENSHOTS, SERIOUS, axe_violations, screenshot

ENTRY = "/en/symptoms/what-is-myoclonus/"
PAGES = {
    "home": "/en/",
    "entry": ENTRY,
    "results": "/en/search/?q=" + quote("sudden jerks in my arms, what is this?"),
    "arabic-entry": "/ar" + ENTRY[3:],
}
# Records the reading settings at the moment <body> starts, before any of it can be drawn.
AT_BODY = """new MutationObserver((changes, observer) => {
    if (document.body) {
        const html = document.documentElement;
        window.atBody = [html.getAttribute("data-text-size"), html.getAttribute("data-contrast")];
        observer.disconnect();
    }
}).observe(document, {childList: true, subtree: true});"""
MOTION = """() => document.getAnimations().length
    + [...document.querySelectorAll("*")].filter(el => {
        const style = getComputedStyle(el);
        return style.animationName !== "none" || parseFloat(style.transitionDuration) > 0;
    }).length"""


@pytest.fixture
def zoomed(browser):
    """A 1280 px window at 400% zoom lays out like this: 320 CSS px wide."""
    context = browser.new_context(
        viewport={"width": 320, "height": 640}, device_scale_factor=2, reduced_motion="reduce"
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def sideways_scroll(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def test_ben_makes_the_text_bigger_and_the_contrast_higher_and_it_is_remembered(
    site, zoomed, axe_source
):
    page = zoomed
    page.add_init_script(AT_BODY)
    page.goto(site + ENTRY)
    cookies_before = page.context.cookies()
    normal = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")

    largest_text = page.get_by_role("group", name="Text size").get_by_role("button", name="A++")
    high_contrast = page.get_by_role("button", name="High contrast")
    largest_text.click()
    high_contrast.click()
    assert largest_text.get_attribute("aria-pressed") == "true"
    assert high_contrast.get_attribute("aria-pressed") == "true"
    largest = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert largest >= 1.5 * normal
    assert page.context.cookies() == cookies_before, "reading choices must not set a cookie"

    for name, path in PAGES.items():
        page.goto(site + path)
        assert page.evaluate("window.atBody") == ["3", "high"], f"{name} flashed at normal size"
        assert sideways_scroll(page) <= 0, f"{name} scrolls sideways at 400% zoom with A++"
        if "entry" in name:
            screenshot(page, f"{name}-400pc-zoom-largest-text-high-contrast")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    page.goto(site + ENTRY)
    violations = axe_violations(page, axe_source)
    print(f"axe entry, A++ and high contrast: {len(violations)} violations")
    assert not [v for v in violations if v["impact"] in SERIOUS], violations

    page.get_by_role("group", name="Text size").get_by_role("button", name="A normal").click()
    page.get_by_role("button", name="High contrast").click()
    page.reload()
    assert page.evaluate("window.atBody") == [None, None]
    assert page.evaluate("Object.keys(localStorage)") == []


def test_pages_fit_a_320_pixel_phone_at_normal_and_largest_text_and_nothing_moves(site, browser):
    context = browser.new_context(viewport={"width": 320, "height": 640}, device_scale_factor=2)
    page = context.new_page()
    page.set_default_timeout(10_000)
    try:
        for size in ("1", "3"):
            page.goto(site + "/en/")
            page.evaluate(f"localStorage.setItem('patientfaq.textSize', '{size}')")
            for name, path in PAGES.items():
                page.goto(site + path)
                assert sideways_scroll(page) <= 0, f"{name} scrolls sideways at text size {size}"
                screenshot(page, f"{name}-phone-320-text-size-{size}")
        page.locator('[data-text-size="2"]').click()  # the last page is in Arabic
        assert page.evaluate(MOTION) == 0, "something on the page moves"
    finally:
        context.close()


def test_the_entry_on_a_desktop_in_both_contrasts(site, desktop):
    desktop.goto(site + ENTRY)
    screenshot(desktop, "entry-desktop")
    desktop.get_by_role("button", name="High contrast").click()
    screenshot(desktop, "entry-desktop-high-contrast")
    desktop.keyboard.press("Tab")
    desktop.keyboard.press("Tab")
    desktop.screenshot(path=str(SCREENSHOTS / "entry-desktop-focus-ring.png"))
