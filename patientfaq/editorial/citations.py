"""Entries' sources: their web addresses, checking that those still answer, the broken-link
report, and what a reviewer confirms about each source when approving an entry."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from .identifiers import is_doi, is_pmid
from .models import LinkCheck

USER_AGENT = "patientfaq link check (+https://github.com/patientfaq)"


def source_address(kind: str, value: Any) -> str:
    """The web address a reader follows for this source: its page, its DOI or its PubMed record."""
    if kind == "doi":
        return f"https://doi.org/{value['doi']}"
    if kind == "pubmed":
        return f"https://pubmed.ncbi.nlm.nih.gov/{value['pmid']}/"
    return str(value.get("url") or "")


def identifier_problem(kind: str, value: Any) -> str:
    """Why the source's DOI or PubMed ID is malformed, or '' when it looks right."""
    if kind == "doi" and not is_doi(str(value.get("doi", ""))):
        return _("The DOI is not in the form 10.1234/abc.")
    if kind == "pubmed" and not is_pmid(str(value.get("pmid", ""))):
        return _("The PubMed ID should be digits only.")
    return ""


def try_address(address: str, timeout: float) -> tuple[bool, int | None, str]:
    """(works, HTTP status, problem) after asking `address` once, waiting at most `timeout` s."""
    for method in ("HEAD", "GET"):
        request = urllib.request.Request(address, method=method, headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
                return True, response.status, ""
        except urllib.error.HTTPError as error:
            # Some servers refuse HEAD only; ask again with GET before calling it broken.
            if method == "HEAD" and error.code in (403, 405, 501):
                continue
            return False, error.code, _("The address answered %(status)d.") % {"status": error.code}
        except TimeoutError:
            return False, None, _("No answer within %(seconds)s seconds.") % {"seconds": timeout}
        except (urllib.error.URLError, OSError, ValueError) as error:
            reason = getattr(error, "reason", error)
            if isinstance(reason, TimeoutError):
                return (
                    False,
                    None,
                    _("No answer within %(seconds)s seconds.") % {"seconds": timeout},
                )
            return (
                False,
                None,
                _("Could not reach the address (%(reason)s).") % {"reason": str(reason)[:120]},
            )
    return False, None, _("The address refused both HEAD and GET.")


def check_addresses(addresses: Iterable[str], timeout: float | None = None) -> list[LinkCheck]:
    """The stored result of trying each address now, a few at a time."""
    wanted = sorted({a for a in addresses if a.startswith(("http://", "https://"))})
    seconds = settings.PATIENTFAQ_LINK_CHECK_TIMEOUT if timeout is None else timeout
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda a: try_address(a, seconds), wanted))
    now = timezone.now()
    checks = []
    for address, (works, status, problem) in zip(wanted, results, strict=True):
        check, _created = LinkCheck.objects.update_or_create(
            address=address,
            defaults={"checked_at": now, "works": works, "status": status, "problem": problem},
        )
        checks.append(check)
    return checks


@dataclass(frozen=True)
class SourceState:
    """One source of one entry, with what is known about its address."""

    entry: Any
    title: str
    kind: str
    address: str
    identifier_problem: str
    check: LinkCheck | None

    @property
    def broken(self) -> bool:
        return bool(self.identifier_problem) or (self.check is not None and not self.check.works)


def _sources(entry: Any) -> Iterator[tuple[str, Any]]:
    for block in entry.sources:
        yield block.block_type, block.value


def source_states(entries: Iterable[Any]) -> list[SourceState]:
    """Every source of `entries`, in order, with its identifier and its last link check."""
    pairs = [(entry, kind, value) for entry in entries for kind, value in _sources(entry)]
    addresses = {source_address(kind, value) for _e, kind, value in pairs}
    checks = LinkCheck.objects.in_bulk(addresses, field_name="address")
    return [
        SourceState(
            entry=entry,
            title=str(value.get("title", "")),
            kind=kind,
            address=source_address(kind, value),
            identifier_problem=identifier_problem(kind, value),
            check=checks.get(source_address(kind, value)),
        )
        for entry, kind, value in pairs
    ]


def live_entries() -> Any:
    from patientfaq.faq.models import EntryPage

    return EntryPage.objects.live().select_related("locale").order_by("locale", "path")


def check_entry_links(entries: Iterable[Any], timeout: float | None = None) -> list[LinkCheck]:
    """Try the addresses of these entries' sources now; the stored results come back."""
    addresses = [source_address(kind, value) for e in entries for kind, value in _sources(e)]
    return check_addresses(addresses, timeout)


def broken_links_report() -> dict[str, Any]:
    """Sources whose link failed or whose identifier is malformed, and how many are unchecked."""
    states = source_states(live_entries())
    return {
        "broken": [state for state in states if state.broken],
        "unchecked": len({s.address for s in states if s.check is None and s.address}),
        "checked": len({s.address for s in states if s.check is not None}),
        "last_checked": max((s.check.checked_at for s in states if s.check), default=None),
    }


def confirm_sources(entry: Any, ticked_by_reviewer: bool = False) -> list[dict[str, Any]]:
    """What the approval of `entry` records about each source: title, address, link state, and
    whether the reviewer ticked it as checked."""
    confirmed = []
    for state in source_states([entry]):
        if state.check is None:
            link = "not checked"
        else:
            link = "works" if state.check.works else "broken"
        confirmed.append(
            {
                "title": state.title,
                "kind": state.kind,
                "address": state.address,
                "identifier_ok": not state.identifier_problem,
                "link": link,
                "link_checked_on": state.check.checked_at.date().isoformat()
                if state.check
                else None,
                "ticked_by_reviewer": ticked_by_reviewer,
            }
        )
    return confirmed
