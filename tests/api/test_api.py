"""The REST API: anyone reads what is published; staff write drafts with their own tokens, and
nothing written through the API goes live without a clinical reviewer's approval."""

import json

import pytest
from django.test import override_settings
from wagtail.models import APIToken, WorkflowState

from patientfaq.faq.models import CategoryPage, EntryPage

pytestmark = pytest.mark.django_db

PROBLEM = "application/problem+json"


def bearer(user) -> dict[str, str]:
    _token, secret = APIToken.create_token(user=user, name="test script")
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


def post_json(client, url: str, body, **headers):
    return client.post(url, json.dumps(body), content_type="application/json", **headers)


def patch_json(client, url: str, body, **headers):
    return client.patch(url, json.dumps(body), content_type="application/json", **headers)


def new_draft(client, headers, **fields):
    category = CategoryPage.objects.filter(locale__language_code="en").first()
    body = {
        "category": category.pk,
        "question": "Can I swim with epilepsy?",
        "short_answer": "Often yes, with someone watching.",
        "answer": "<p>Many people swim safely.</p><script>alert(1)</script>",
        **fields,
    }
    return post_json(client, "/api/v1/drafts/", body, **headers)


def test_anyone_reads_published_entries_with_their_review(client, myoclonus):
    data = client.get("/api/v1/entries/", {"language": "en"}).json()
    questions = [entry["question"] for entry in data["results"]]
    assert myoclonus.title in questions
    one = client.get(f"/api/v1/entries/{myoclonus.pk}/").json()
    assert one["short_answer"] == myoclonus.short_answer
    assert one["review"]["reviewed_by"]
    assert one["category"]["id"] == myoclonus.get_parent().pk


def test_a_draft_is_never_readable_without_a_token(client, alice):
    entry_id = new_draft(client, bearer(alice)).json()["id"]
    assert client.get(f"/api/v1/entries/{entry_id}/").status_code == 404
    assert client.get(f"/api/v1/drafts/{entry_id}/").status_code == 401
    listed = client.get("/api/v1/entries/", {"page_size": 200}).json()["results"]
    assert entry_id not in [entry["id"] for entry in listed]


def test_categories_and_the_organisation_with_its_disclaimer(client):
    categories = client.get("/api/v1/categories/").json()["results"]
    assert categories and all(c["entry_count"] >= 0 for c in categories)
    organisation = client.get("/api/v1/organisation/", {"language": "es"}).json()
    assert organisation["disclaimer"]
    assert organisation["tax_id"]
    assert organisation["financial_statements_url"].endswith("/es/financial-statements/")


@pytest.mark.model
def test_asking_puts_urgent_guidance_first_with_the_disclaimer(client):
    question = {"q": "he took too many pills and won't wake up", "language": "en"}
    data = post_json(client, "/api/v1/answers/", question).json()
    assert list(data)[0] == "urgent"
    assert data["urgent"]["emergency_number"] == "911"
    assert data["disclaimer"]
    assert client.get("/api/v1/answers/", question).json()["urgent"]["signs"]


def test_alice_drafts_changes_and_submits_but_nothing_goes_live(client, alice):
    headers = bearer(alice)
    response = new_draft(client, headers)
    assert response.status_code == 201, response.content
    draft = response.json()
    assert draft["live"] is False
    assert "<script>" not in draft["answer"]

    url = f"/api/v1/drafts/{draft['id']}/"
    changed = patch_json(client, url, {"short_answer": "Yes, with a friend watching."}, **headers)
    assert changed.status_code == 200
    assert changed.json()["short_answer"] == "Yes, with a friend watching."

    submitted = client.post(f"{url}submit/", **headers)
    assert submitted.status_code == 202
    entry = EntryPage.objects.get(pk=draft["id"])
    assert not entry.live
    assert WorkflowState.objects.filter(
        object_id=str(entry.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).exists()
    again = client.post(f"{url}submit/", **headers)
    assert again.status_code == 409
    assert again["Content-Type"] == PROBLEM


def test_an_editor_token_cannot_publish(client, alice, myoclonus):
    headers = bearer(alice)
    refused = new_draft(client, headers, live=True)
    assert refused.status_code == 400
    assert "clinical reviewer" in refused.json()["errors"]["live"][0]
    assert not EntryPage.objects.filter(title="Can I swim with epilepsy?").exists()

    url = f"/api/v1/drafts/{myoclonus.pk}/"
    assert patch_json(client, url, {"publish": True}, **headers).status_code == 400
    patch_json(client, url, {"question": "Changed through the API"}, **headers)
    for path in (f"{url}publish/", f"/api/v1/entries/{myoclonus.pk}/publish/"):
        assert client.post(path, **headers).status_code in (404, 405)
    myoclonus.refresh_from_db()
    assert myoclonus.title != "Changed through the API"
    assert client.get(f"/api/v1/entries/{myoclonus.pk}/").json()["question"] == myoclonus.title


def test_a_reviewer_token_submits_to_the_same_review(client, bob):
    draft = new_draft(client, bearer(bob)).json()
    client.post(f"/api/v1/drafts/{draft['id']}/submit/", **bearer(bob))
    assert not EntryPage.objects.get(pk=draft["id"]).live


def test_writing_needs_a_valid_token(client, alice):
    assert new_draft(client, {}).status_code == 401
    bad = new_draft(client, {"HTTP_AUTHORIZATION": "Bearer wagtail_notatoken"})
    assert bad.status_code == 401
    assert bad["Content-Type"] == PROBLEM
    token, secret = APIToken.create_token(user=alice, name="old")
    token.revoke()
    assert new_draft(client, {"HTTP_AUTHORIZATION": f"Bearer {secret}"}).status_code == 401


@pytest.mark.parametrize(
    "body, field",
    [
        ({"question": ""}, "question"),
        ({"question": "<b>Bold</b> question?"}, "question"),
        ({"answer": "<script>alert(1)</script>"}, "answer"),
        ({"answer": "x" * 100_001}, "answer"),
        ({"short_answer": "bad \x00 bytes"}, "short_answer"),
        ({"category": "seizures"}, "category"),
    ],
)
def test_bad_drafts_get_a_clear_problem(client, alice, body, field):
    response = new_draft(client, bearer(alice), **body)
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == PROBLEM
    assert field in response.json()["errors"]


def test_bodies_that_are_not_json_or_far_too_big_are_refused(client, alice):
    headers = bearer(alice)
    binary = client.post(
        "/api/v1/drafts/", b"\xff\xfe\x00\x01", content_type="application/json", **headers
    )
    assert binary.status_code == 400
    form = client.post("/api/v1/drafts/", {"question": "x"}, **headers)
    assert form.status_code == 415
    huge = client.post(
        "/api/v1/answers/", b"{" + b" " * 600_000 + b"}", content_type="application/json"
    )
    assert huge.status_code == 413
    assert huge["Content-Type"] == PROBLEM
    empty = client.post("/api/v1/answers/", b"", content_type="application/json")
    assert empty.status_code == 400


def test_an_empty_or_wordless_question_is_refused(client):
    for q in ("", "   ", "<<<>>>"):
        response = client.get("/api/v1/answers/", {"q": q})
        assert response.status_code == 400
        assert response.json()["errors"]["q"]
    wrong = client.get("/api/v1/answers/", {"q": "what is EEG", "language": "xx"})
    assert wrong.status_code == 400
    assert "language" in wrong.json()["errors"]


@override_settings(API_RATE_LIMIT_PER_ADDRESS=3)
def test_one_address_is_limited_with_a_clear_429(client):
    statuses = [client.get("/api/v1/categories/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    limited = client.get("/api/v1/categories/")
    assert limited["Content-Type"] == PROBLEM
    assert limited["Retry-After"]


@override_settings(API_RATE_LIMIT_PER_TOKEN=2)
def test_one_token_is_limited_whatever_its_address(client, alice):
    headers = bearer(alice)
    statuses = [
        client.get("/api/v1/categories/", REMOTE_ADDR=f"10.0.0.{n}", **headers).status_code
        for n in range(3)
    ]
    assert statuses == [200, 200, 429]


def test_unknown_api_addresses_are_problems_not_pages(client):
    response = client.get("/api/v1/no-such-thing/")
    assert response.status_code == 404
    assert response["Content-Type"] == PROBLEM
    assert client.get("/api/v1/entries/abc/").status_code == 400


def test_an_id_of_digits_int_cannot_read_is_a_clear_400(client):
    # "³" counts as a digit for str.isdigit() but int() refuses it (found by bench/fuzz_site.py).
    for address in ("/api/v1/categories/\u00b33/", "/api/v1/entries/\u00b2/"):
        response = client.get(address)
        assert response.status_code == 400
        assert response["Content-Type"] == PROBLEM


def test_my_list_ignores_ids_that_are_not_whole_numbers(client, myoclonus):
    response = client.get("/en/my-list/", {"entries": f"\u00b3,{myoclonus.pk},{'9' * 40}"})
    assert response.status_code == 200
    assert myoclonus.title in response.content.decode()


def test_the_schema_is_served_as_openapi_3(client):
    schema = client.get("/api/v1/schema/", {"format": "json"}).json()
    assert schema["openapi"].startswith("3.")
    assert "/api/v1/drafts/{id}/submit/" in schema["paths"]
    assert not any("publish" in path for path in schema["paths"])


def test_a_category_number_too_large_for_the_database_is_a_clear_problem(client):
    response = client.get("/api/v1/entries/", {"category": str(2**70)})
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == PROBLEM
    assert "category" in response.json()["errors"]
