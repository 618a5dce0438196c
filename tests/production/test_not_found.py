"""A patient who followed a dead link can still ask their question."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_missing_page_under_a_language_offers_the_question_box(client, language):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'id="ask-notfound"' in html
    assert f'action="/{language}/search/"' in html
    assert f'lang="{language}"' in html
