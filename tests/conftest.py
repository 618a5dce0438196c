import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.utils import translation
from wagtail.models import Page, TaskState

from patientfaq.answers.index import reset_engine
from patientfaq.demo.loader import load_demo
from patientfaq.editorial.forms import sources_under_review
from patientfaq.editorial.models import ReviewerProfile
from patientfaq.editorial.roles import ADMINISTRATORS, EDITORS, REVIEWERS
from patientfaq.faq.models import EntryPage
from patientfaq.faq.reads import discard_unwritten
from patientfaq.publishing.page_cache import kept_pages

# Fixtures through which a test reaches the database (pytest-django's, and the session set-up).
DATABASE_FIXTURES = frozenset(
    {"db", "transactional_db", "django_db_setup", "django_db_reset_sequences", "live_server"}
)


# The database the settings name, before pytest-django points them at a test database.
CONFIGURED_DATABASE = connection.settings_dict["NAME"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--database-tests-only",
        action="store_true",
        help="run only the tests that reach the database; the rest cannot tell one database "
        "from another, so a second run on PostgreSQL after SQLite has nothing to learn from them",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not config.getoption("--database-tests-only"):
        return
    kept, dropped = [], []
    for item in items:
        reaches = item.get_closest_marker("django_db") or DATABASE_FIXTURES.intersection(
            getattr(item, "fixturenames", ())
        )
        (kept if reaches else dropped).append(item)
    config.hook.pytest_deselected(items=dropped)
    items[:] = kept


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the demo organisation; each test's changes are rolled back."""
    # Never into a database of real content: pytest-django renames the one it sets up.
    if connection.settings_dict["NAME"] == CONFIGURED_DATABASE:
        pytest.fail("no test database was set up; mark the test with pytest.mark.django_db")
    with django_db_blocker.unblock():
        load_demo()


@pytest.fixture(autouse=True)
def _two_factor_optional(settings):
    """Staff personas sign in with a password alone; tests of two-step verification require it."""
    settings.STAFF_TWO_FACTOR = "optional"


@pytest.fixture(autouse=True)
def _handouts_kept_apart(settings, tmp_path_factory):
    """Each test keeps the handouts it makes in a folder of its own, not in var/."""
    settings.HANDOUT_DIR = tmp_path_factory.mktemp("handouts")


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate limits, lockouts, groupings, kept pages and reads not yet written live in memory;
    every test starts without them."""
    cache.clear()
    kept_pages.clear()
    discard_unwritten()
    yield
    cache.clear()
    kept_pages.clear()
    discard_unwritten()


@pytest.fixture(autouse=True)
def _fresh_engine():
    """Each test's database is rolled back afterwards; the in-process index must follow.

    The language a previous request activated stays active in this thread; start in English.
    """
    reset_engine()
    translation.activate("en")
    yield
    reset_engine()


def _staff(django_user_model, username: str, group: str):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def alice(django_user_model):
    """Alice is an editor: she may draft and submit, but not publish."""
    return _staff(django_user_model, "alice", EDITORS)


@pytest.fixture
def bob(django_user_model):
    """Bob is a clinical reviewer: he approves medical content."""
    user = _staff(django_user_model, "bob", REVIEWERS)
    ReviewerProfile.objects.create(
        user=user, display_name="Dr. Bob Reyes", credential="MD, neurologist"
    )
    return user


@pytest.fixture
def carol(django_user_model):
    """Carol is an administrator."""
    return _staff(django_user_model, "carol", ADMINISTRATORS)


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def myoclonus() -> EntryPage:
    return EntryPage.objects.get(slug="what-is-myoclonus", locale__language_code="en")


@pytest.fixture
def home() -> Page:
    return Page.objects.get(depth=2, locale__language_code="en").specific


def approve(user, entry: EntryPage, task_state_id: int, comment: str = "", ticked=None):
    """`user` approves `entry` in its review dialog, ticking every source unless `ticked` says
    which ones (their positions)."""
    if ticked is None:
        ticked = range(len(sources_under_review(TaskState.objects.get(pk=task_state_id))))
    return client_for(user).post(
        f"/admin/pages/workflow/action/{entry.pk}/approve/{task_state_id}/",
        {"comment": comment, "task_state_id": task_state_id, "sources": [str(i) for i in ticked]},
    )
