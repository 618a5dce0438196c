"""The public site as static files: every page the site links to, rendered by the site itself.

Pages are fetched through Django's test client, so they are the live templates' output; links
are then made relative, so the folder works at a host's root or in a subfolder. Starting from
every language's home and every public page, each page's links are followed, which also
exports the untranslated pages the site serves under every language prefix. A manifest in the
folder keeps each page's fingerprint (its revision and those of the pages it shows), so a second
run renders only what changed and removes what is no longer public.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.test import Client, RequestFactory
from django.test.utils import override_settings
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from wagtail.models import Page

from patientfaq.faq.models import CategoryPage, EntryPage, HomePage, most_read_entries
from patientfaq.organisation.models import FinancialStatement, Organisation, OrganisationTranslation

from .listings import approved_entries
from .public import public_pages

# The WSGI environ key that marks a request as the exporter's (a header could be forged).
EXPORT_KEY = "patientfaq.static_export"
MANIFEST = ".patientfaq-export.json"
PROJECT = Path(__file__).resolve().parents[1]
LINK = re.compile(r'(\s(?:href|src|action|data-[\w-]+)=")(/(?!/)[^"]*)(")')
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")
# The site's own views that read the same for everyone; rendered anew on every export.
READING_VIEWS = {"search", "trust"}
HANDOUT = re.compile(r"^/[a-z]{2}/handouts/\d+\.pdf$")


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


@dataclass
class ExportReport:
    rendered: int = 0
    unchanged: int = 0
    removed: int = 0
    handouts_rendered: int = 0
    handouts_unchanged: int = 0
    site_files: int = 0
    static_files: int = 0
    not_exported: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.rendered} pages rendered, {self.unchanged} unchanged, {self.removed} removed; "
            f"{self.handouts_rendered} handouts rendered, {self.handouts_unchanged} unchanged; "
            f"{self.site_files} site files, {self.static_files} static and media files"
        )


def _view_name(path: str) -> str | None:
    """The name of the view at `path` (language prefixes match only their own language)."""
    language = path.strip("/").split("/")[0]
    with translation.override(language if language in dict(settings.LANGUAGES) else None):
        try:
            return resolve(path).url_name
        except Resolver404:
            return None


def relative_links(html: str, from_path: str) -> str:
    """Root-relative links in `html` (served at `from_path`) made relative to that page."""
    here = from_path if from_path.endswith("/") else posixpath.dirname(from_path) + "/"

    def relative(match: re.Match[str]) -> str:
        target = urlsplit(match.group(2))
        path = posixpath.relpath(target.path, here) if target.path != here else "."
        if target.path.endswith("/") and path != ".":
            path += "/"
        elif path == ".":
            path = "./"
        rest = (f"?{target.query}" if target.query else "") + (
            f"#{target.fragment}" if target.fragment else ""
        )
        return match.group(1) + path + rest + match.group(3)

    return LINK.sub(relative, html)


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


def _page_state(page: Page) -> tuple[Any, ...]:
    return (page.pk, page.live_revision_id, page.last_published_at, page.url_path)


def page_fingerprint(page: Page) -> str:
    """A digest of everything the page shows: itself and the pages it names or lists."""
    page = page.specific
    shown: list[Page] = [page, *page.get_ancestors()]
    translations = list(page.get_translations(inclusive=False).live())
    shown += translations
    for version in [page, *translations]:
        shown += list(version.get_children().live())
    extra: list[Any] = []
    if isinstance(page, EntryPage):
        shown += page.related_entries()
        extra += list(page.review_records.values_list("pk", "reviewed_on", "revision_id"))
        extra += list(page.changes.values_list("pk", "published_on", "note"))
    if isinstance(page, HomePage):
        shown += most_read_entries(page)
    if isinstance(page, CategoryPage):
        shown += page.entries()
    return _digest(sorted({_page_state(p) for p in shown}, key=str), extra)


def site_fingerprint(options: ExportOptions) -> str:
    """A digest of what every page shows around its content: the organisation and the menus."""
    homes = Page.objects.filter(depth=2)
    menus = [_page_state(p) for home in homes for p in home.get_children().live().in_menu()]
    return _digest(
        asdict(options),
        code_version(),
        list(Organisation.objects.values()),
        list(OrganisationTranslation.objects.values()),
        list(FinancialStatement.objects.values()),
        sorted([_page_state(home) for home in homes], key=str),
        sorted(menus, key=str),
    )


def search_index(language: str) -> dict[str, Any]:
    """Approved entries a reader of `language` can find: their questions and short answers.

    Entries in the main language that have no translation are listed under the reader's
    language prefix, where the site serves them.
    """
    records: dict[Any, dict[str, Any]] = {}
    for entry, _review in approved_entries():
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


def root_page() -> str:
    """The folder's own index page, which sends the reader on to a language."""
    codes = json.dumps([code for code, _name in settings.LANGUAGES])
    context = {"main": settings.LANGUAGE_CODE, "codes": codes}
    return render_to_string("publishing/export_root.html", context)


class SiteExporter:
    """Writes the public site into `outdir`; run again, it renders only what changed."""

    def __init__(self, outdir: Path, options: ExportOptions, *, full: bool = False) -> None:
        self.outdir = outdir
        self.options = options
        self.report = ExportReport()
        self.previous = {} if full else self._read_manifest()
        self.manifest: dict[str, dict[str, Any]] = {}
        self.client = Client(**{EXPORT_KEY: options})
        self.public_ids: set[int] = set()
        self.site_state = ""
        self._page_fingerprints: dict[int, str] = {}
        self.static_paths: set[str] = set()

    def _read_manifest(self) -> dict[str, dict[str, Any]]:
        path = self.outdir / MANIFEST
        if not path.exists():
            return {}
        data = json.loads(path.read_text())
        return dict(data.get("files", {}))

    def run(self) -> ExportReport:
        with override_settings(
            PUBLIC_BASE_URL=self.options.base_url,
            ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, "testserver"],
            # Pages kept for readers were rendered for the live site, not for this export.
            PAGE_CACHE_SECONDS=0,
        ):
            self.outdir.mkdir(parents=True, exist_ok=True)
            self.site_state = site_fingerprint(self.options)
            pages = list(public_pages())
            self.public_ids = {page.pk for page in pages}
            seeds = [f"/{code}/" for code, _name in settings.LANGUAGES]
            seeds += [page.url for page in pages if page.url]
            self._crawl(seeds)
            self._write_site_files()
            self._copy_static()
            self._remove_gone()
            manifest = {"site": self.site_state, "files": self.manifest}
            (self.outdir / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True))
        return self.report

    def _crawl(self, seeds: list[str]) -> None:
        queue = list(dict.fromkeys(seeds))
        seen = set(queue)
        while queue:
            path = queue.pop(0)
            for link in self._export_path(path):
                if link not in seen:
                    seen.add(link)
                    queue.append(link)

    def _export_path(self, path: str) -> list[str]:
        """Export one address; returns the addresses it links to."""
        if path.startswith((settings.STATIC_URL, settings.MEDIA_URL)):
            self.static_paths.add(path)
            return []
        if HANDOUT.match(path):
            self._export_handout(path)
            return []
        if not path.endswith("/") or path == "/":
            return []
        if _view_name(path) in READING_VIEWS:
            links = self._render_html(path)
            self.manifest[path] = {"links": links}
            self.report.site_files += 1
            return links
        page = self._page_at(path)
        if page is None:
            self.report.not_exported.append(path)
            return []
        fingerprint = self._fingerprint(page)
        old = self._unchanged(path, fingerprint)
        if old is not None:
            self.report.unchanged += 1
            return list(old.get("links", []))
        links = self._render_html(path)
        self.manifest[path] = {
            "page": page.pk,
            "last_published_at": str(page.last_published_at or ""),
            "fingerprint": fingerprint,
            "links": links,
        }
        self.report.rendered += 1
        return links

    def _unchanged(self, path: str, fingerprint: str) -> dict[str, Any] | None:
        """The earlier export's record of `path` if it is still right (and kept), else None."""
        old = self.previous.get(path)
        if not old or old.get("fingerprint") != fingerprint:
            return None
        if not output_file(self.outdir, path).exists():
            return None
        self.manifest[path] = old
        return old

    def _fingerprint(self, page: Page) -> str:
        if page.pk not in self._page_fingerprints:
            self._page_fingerprints[page.pk] = _digest(self.site_state, page_fingerprint(page))
        return self._page_fingerprints[page.pk]

    def _page_at(self, path: str) -> Page | None:
        """The public page the site serves at `path`, or None."""
        language = path.strip("/").split("/")[0]
        if language not in dict(settings.LANGUAGES):
            return None
        request = RequestFactory().get(path)
        with translation.override(language):
            route = Page.route_for_request(request, path[len(language) + 1 :])
        if route is None or route[0].pk not in self.public_ids:
            return None
        return route[0]

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

    def _export_handout(self, path: str) -> None:
        if not self.options.handouts:
            return
        page_id = int(path.rsplit("/", 1)[1].removesuffix(".pdf"))
        if page_id not in self.public_ids:
            self.report.not_exported.append(path)
            return
        fingerprint = self._fingerprint(Page.objects.get(pk=page_id))
        if self._unchanged(path, fingerprint) is not None:
            self.report.handouts_unchanged += 1
            return
        _write(output_file(self.outdir, path), self._get(path))
        self.manifest[path] = {"page": page_id, "fingerprint": fingerprint, "links": []}
        self.report.handouts_rendered += 1

    def _write_site_files(self) -> None:
        """Sitemap, robots.txt, llms.txt, the feeds and the search indexes: always made anew."""
        files = {path: self._get(path) for path in ("/sitemap.xml", "/robots.txt", "/llms.txt")}
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                files[reverse("entries_feed")] = self._get(reverse("entries_feed"))
                index = search_index(code)
            files[f"/{code}/search/entries.json"] = json.dumps(index, ensure_ascii=False).encode()
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
