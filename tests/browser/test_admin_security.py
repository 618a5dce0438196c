"""Staff use the Wagtail admin under the site's Content-Security-Policy without breakage."""

from patientfaq.faq.models import EntryPage

WATCH_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
});
"""


def watched(page) -> list[str]:
    """Collect Content-Security-Policy complaints from the console as the page runs."""
    complaints: list[str] = []
    page.add_init_script(WATCH_VIOLATIONS)
    page.on(
        "console",
        lambda message: (
            complaints.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return complaints


def test_the_admin_login_and_page_editor_load_with_no_policy_violations(
    writable_site, desktop, django_user_model
):
    django_user_model.objects.create_superuser("sam", "sam@example.org", "a long passphrase")
    complaints = watched(desktop)
    desktop.goto(writable_site + "/admin/login/")
    desktop.fill("#id_username", "sam")
    desktop.fill("#id_password", "a long passphrase")
    desktop.click("button[type=submit]")
    desktop.wait_for_url(writable_site + "/admin/")
    entry = EntryPage.objects.get(slug="what-is-myoclonus", locale__language_code="en")
    desktop.goto(f"{writable_site}/admin/pages/{entry.pk}/edit/", timeout=60_000)
    desktop.wait_for_selector(".Draftail-Editor [contenteditable=true]", timeout=30_000)
    desktop.wait_for_load_state("networkidle", timeout=60_000)
    assert desktop.evaluate("window.cspViolations") == []
    assert complaints == []


def test_public_pages_run_under_the_strict_policy_with_no_violations(site, desktop):
    complaints = watched(desktop)
    for path in ["/en/", "/en/search/?q=what+is+myoclonus", "/ar/"]:
        desktop.goto(site + path)
        desktop.wait_for_load_state("networkidle")
        assert desktop.evaluate("window.cspViolations") == [], path
    assert complaints == []


def test_asking_from_the_not_found_page_finds_the_answer(site, desktop):
    complaints = watched(desktop)
    response = desktop.goto(site + "/en/no-such-page/")
    assert response.status == 404
    desktop.fill("#ask-notfound", "my arm jerks suddenly, what is it")
    desktop.press("#ask-notfound", "Enter")
    desktop.wait_for_url("**/en/search/?q=*")
    assert "myoclonus" in desktop.inner_text("main").lower()
    assert desktop.evaluate("window.cspViolations") == [] and complaints == []
