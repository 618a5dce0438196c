"""The public site as static files: every page the site links to, rendered by the site itself.

Pages are fetched through Django's test client, so they are the live templates' output; links
are then made relative, so the folder works at a host's root or in a subfolder. Starting from
every language's home and every public page, each page's links are followed. Where the live
site shows a page under a language it has no translation in (/fr/symptoms/what-is-myoclonus/
for an English entry), the export writes a small page there that sends the reader on to the
page's own address, instead of rendering it once a language. A manifest in the folder keeps
each page's fingerprint (its revision and those of the pages it shows, read from the page tree
in a few queries), so a second run renders only what changed and removes what is no longer
public.
"""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import posixpath
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.db import connections
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.test import Client
from django.test.client import ClientHandler
from django.test.utils import override_settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import get_language_info, gettext
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from patientfaq.faq.models import EntryPage
from patientfaq.organisation.models import FinancialStatement, Organisation, OrganisationTranslation

from . import handouts
from .listings import approved_entries
from .page_cache import parts_made_once
from .public import absolute_url
from .site_tree import PageState, SiteTree

# The WSGI environ key that marks a request as the exporter's (a header could be forged).
EXPORT_KEY = "patientfaq.static_export"
MANIFEST = ".patientfaq-export.json"
PROJECT = Path(__file__).resolve().parents[1]
LINK = re.compile(r'(\s(?:href|src|action|data-[\w-]+)=")(/(?!/)[^"]*)(")')
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")
# The site's own views that read the same for everyone, under each language's prefix.
READING_VIEWS = {"search", "trust"}
HANDOUT = re.compile(r"^/[a-z]{2}/handouts/\d+\.pdf$")
# An address no page has, asked for to render the site's own 'page not found' page.
NOT_FOUND_PROBE = "patientfaq-export-page-not-found"


@dataclass(frozen=True)
class ExportOptions:
    """What an export is for: its public address, the live answer API, and handouts or not."""

    base_url: str
    answer_api: str = ""
    handouts: bool = True

    def live_url(self, path: str) -> str:
        """`path` on the live site, or '' when there is none."""
        return self.answer_api.rstrip("/") + path if self.answer_api else ""


def export_options(request: HttpRequest | None) -> ExportOptions | None:
    """The export's options when the exporter made this request, else None."""
    return request.META.get(EXPORT_KEY) if request is not None else None


@dataclass(frozen=True)
class Render:
    """A page, reading view or handout to render: its address, kind and manifest record."""

    path: str
    kind: str
    record: dict[str, Any]


@dataclass
class ExportReport:
    rendered: int = 0
    unchanged: int = 0
    removed: int = 0
    handouts_rendered: int = 0
    handouts_unchanged: int = 0
    site_files: int = 0
    static_files: int = 0
    aliases: int = 0
    not_exported: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.rendered} pages rendered, {self.unchanged} unchanged, {self.removed} removed, "
            f"{self.aliases} untranslated addresses sent on to their page; "
            f"{self.handouts_rendered} handouts rendered, {self.handouts_unchanged} unchanged; "
            f"{self.site_files} site files, {self.static_files} static and media files"
        )


def relative_address(address: str, from_path: str) -> str:
    """The root-relative `address` as seen from the page served at `from_path`."""
    here = from_path if from_path.endswith("/") else posixpath.dirname(from_path) + "/"
    target = urlsplit(address)
    path = posixpath.relpath(target.path, here) if target.path != here else "."
    if target.path.endswith("/") and path != ".":
        path += "/"
    elif path == ".":
        path = "./"
    rest = (f"?{target.query}" if target.query else "") + (
        f"#{target.fragment}" if target.fragment else ""
    )
    return path + rest


def relative_links(html: str, from_path: str) -> str:
    """Root-relative links in `html` (served at `from_path`) made relative to that page."""
    return LINK.sub(
        lambda match: match.group(1) + relative_address(match.group(2), from_path) + match.group(3),
        html,
    )


def linked_paths(html: str) -> list[str]:
    """The site-relative addresses an HTML page links to, without query or fragment."""
    return [urlsplit(match.group(2)).path for match in LINK.finditer(html)]


def output_file(outdir: Path, path: str) -> Path:
    """Where the file for the address `path` goes: a folder's index.html, or the file itself."""
    relative = path.lstrip("/")
    if not relative or path.endswith("/"):
        return outdir / relative / "index.html"
    return outdir / relative


def _write(target: Path, content: bytes) -> bool:
    """Write `content` unless the file already holds it; True when written."""
    if target.exists() and target.read_bytes() == content:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)
    return True


def _digest(*parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, default=str, sort_keys=True).encode()).hexdigest()[:20]


def code_version() -> str:
    """A digest of the templates, static files and translations every page is made from."""
    digest = hashlib.sha256()
    for pattern in ("**/templates/**/*.html", "**/static/**/*", "locale/**/*.mo"):
        for path in sorted(PROJECT.glob(pattern)):
            if path.is_file():
                digest.update(str(path.relative_to(PROJECT)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def site_fingerprint(options: ExportOptions) -> str:
    """A digest of what every page shows around its content: the organisation and the menus."""
    homes = Page.objects.filter(depth=2)
    menus = [
        (p.pk, p.live_revision_id, str(p.last_published_at), p.url_path)
        for home in homes
        for p in home.get_children().live().in_menu()
    ]
    return _digest(
        asdict(options),
        code_version(),
        list(Organisation.objects.values()),
        list(OrganisationTranslation.objects.values()),
        list(FinancialStatement.objects.values()),
        sorted([(home.pk, home.live_revision_id, home.url_path) for home in homes], key=str),
        sorted(menus, key=str),
    )


def search_index(
    language: str, approved: list[tuple[EntryPage, object]] | None = None
) -> dict[str, Any]:
    """Approved entries a reader of `language` can find: their questions and short answers.

    Entries in the main language that have no translation are listed under the reader's
    language prefix, where the site serves them.
    """
    records: dict[Any, dict[str, Any]] = {}
    for entry, _review in approved_entries() if approved is None else approved:
        code = entry.locale.language_code
        if code not in (language, settings.LANGUAGE_CODE):
            continue
        if code != language and entry.translation_key in records:
            continue
        url = entry.url or ""
        if code != language and url.startswith(f"/{code}/"):
            url = f"/{language}/" + url[len(code) + 2 :]
        records[entry.translation_key] = {
            "id": entry.pk,
            "url": url,
            "language": code,
            "question": entry.title,
            "short_answer": entry.short_answer,
            "also_asked": entry.phrasings(),
        }
    return {"language": language, "entries": list(records.values())}


# Where the live site shows a page under a language it has no translation in, the export's
# stand-in: the live site's note, and a link the browser follows at once.
ALIAS_PAGE = """<!DOCTYPE html>
<html lang="{reader}" dir="{direction}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex">
  <meta http-equiv="refresh" content="0; url={target}">
  <link rel="canonical" href="{canonical}">
  <title lang="{written}">{title}</title>
</head>
<body>
  <p>{note}</p>
  <p><a href="{target}" lang="{written}" hreflang="{written}">{title}</a></p>
</body>
</html>
"""


@cache
def _untranslated_note(reader: str, written: str) -> str:
    """The live site's note on a page shown in `written` to a reader of `reader`."""
    with translation.override(reader):
        return gettext(
            "This page is not available in %(reader_language)s yet, so we show it in "
            "%(written_language)s. It has been checked in %(written_language)s only."
        ) % {
            "reader_language": get_language_info(reader)["name_translated"],
            "written_language": get_language_info(written)["name_translated"],
        }


def alias_page(reader: str, written: str, title: str, target: str, address: str) -> str:
    """The page under `reader`'s prefix that sends its readers on to `target` (relative), the
    page at `address` written in `written`."""
    return format_html(
        ALIAS_PAGE,
        reader=reader,
        direction="rtl" if get_language_info(reader)["bidi"] else "ltr",
        written=written,
        title=title,
        target=target,
        canonical=absolute_url(address),
        note=_untranslated_note(reader, written),
    )


def root_page() -> str:
    """The folder's own index page, which sends the reader on to a language."""
    codes = json.dumps([code for code, _name in settings.LANGUAGES])
    context = {"main": settings.LANGUAGE_CODE, "codes": codes}
    return render_to_string("publishing/export_root.html", context)


class SiteExporter:
    """Writes the public site into `outdir`; run again, it renders only what changed.

    With `workers` above 1 the pages are rendered by that many processes (forked, so each
    has this one's settings and reads the database through its own connection).
    """

    def __init__(
        self, outdir: Path, options: ExportOptions, *, full: bool = False, workers: int = 1
    ) -> None:
        self.outdir = outdir
        self.options = options
        self.workers = workers
        self.report = ExportReport()
        self.previous = {} if full else self._read_manifest()
        self.manifest: dict[str, dict[str, Any]] = {}
        self.client = Client(**{EXPORT_KEY: options})
        self.client.handler = _KnownRouteHandler()
        self.tree: SiteTree | None = None
        self.site_state = ""
        self.static_paths: set[str] = set()
        self._parents: dict[int, Page] = {}
        self.reading_paths: set[str] = set()

    def _read_manifest(self) -> dict[str, dict[str, Any]]:
        path = self.outdir / MANIFEST
        if not path.exists():
            return {}
        data = json.loads(path.read_text())
        return dict(data.get("files", {}))

    def run(self) -> ExportReport:
        with self.settings():
            self.outdir.mkdir(parents=True, exist_ok=True)
            self.site_state = site_fingerprint(self.options)
            self.tree = SiteTree()
            for code, _name in settings.LANGUAGES:
                with translation.override(code):
                    self.reading_paths |= {reverse(name) for name in READING_VIEWS}
            seeds = [f"/{code}/" for code, _name in settings.LANGUAGES]
            seeds += self.tree.public_urls()
            with self._renderer() as render:
                self._crawl(seeds, render)
            self._write_site_files()
            self._copy_static()
            self._remove_gone()
            manifest = {"site": self.site_state, "files": self.manifest}
            (self.outdir / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True))
        return self.report

    @contextmanager
    def settings(self) -> Iterator[None]:
        """The settings pages are rendered under during an export."""
        with override_settings(
            PUBLIC_BASE_URL=self.options.base_url,
            ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, "testserver"],
            # Pages kept for readers were rendered for the live site, not for this export.
            PAGE_CACHE_SECONDS=0,
            # It makes every handout of the site, one after the other.
            HANDOUT_RATE_LIMIT=0,
        ):
            # The menu and the organisation, read once a language: nothing is published meanwhile.
            with parts_made_once():
                yield

    @contextmanager
    def _renderer(self) -> Iterator[Callable[[list[Render]], Iterator[tuple[Render, list[str]]]]]:
        """A function that renders jobs here, or in worker processes when there are workers."""
        if self.workers <= 1 or not _forkable_database():
            yield lambda jobs: ((job, self._render(job)) for job in jobs)
            return
        global _WORKER_EXPORTER
        _WORKER_EXPORTER = self
        if self.options.handouts:
            handouts.prepare_to_make_handouts()
        connections.close_all()
        with multiprocessing.get_context("fork").Pool(self.workers) as pool:
            yield lambda jobs: pool.imap_unordered(_render_in_worker, jobs, chunksize=4)
        _WORKER_EXPORTER = None

    def _crawl(self, seeds: list[str], render: Callable[..., Iterator[Any]]) -> None:
        """Visit `seeds` and everything they link to, rendering the pages that changed."""
        queue = list(dict.fromkeys(seeds))
        seen = set(queue)
        while queue:
            links: list[str] = []
            jobs: list[Render] = []
            for path in queue:
                visited = self._visit(path)
                if isinstance(visited, Render):
                    jobs.append(visited)
                else:
                    links += visited
            for job, job_links in render(jobs):
                self._rendered(job, job_links)
                links += job_links
            queue = [link for link in dict.fromkeys(links) if link not in seen]
            seen.update(queue)

    def _visit(self, path: str) -> list[str] | Render:
        """What to do at one address: its links when done already, or a page to render."""
        if path.startswith((settings.STATIC_URL, settings.MEDIA_URL)):
            self.static_paths.add(path)
            return []
        if HANDOUT.match(path):
            return self._visit_handout(path)
        if not path.endswith("/") or path == "/":
            return []
        assert self.tree is not None
        if path in self.reading_paths:
            # They show figures and topics from the whole site.
            return self._visit_if_changed(path, "view", None, self.tree.fingerprint_of_all())
        language = path.strip("/").split("/")[0]
        page = self.tree.route(path) if language in dict(settings.LANGUAGES) else None
        if page is None or not page.public:
            self.report.not_exported.append(path)
            return []
        if page.language != language:
            return self._write_alias(path, page)
        return self._visit_if_changed(path, "page", page, self.tree.fingerprint(page))

    def _visit_if_changed(
        self, path: str, kind: str, page: PageState | None, shown: object
    ) -> list[str] | Render:
        """The links of the earlier export's `path` if what it shows is unchanged, else the
        page to render."""
        fingerprint = _digest(self.site_state, shown)
        old = self._unchanged(path, fingerprint)
        if old is not None:
            self.report.unchanged += 1
            return list(old.get("links", []))
        record: dict[str, Any] = {"fingerprint": fingerprint}
        if page is not None:
            record["page"] = page.pk
            record["last_published_at"] = str(page.last_published_at or "")
        return Render(path, kind, record)

    def _write_alias(self, path: str, page: PageState) -> list[str]:
        """A page the site serves under another language's prefix (it has no translation):
        a small page in that language that sends the reader to the page's own address."""
        assert self.tree is not None
        target = self.tree.url(page)
        language = path.strip("/").split("/")[0]
        fingerprint = _digest(self.site_state, target, page.title)
        if self._unchanged(path, fingerprint) is None:
            html = alias_page(
                language, page.language, page.title, relative_address(target, path), target
            )
            _write(output_file(self.outdir, path), html.encode())
            self.manifest[path] = {"page": page.pk, "alias_of": target, "links": [target]}
            self.manifest[path]["fingerprint"] = fingerprint
        self.report.aliases += 1
        return [target]

    def _visit_handout(self, path: str) -> list[str] | Render:
        if not self.options.handouts:
            return []
        assert self.tree is not None
        page = self.tree.pages.get(int(path.rsplit("/", 1)[1].removesuffix(".pdf")))
        if page is None or not page.public:
            self.report.not_exported.append(path)
            return []
        fingerprint = _digest(self.site_state, self.tree.fingerprint(page))
        if self._unchanged(path, fingerprint) is not None:
            self.report.handouts_unchanged += 1
            return []
        return Render(path, "handout", {"page": page.pk, "fingerprint": fingerprint})

    def _render(self, job: Render) -> list[str]:
        """Render and write one job; returns the addresses it links to."""
        if job.kind == "handout":
            _write(output_file(self.outdir, job.path), self._get(job.path))
            return []
        if job.kind == "page":
            self.client.handler.route = (job.path, self._page_object(job.record["page"]))
        return self._render_html(job.path)

    def _page_object(self, pk: int) -> Page:
        """The page, with its locale and parent already read (each page shows both)."""
        assert self.tree is not None
        state = self.tree.pages[pk]
        page = state.model.objects.select_related("locale").get(pk=pk)
        parent = self.tree.parent(state)
        if parent is not None:
            if parent.pk not in self._parents:
                self._parents[parent.pk] = parent.model.objects.select_related("locale").get(
                    pk=parent.pk
                )
            page._cached_parent_obj = self._parents[parent.pk]
        return page

    def _rendered(self, job: Render, links: list[str]) -> None:
        self.manifest[job.path] = {**job.record, "links": links}
        if job.kind == "handout":
            self.report.handouts_rendered += 1
        elif job.kind == "view":
            self.report.site_files += 1
        else:
            self.report.rendered += 1

    def _unchanged(self, path: str, fingerprint: str) -> dict[str, Any] | None:
        """The earlier export's record of `path` if it is still right (and kept), else None."""
        old = self.previous.get(path)
        if not old or old.get("fingerprint") != fingerprint:
            return None
        if not output_file(self.outdir, path).exists():
            return None
        self.manifest[path] = old
        return old

    def _get(self, path: str) -> bytes:
        response = self.client.get(path)
        if response.status_code != 200:
            raise ExportError(f"{path} answered {response.status_code}, not 200.")
        return response.content

    def _render_html(self, path: str) -> list[str]:
        html = self._get(path).decode()
        links = list(dict.fromkeys(linked_paths(html)))
        _write(output_file(self.outdir, path), relative_links(html, path).encode())
        return links

    def _not_found_page(self, language: str) -> bytes:
        """The site's own 'page not found' page in `language`, its links from the site's root.

        Hosts show it at whatever address was missing, so relative links would not work. Asked
        as production would answer it: with DEBUG on, Django answers a missing page with its
        technical page (the site's addresses), which must never reach a public folder.
        """
        # The probe is missing on purpose: Django's warning about it would only alarm whoever runs
        # the export.
        request_log = logging.getLogger("django.request")
        with override_settings(DEBUG=False), _level(request_log, logging.ERROR):
            response = self.client.get(f"/{language}/{NOT_FOUND_PROBE}/")
        if response.status_code != 404:
            raise ExportError(f"A missing page answered {response.status_code}, not 404.")
        # The language switcher names the missing address in each language: each home instead.
        html = response.content.decode().replace(f"{NOT_FOUND_PROBE}/", "")
        root = urlsplit(self.options.base_url).path.rstrip("/")
        return LINK.sub(
            lambda match: match.group(1) + root + match.group(2) + match.group(3), html
        ).encode()

    def _write_site_files(self) -> None:
        """Sitemap, robots.txt, llms.txt, the feeds, the search indexes and the 'not found'
        pages: always made anew."""
        files = {path: self._get(path) for path in ("/sitemap.xml", "/robots.txt", "/llms.txt")}
        approved = approved_entries()
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                files[reverse("entries_feed")] = self._get(reverse("entries_feed"))
            index = search_index(code, approved)
            files[f"/{code}/search/entries.json"] = json.dumps(index, ensure_ascii=False).encode()
            files[f"/{code}/404.html"] = self._not_found_page(code)
        files["/404.html"] = files[f"/{settings.LANGUAGE_CODE}/404.html"]
        files["/"] = root_page().encode()
        for path, content in files.items():
            _write(output_file(self.outdir, path), content)
            self.manifest[path] = {"links": []}
        self.report.site_files += len(files)

    def _copy_static(self) -> None:
        """Copy the static and media files the pages use, and those their style sheets use."""
        queue = sorted(self.static_paths)
        done: set[str] = set()
        while queue:
            path = queue.pop()
            if path in done:
                continue
            done.add(path)
            source = self._static_source(path)
            if source is None:
                self.report.not_exported.append(path)
                continue
            if source.suffix == ".css":
                for url in CSS_URL.findall(source.read_text()):
                    if not url.startswith(("data:", "http:", "https:", "#")):
                        queue.append(
                            posixpath.normpath(posixpath.join(posixpath.dirname(path), url))
                        )
            target = output_file(self.outdir, path)
            _write(target, source.read_bytes())
            self.manifest[path] = {"links": []}
        self.report.static_files = len(done)

    def _static_source(self, path: str) -> Path | None:
        if path.startswith(settings.MEDIA_URL):
            source = Path(settings.MEDIA_ROOT) / path[len(settings.MEDIA_URL) :]
            return source if source.is_file() else None
        name = path[len(settings.STATIC_URL) :]
        # Outside development pages name collected files under hashed names (collectstatic).
        collected = Path(settings.STATIC_ROOT) / name
        if collected.is_file():
            return collected
        found = finders.find(name)
        return Path(found) if isinstance(found, str) else None

    def _remove_gone(self) -> None:
        """Delete the files an earlier export wrote that are no longer part of the site."""
        for path, old in self.previous.items():
            if path in self.manifest:
                continue
            target = output_file(self.outdir, path)
            if target.exists():
                target.unlink()
                if old.get("page"):
                    self.report.removed += 1
            for folder in _parents_within(target.parent, self.outdir):
                if any(folder.iterdir()):
                    break
                folder.rmdir()


class _KnownRouteHandler(ClientHandler):
    """The test client's handler, told the page an address shows and the site it is on, so
    the site need not look them up again (the exporter has them from its page tree)."""

    def __init__(self) -> None:
        super().__init__(enforce_csrf_checks=False)
        self.route: tuple[str, Page] | None = None
        self.site = Site.objects.select_related("root_page").get(is_default_site=True)

    def get_response(self, request: HttpRequest) -> HttpResponse:
        request._wagtail_site = self.site  # type: ignore[attr-defined]
        if self.route is not None and self.route[0] == request.path:
            request._wagtail_route_for_request = RouteResult(self.route[1])  # type: ignore[attr-defined]
        self.route = None
        return super().get_response(request)


# The exporter a forked worker renders for (set in the parent just before the fork).
_WORKER_EXPORTER: SiteExporter | None = None


def _render_in_worker(job: Render) -> tuple[Render, list[str]]:
    assert _WORKER_EXPORTER is not None
    return job, _WORKER_EXPORTER._render(job)


def _forkable_database() -> bool:
    """Whether forked workers would read what this process reads: not an in-memory SQLite
    database, nor data still inside this process's open transaction (as in tests)."""
    connection = connections["default"]
    if connection.in_atomic_block:
        return False
    return not (connection.vendor == "sqlite" and connection.is_in_memory_db())


def _parents_within(folder: Path, outdir: Path) -> Iterator[Path]:
    while folder != outdir and outdir in folder.parents:
        yield folder
        folder = folder.parent


class ExportError(Exception):
    """The export cannot go on; the message says why."""


def check_outdir(outdir: Path) -> None:
    """Refuse a folder that holds files but no earlier export: they would be mixed or lost."""
    if outdir.exists() and not outdir.is_dir():
        raise ExportError(f"{outdir} is a file, not a folder.")
    if outdir.exists() and any(outdir.iterdir()) and not (outdir / MANIFEST).exists():
        raise ExportError(
            f"{outdir} is not empty and holds no earlier export; choose an empty folder."
        )


@contextmanager
def _level(logger: logging.Logger, level: int) -> Iterator[None]:
    """`logger` at `level` for the time of the block."""
    before = logger.level
    logger.setLevel(level)
    try:
        yield
    finally:
        logger.setLevel(before)
