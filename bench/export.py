"""Static export of a site with 1,000 entries: full export, handouts, and a re-export after one
entry changed.

    python bench/export.py [--entries 1000] [--handouts 40] [--all-handouts]

Runs in a throwaway SQLite database and folder: the demo organisation plus generated demo
entries (marked demo, copies of the demo's own wording) up to --entries. Prints the pages and
seconds of a full export without handouts, seconds a PDF handout (median and p95 over
--handouts of them, and the estimate for all), and the re-export after one entry was published
again. --all-handouts also times a full export with every handout.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--handouts", type=int, default=40, help="Handouts to time one by one.")
    parser.add_argument("--all-handouts", action="store_true")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="patientfaq-export-bench-"))
    os.environ.update(
        DEBUG="true",
        VAR_DIR=str(work / "var"),
        DATABASE_URL=f"sqlite:///{work / 'bench.sqlite3'}",
        DJANGO_SETTINGS_MODULE="patientfaq.settings",
    )
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import override_settings

    from patientfaq.demo.loader import load_demo
    from patientfaq.publishing.export import EXPORT_KEY, ExportOptions, SiteExporter

    call_command("migrate", verbosity=0)
    load_demo()
    made = add_entries(args.entries)
    print(f"site: {made} entries in all languages, work folder {work}")

    options = ExportOptions(base_url="https://faq.example.org", handouts=False)
    outdir = work / "site"
    started = time.perf_counter()
    full = SiteExporter(outdir, options).run()
    full_seconds = time.perf_counter() - started
    files = sum(1 for path in outdir.rglob("*") if path.is_file())
    print(f"full export, no handouts: {full_seconds:.1f} s; {full.summary()}; {files} files")

    again = timed(lambda: SiteExporter(outdir, options).run())
    print(f"re-export, nothing changed: {again[0]:.1f} s; {again[1].summary()}")

    changed = change_one_entry()
    incremental = timed(lambda: SiteExporter(outdir, options).run())
    print(
        f"re-export after publishing '{changed}' again: {incremental[0]:.1f} s; "
        f"{incremental[1].summary()}"
    )
    print(f"ratio full / one change: {full_seconds / incremental[0]:.0f}x")

    with override_settings(ALLOWED_HOSTS=["testserver"]):
        handout_seconds = time_handouts(Client(**{EXPORT_KEY: options}), args.handouts)
    median = statistics.median(handout_seconds)
    p95 = sorted(handout_seconds)[int(0.95 * (len(handout_seconds) - 1))]
    count = handout_count()
    print(
        f"handouts: median {median * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms each over "
        f"{len(handout_seconds)}; {count} handouts (entries and topics) would take about "
        f"{median * count:.0f} s on top of the pages"
    )
    if args.all_handouts:
        with_handouts = ExportOptions(base_url="https://faq.example.org", handouts=True)
        seconds, report = timed(lambda: SiteExporter(work / "with-handouts", with_handouts).run())
        print(f"full export with handouts: {seconds:.1f} s; {report.summary()}")


def timed(run):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = run()
    return time.perf_counter() - started, result


def add_entries(total: int) -> int:
    """Copies of the demo's English entries (marked demo) until the site has `total` entries."""
    from patientfaq.editorial.models import ReviewRecord
    from patientfaq.faq.models import EntryPage

    originals = list(EntryPage.objects.live().filter(locale__language_code="en").specific())
    number = 0
    while EntryPage.objects.count() < total:
        source = originals[number % len(originals)]
        number += 1
        category = source.get_parent().specific
        entry = EntryPage(
            title=f"{source.title} (demo copy {number})",
            slug=f"{source.slug}-copy-{number}",
            short_answer=source.short_answer,
            answer=source.answer,
            also_asked=source.also_asked,
        )
        category.add_child(instance=entry)
        revision = entry.save_revision()
        revision.publish()
        review = source.current_review()
        if review is not None:
            ReviewRecord.objects.create(
                entry=entry,
                revision=revision,
                reviewer_name=review.reviewer_name,
                reviewer_credential=review.reviewer_credential,
                reviewed_on=review.reviewed_on,
                next_review_due=review.next_review_due,
            )
    return EntryPage.objects.count()


def change_one_entry() -> str:
    from patientfaq.faq.models import EntryPage

    entry = EntryPage.objects.live().filter(locale__language_code="en").order_by("path")[7]
    entry.short_answer += " (Demo: changed for the benchmark.)"
    entry.save_revision().publish()
    return entry.title


def handout_count() -> int:
    from patientfaq.publishing.public import public_categories, public_entries

    return public_entries().count() + public_categories().count()


def time_handouts(client, count: int) -> list[float]:  # type: ignore[no-untyped-def]
    from patientfaq.publishing.public import public_entries

    seconds = []
    for entry in public_entries()[:count]:
        started = time.perf_counter()
        response = client.get(f"/{entry.locale.language_code}/handouts/{entry.pk}.pdf")
        assert response.status_code == 200
        seconds.append(time.perf_counter() - started)
    return seconds


if __name__ == "__main__":
    main()
