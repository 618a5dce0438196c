"""Dev's work laptop blocks JavaScript: he can still search, read, use the menu and the languages.

The controls that need JavaScript (text size, contrast, Print) stay out of his way.
"""


def test_dev_searches_and_reads_without_javascript(site, browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.set_default_timeout(10_000)
    try:
        page.goto(site + "/en/")
        assert not page.locator("[data-reading-controls]").is_visible()
        page.get_by_label("Ask your question").fill("sudden jerks in my arms, what is this?")
        with page.expect_navigation():
            page.get_by_label("Ask your question").press("Enter")
        assert page.get_by_role("heading", name="Answers to your question").is_visible()
        with page.expect_navigation():
            page.locator(".results a").first.click()
        assert page.get_by_role("heading", level=1).inner_text() == "What is myoclonus?"
        assert page.get_by_text("Medically reviewed by").is_visible()
        assert not page.get_by_role("button", name="Print this answer").is_visible()

        page.get_by_text("Select page").click()
        assert page.get_by_role("link", name="About us").first.is_visible()
        with page.expect_navigation():
            page.get_by_role("link", name="العربية").click()
        assert page.evaluate("document.documentElement.dir") == "rtl"
        assert page.get_by_role("heading", level=1).inner_text() == "What is myoclonus?"
    finally:
        context.close()
