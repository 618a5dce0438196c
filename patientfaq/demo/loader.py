"""Load the demo organisation and its entries from content/*.yaml (see files.py for the format).

Safe to run again: what exists is left alone.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Locale, Page, Site

from patientfaq.editorial.models import EntryChange, ReviewerProfile, ReviewRecord
from patientfaq.editorial.roles import ADMINISTRATORS, EDITORS, REVIEWERS, ensure_roles
from patientfaq.faq.models import CategoryPage, EntryPage, HomePage, RelatedEntry, StandardPage
from patientfaq.organisation.models import FundingSource, Organisation, OrganisationTranslation

from .files import MAIN_LANGUAGE, TRANSLATED_ORGANISATION, read_content, translations

DEMO_USERS = {
    "admin": (ADMINISTRATORS, True),
    "editor": (EDITORS, False),
    "reviewer": (REVIEWERS, False),
}


def _get_or_create_child(
    parent: Page, model: type[Page], slug: str, **fields: Any
) -> tuple[Page, bool]:
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def _root(locale: Locale) -> Page:
    root = Page.get_first_root_node()
    if root is None:  # an emptied database, as transactional tests leave it
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    return root


def _home(locale: Locale, content: dict[str, Any]) -> HomePage:
    root = _root(locale)
    home = HomePage.objects.filter(locale=locale).first()
    if home is None:
        # Wagtail's migrations leave a "Welcome" placeholder holding the slug we want.
        for placeholder in root.get_children().filter(slug="home", content_type__model="page"):
            if not placeholder.get_children().exists():
                placeholder.delete()
        home, _created = _get_or_create_child(
            root, HomePage, "home", locale=locale, **content["home"]
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    elif site.root_page_id != home.pk and not isinstance(site.root_page.specific, HomePage):
        site.root_page = home
        site.site_name = content["organisation"]["short_name"]
        site.save()
    return home


def _organisation(site: Site, home: HomePage, content: dict[str, Any]) -> None:
    organisation = Organisation.for_site(site)
    if organisation.legal_name:
        return
    data = content["organisation"]
    for name in (
        "legal_name",
        "charity_status",
        "tax_id",
        "founded_year",
        "founders",
        "mission",
        "contact_email",
        "contact_phone",
        "disclaimer",
        "emergency_number",
        "crisis_line",
        "postal_address",
        "funding_statement",
        "conflicts_policy",
    ):
        setattr(organisation, name, data[name])
    organisation.donate_page = home.get_children().filter(slug="donate").first()
    organisation.editorial_policy_page = home.get_children().filter(slug="editorial-policy").first()
    organisation.save()
    if not FundingSource.objects.exists():
        for funder in content["funding"]:
            FundingSource.objects.create(
                funder=funder["funder"],
                kind=funder["kind"],
                year=funder["year"],
                share_of_income=funder["share"],
            )


def _advisory_board(reviewers: list[dict[str, str]]) -> None:
    """A clinical reviewer profile for each demo reviewer, for the trust page."""
    for reviewer in reviewers:
        ReviewerProfile.objects.get_or_create(
            display_name=reviewer["name"],
            defaults={
                "credential": reviewer["credential"],
                "declared_interests": reviewer["interests"],
            },
        )


def _entry(category: CategoryPage, spec: dict[str, Any], locale: Locale) -> tuple[EntryPage, bool]:
    sources = [
        (source["kind"], {k: v for k, v in source.items() if k != "kind"})
        for source in spec["sources"]
    ]
    entry, created = _get_or_create_child(
        category,
        EntryPage,
        spec["slug"],
        title=spec["question"],
        short_answer=spec["short_answer"],
        answer=spec["answer"],
        also_asked="\n".join(spec["also_asked"]),
        sources=sources,
        locale=locale,
    )
    return entry, created


def _review(entry: EntryPage, spec: dict[str, Any]) -> None:
    """The entry's review record and public change log, as the demo file gives them."""
    if spec.get("changes") and not entry.changes.exists():
        for change in spec["changes"]:
            EntryChange.objects.create(
                entry=entry, published_on=change["date"], note=change["note"]
            )
    if entry.review_records.exists():
        return
    ReviewRecord.objects.create(
        entry=entry,
        # The in-memory page may predate its publication; the database knows what went live.
        revision=EntryPage.objects.get(pk=entry.pk).live_revision,
        reviewer_name=spec["reviewer"]["name"],
        reviewer_credential=spec["reviewer"]["credential"],
        reviewed_on=spec["reviewed_on"],
        next_review_due=spec["next_review_due"],
    )


def _demo_users(password: str, reviewers: list[dict[str, str]]) -> list[str]:
    User = get_user_model()
    made = []
    for username, (group_name, is_superuser) in DEMO_USERS.items():
        if User.objects.filter(username=username).exists():
            continue
        user = User.objects.create_user(
            username, f"{username}@example.org", password, is_superuser=is_superuser, is_staff=True
        )
        user.groups.add(Group.objects.get(name=group_name))
        made.append(username)
        if group_name == REVIEWERS:
            profile, _created = ReviewerProfile.objects.get_or_create(
                display_name=reviewers[0]["name"],
                defaults={"credential": reviewers[0]["credential"]},
            )
            if profile.user_id is None:
                profile.user = user
                profile.save()
    return made


def _translation(source: Page, locale: Locale, **fields: Any) -> tuple[Page, bool]:
    """`source`'s translation into `locale`, made and published from `fields` if missing."""
    existing = source.get_translations().filter(locale=locale).first()
    if existing is not None:
        return existing.specific, False
    translated = source.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return translated, True


def _load_translation(content: dict[str, Any], language: str, home: HomePage) -> dict[str, int]:
    """The demo's pages in another language, as reviewed translations of the English ones."""
    locale, _created = Locale.objects.get_or_create(language_code=language)
    created = {"categories": 0, "entries": 0, "pages": 0}
    home_translation, _new = _translation(home, locale, **content["home"])
    for spec in content["pages"]:
        source = home.get_children().filter(slug=spec["slug"]).first()
        if source is not None:
            fields = {k: spec[k] for k in ("title", "intro", "body")}
            created["pages"] += _translation(source, locale, **fields)[1]
    for spec in content["categories"]:
        source = home.get_children().filter(slug=spec["slug"]).first()
        if source is not None:
            fields = {k: spec[k] for k in ("title", "intro")}
            created["categories"] += _translation(source, locale, **fields)[1]
    for spec in content["entries"]:
        source = EntryPage.objects.filter(
            slug=spec["slug"], locale__language_code=MAIN_LANGUAGE
        ).first()
        if source is None:
            continue
        entry, new = _translation(
            source,
            locale,
            title=spec["question"],
            short_answer=spec["short_answer"],
            answer=spec["answer"],
            also_asked="\n".join(spec["also_asked"]),
        )
        created["entries"] += new
        _review(entry, spec)
    if not OrganisationTranslation.objects.filter(language=language).exists():
        data = content["organisation"]
        OrganisationTranslation.objects.create(
            language=language,
            **{k: data[k] for k in TRANSLATED_ORGANISATION},
        )
    return created


@transaction.atomic
def load_demo(users_password: str | None = None) -> dict[str, int]:
    """Counts of what this run created: categories, entries, pages, users."""
    content = read_content(MAIN_LANGUAGE)
    locale, _created = Locale.objects.get_or_create(language_code=MAIN_LANGUAGE)
    _root(locale)
    ensure_roles()
    home = _home(locale, content)
    created = {"categories": 0, "entries": 0, "pages": 0, "users": 0}

    for spec in content["pages"]:
        _page, new = _get_or_create_child(
            home,
            StandardPage,
            spec["slug"],
            title=spec["title"],
            intro=spec["intro"],
            body=spec["body"],
            show_in_menus=True,
            locale=locale,
        )
        created["pages"] += new
    _organisation(Site.objects.get(is_default_site=True), home, content)
    _advisory_board(content["reviewers"])

    categories = {}
    for spec in content["categories"]:
        category, new = _get_or_create_child(
            home,
            CategoryPage,
            spec["slug"],
            title=spec["title"],
            intro=spec["intro"],
            review_every_months=spec.get("review_every_months"),
            show_in_menus=True,
            locale=locale,
        )
        categories[spec["slug"]] = category
        created["categories"] += new

    entries: dict[str, tuple[EntryPage, bool]] = {}
    for spec in content["entries"]:
        entries[spec["slug"]] = _entry(categories[spec["category"]], spec, locale)
        created["entries"] += entries[spec["slug"]][1]

    for spec in content["entries"]:
        entry, new = entries[spec["slug"]]
        if not new:
            continue
        entry.related_links = [
            RelatedEntry(entry=entries[slug][0]) for slug in spec["related"] if slug in entries
        ]
        entry.save_revision().publish()
    # After the related entries are published: a review approves the version readers see.
    for spec in content["entries"]:
        _review(entries[spec["slug"]][0], spec)

    for language in translations():
        for name, count in _load_translation(read_content(language), language, home).items():
            created[name] += count

    if users_password:
        created["users"] = len(_demo_users(users_password, content["reviewers"]))
    return created
