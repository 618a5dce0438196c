"""Read and check the demo organisation's data files, one YAML file per language.

`content/en.yaml` holds the organisation, its funders, its clinical reviewers, shared sources,
categories, entries and plain pages. Another language's file (`content/es.yaml`) holds the same
sections with only the words that are translated: each entry, category and page translates the
English one with the same slug, and takes its category, sources and related entries from it.

Long texts may be wrapped freely: a line break between two tags (`</p>` then `<h2>`) is dropped,
and any other line break reads as a space. Everything is checked when read; a mistake stops the
load with a `DemoContentError` naming the file, the line and what to change.

No Django here, so scripts (bench/) can read the demo entries too.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from patientfaq.editorial.identifiers import is_doi, is_pmid

CONTENT_DIR = Path(__file__).resolve().parent / "content"
MAIN_LANGUAGE = "en"

TEXT, HTML, NUMBER, DAY, TEXTS = "text", "html", "number", "date", "list of texts"
CHANGES = "change log"

ORGANISATION = {
    "legal_name": TEXT,
    "short_name": TEXT,
    "charity_status": TEXT,
    "tax_id": TEXT,
    "founded_year": NUMBER,
    "founders": TEXT,
    "mission": TEXT,
    "contact_email": TEXT,
    "contact_phone": TEXT,
    "postal_address": TEXT,
    "emergency_number": TEXT,
    "crisis_line": TEXT,
    "disclaimer": TEXT,
    "funding_statement": TEXT,
    "conflicts_policy": TEXT,
}
TRANSLATED_ORGANISATION = (
    "charity_status",
    "founders",
    "mission",
    "disclaimer",
    "funding_statement",
    "conflicts_policy",
)
# Who funded the organisation, for the trust page: [{funder, kind, year, share}, ...]
FUNDER = {"funder": TEXT, "kind": TEXT, "year": NUMBER, "share": NUMBER}
FUNDER_KINDS = ("individuals", "foundation", "government", "industry", "other")
CITATION = {"title": TEXT, "publisher": TEXT, "year": NUMBER}
CITATION_KINDS = {"web": "url", "guideline": "url", "pubmed": "pmid", "doi": "doi"}
CATEGORY = {"slug": TEXT, "title": TEXT, "intro": TEXT}
CATEGORY_OPTIONAL = {"review_every_months": NUMBER}
PAGE = {"slug": TEXT, "title": TEXT, "intro": TEXT, "body": HTML}
TRANSLATED_ENTRY = {
    "slug": TEXT,
    "question": TEXT,
    "short_answer": TEXT,
    "answer": HTML,
    "also_asked": TEXTS,
    "reviewer": TEXT,
    "reviewed_on": DAY,
    "next_review_due": DAY,
}
ENTRY = {**TRANSLATED_ENTRY, "category": TEXT, "sources": TEXTS, "related": TEXTS}
# The public change log: [{date: 2026-06-10, note: "Updated the treatment section."}, ...]
ENTRY_OPTIONAL = {"changes": CHANGES}


class DemoContentError(ValueError):
    """A demo data file that cannot be loaded; the message names the file and line."""


class _Mapping(dict[str, Any]):
    line = 0


class _Loader(yaml.SafeLoader):
    """Safe YAML that remembers each mapping's line and refuses a key given twice."""


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> _Mapping:
    mapping = _Mapping()
    mapping.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in mapping:
            raise yaml.MarkedYAMLError(
                problem=f"{key!r} is given twice", problem_mark=key_node.start_mark
            )
        mapping[key] = loader.construct_object(value_node, deep=True)
    return mapping


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _joined(text: str) -> str:
    """`text` with line breaks between tags dropped and any other line break read as a space."""
    return re.sub(r">\n<", "><", text.strip()).replace("\n", " ")


class _Checker:
    """Checks one file's sections and says where a mistake is."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: Any, message: str) -> DemoContentError:
        line = getattr(where, "line", 0)
        at = f"{self.path}, line {line}" if line else str(self.path)
        return DemoContentError(f"{at}: {message}")

    def mapping(self, value: Any, what: str, parent: Any) -> _Mapping:
        if not isinstance(value, _Mapping):
            raise self.fail(parent, f"{what} must be a set of 'name: value' lines.")
        return value

    def items(self, value: Any, what: str, parent: Any) -> list[_Mapping]:
        if not isinstance(value, list) or not value:
            raise self.fail(parent, f"{what} must be a list of one or more items ('- ...').")
        return [self.mapping(item, f"each item of {what}", parent) for item in value]

    def fields(
        self,
        item: _Mapping,
        what: str,
        required: dict[str, str],
        optional: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        """`item`'s values, each checked against its kind and tidied (long texts joined)."""
        optional = optional or {}
        unknown = sorted(set(item) - set(required) - set(optional))
        if unknown:
            known = ", ".join([*required, *optional])
            raise self.fail(item, f"{what} has unknown field {unknown[0]!r} (known: {known}).")
        missing = [name for name in required if name not in item]
        if missing:
            raise self.fail(item, f"{what} is missing {missing[0]!r}.")
        kinds = {**required, **optional}
        return {name: self.value(item, what, name, kinds[name]) for name in item}

    def value(self, item: _Mapping, what: str, name: str, kind: str) -> Any:
        value = item[name]
        if kind in (TEXT, HTML):
            if isinstance(value, int | float | date) and not isinstance(value, bool):
                raise self.fail(item, f"{what}: {name!r} must be text; put it in quotes.")
            if not isinstance(value, str) or not value.strip():
                raise self.fail(item, f"{what}: {name!r} must be text, and not empty.")
            return _joined(value)
        if kind == NUMBER:
            if not isinstance(value, int) or isinstance(value, bool):
                raise self.fail(item, f"{what}: {name!r} must be a whole number.")
            return value
        if kind == DAY:
            if not isinstance(value, date):
                raise self.fail(item, f"{what}: {name!r} must be a date such as 2026-02-10.")
            return value
        if kind == CHANGES:
            changes = self.items(value, f"{what}: {name!r}", item)
            return [
                self.fields(c, f"{what}: a change", {"date": DAY, "note": TEXT}) for c in changes
            ]
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.fail(item, f"{what}: {name!r} must be a list of texts.")
        return [_joined(v) for v in value]

    def unique_slugs(self, items: list[dict[str, Any]], raw: list[_Mapping], what: str) -> None:
        seen: set[str] = set()
        for item, where in zip(items, raw, strict=True):
            if item["slug"] in seen:
                raise self.fail(where, f"{what}: the slug {item['slug']!r} is used twice.")
            seen.add(item["slug"])


def _read_yaml(path: Path) -> tuple[_Checker, _Mapping]:
    checker = _Checker(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506
    except FileNotFoundError:
        raise DemoContentError(f"{path}: there is no such file.") from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        line = f", line {mark.line + 1}" if mark is not None else ""
        raise DemoContentError(f"{path}{line}: {error.problem}.") from None
    except yaml.YAMLError as error:
        raise DemoContentError(f"{path}: {error}") from None
    return checker, checker.mapping(data, "The file", None)


def _citation(check: _Checker, name: str, item: _Mapping) -> dict[str, Any]:
    kind = item.get("kind")
    if kind not in CITATION_KINDS:
        kinds = ", ".join(CITATION_KINDS)
        raise check.fail(item, f"Source {name!r}: 'kind' must be one of {kinds}.")
    identifier = CITATION_KINDS[kind]
    fields = check.fields(
        item,
        f"Source {name!r}",
        {"kind": TEXT, **CITATION, identifier: TEXT},
        {"authors": TEXT},
    )
    if kind == "doi" and not is_doi(fields["doi"]):
        raise check.fail(item, f"Source {name!r}: the DOI should look like 10.1056/NEJMra1708712.")
    if kind == "pubmed" and not is_pmid(fields["pmid"]):
        raise check.fail(item, f"Source {name!r}: a PubMed ID is digits only, such as 18851928.")
    if identifier == "url" and not fields["url"].startswith(("https://", "http://")):
        raise check.fail(item, f"Source {name!r}: the url must start with https://.")
    fields.setdefault("authors", "")
    return fields


def _reviewers(check: _Checker, data: _Mapping) -> dict[str, dict[str, str]]:
    raw = check.items(data.get("reviewers"), "'reviewers'", data)
    reviewers = [
        check.fields(r, "A reviewer", {"name": TEXT, "credential": TEXT}, {"interests": TEXT})
        for r in raw
    ]
    for reviewer in reviewers:
        reviewer.setdefault("interests", "")
    return {reviewer["name"]: reviewer for reviewer in reviewers}


def _funding(check: _Checker, data: _Mapping) -> list[dict[str, Any]]:
    raw = check.items(data.get("funding"), "'funding'", data)
    funders = [check.fields(item, "A funder", FUNDER) for item in raw]
    for funder, where in zip(funders, raw, strict=True):
        if funder["kind"] not in FUNDER_KINDS:
            kinds = ", ".join(FUNDER_KINDS)
            raise check.fail(where, f"A funder: 'kind' must be one of {kinds}.")
        if not 0 <= funder["share"] <= 100:
            raise check.fail(where, "A funder: 'share' is a percentage from 0 to 100.")
    return funders


def _sections(check: _Checker, data: _Mapping, main: dict[str, Any] | None) -> dict[str, Any]:
    """The checked sections of one file; `main` is the English content a translation follows."""
    sections = {"home", "organisation", "reviewers", "categories", "entries", "pages"}
    if main is None:
        sections |= {"sources", "funding"}
    unknown = sorted(set(data) - sections)
    if unknown:
        known = ", ".join(sorted(sections))
        raise check.fail(data, f"Unknown section {unknown[0]!r} (known: {known}).")

    home = check.fields(
        check.mapping(data.get("home"), "'home'", data), "'home'", {"title": TEXT, "intro": TEXT}
    )
    organisation_raw = check.mapping(data.get("organisation"), "'organisation'", data)
    if main is None:
        organisation = check.fields(organisation_raw, "'organisation'", ORGANISATION)
    else:
        translated = {name: ORGANISATION[name] for name in TRANSLATED_ORGANISATION}
        organisation = {
            **main["organisation"],
            **check.fields(organisation_raw, "'organisation'", translated),
        }
    reviewers = _reviewers(check, data)

    raw_categories = check.items(data.get("categories"), "'categories'", data)
    categories = [
        check.fields(c, "A category", CATEGORY, CATEGORY_OPTIONAL) for c in raw_categories
    ]
    check.unique_slugs(categories, raw_categories, "'categories'")
    raw_pages = check.items(data.get("pages"), "'pages'", data)
    pages = [check.fields(p, "A page", PAGE) for p in raw_pages]
    check.unique_slugs(pages, raw_pages, "'pages'")

    raw_entries = check.items(data.get("entries"), "'entries'", data)
    entries = [
        check.fields(
            e, f"The entry {e.get('slug')!r}", TRANSLATED_ENTRY if main else ENTRY, ENTRY_OPTIONAL
        )
        for e in raw_entries
    ]
    check.unique_slugs(entries, raw_entries, "'entries'")

    if main is None:
        raw_sources = check.mapping(data.get("sources"), "'sources'", data)
        sources = {
            name: _citation(check, name, check.mapping(item, f"Source {name!r}", raw_sources))
            for name, item in raw_sources.items()
        }
        _link_entries(check, entries, raw_entries, categories, sources)
    else:
        parts = {
            "categories": (categories, raw_categories),
            "pages": (pages, raw_pages),
            "entries": (entries, raw_entries),
        }
        _follow_main(check, parts, main)

    for entry, where in zip(entries, raw_entries, strict=True):
        if entry["reviewer"] not in reviewers:
            raise check.fail(
                where,
                f"The entry {entry['slug']!r}: the reviewer {entry['reviewer']!r} is not "
                "listed under 'reviewers'.",
            )
        entry["reviewer"] = reviewers[entry["reviewer"]]
        if entry["next_review_due"] <= entry["reviewed_on"]:
            raise check.fail(
                where, f"The entry {entry['slug']!r}: the next review must fall after the review."
            )
    return {
        "home": home,
        "organisation": organisation,
        "funding": _funding(check, data) if main is None else main["funding"],
        "reviewers": list(reviewers.values()),
        "categories": categories,
        "entries": entries,
        "pages": pages,
    }


def _link_entries(
    check: _Checker,
    entries: list[dict[str, Any]],
    raw_entries: list[_Mapping],
    categories: list[dict[str, Any]],
    sources: dict[str, dict[str, Any]],
) -> None:
    """Check the English entries' categories, sources and related entries; name the sources."""
    category_slugs = {category["slug"] for category in categories}
    entry_slugs = {entry["slug"] for entry in entries}
    for entry, where in zip(entries, raw_entries, strict=True):
        what = f"The entry {entry['slug']!r}"
        if entry["category"] not in category_slugs:
            raise check.fail(where, f"{what}: there is no category {entry['category']!r}.")
        for name in entry["sources"]:
            if name not in sources:
                raise check.fail(where, f"{what}: there is no source {name!r} under 'sources'.")
        for slug in entry["related"]:
            if slug not in entry_slugs:
                raise check.fail(where, f"{what}: the related entry {slug!r} does not exist.")
        entry["sources"] = [dict(sources[name]) for name in entry["sources"]]


def _follow_main(
    check: _Checker,
    parts: dict[str, tuple[list[dict[str, Any]], list[_Mapping]]],
    main: dict[str, Any],
) -> None:
    """Check that each translated item has an English one; copy what is not translated."""
    for what, (items, raw) in parts.items():
        originals = {item["slug"]: item for item in main[what]}
        for item, where in zip(items, raw, strict=True):
            original = originals.get(item["slug"])
            if original is None:
                raise check.fail(
                    where, f"'{what}': {item['slug']!r} has no English original in en.yaml."
                )
            if what == "entries":
                for name in ("category", "sources", "related"):
                    item[name] = original[name]


def read_content(language: str = MAIN_LANGUAGE) -> dict[str, Any]:
    """The demo's checked content in `language`: home, organisation, funding, reviewers,
    categories, entries (with their sources and reviewer spelt out) and pages."""
    check, data = _read_yaml(CONTENT_DIR / f"{MAIN_LANGUAGE}.yaml")
    main = _sections(check, data, None)
    if language == MAIN_LANGUAGE:
        return main
    check, data = _read_yaml(CONTENT_DIR / f"{language}.yaml")
    return _sections(check, data, main)


def translations() -> list[str]:
    """The languages, other than English, that the demo has a file for."""
    return sorted(path.stem for path in CONTENT_DIR.glob("*.yaml") if path.stem != MAIN_LANGUAGE)
