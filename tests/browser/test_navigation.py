"""A patient on a phone finds their way from the home page to an entry, by menu and by search."""

from .conftest import screenshot


def test_a_patient_on_a_phone_reaches_an_entry_through_the_menu(site, phone):
    phone.goto(site + "/")
    assert phone.get_by_label("Ask your question").is_visible()
    menu = phone.get_by_text("Select page")
    menu.click()
    phone.get_by_role("link", name="Symptoms and signs").first.click()
    phone.get_by_role("link", name="What is myoclonus?").click()
    assert phone.get_by_role("heading", level=1).inner_text() == "What is myoclonus?"
    assert phone.get_by_text("Medically reviewed by").is_visible()
    assert phone.get_by_role("heading", name="Medical disclaimer").count() == 1
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"the entry scrolls sideways on a phone ({width}px wide)"
    screenshot(phone, "entry-phone")


def test_the_home_page_on_a_desktop(site, desktop):
    desktop.goto(site + "/en/")
    assert desktop.get_by_role("heading", name="Topics").is_visible()
    assert desktop.get_by_role("heading", name="Most read").is_visible()
    screenshot(desktop, "home-desktop")
