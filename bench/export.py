"""Static export of a site with 1,000 entries: full export, re-export with nothing changed and
after one entry changed, without and with the PDF handouts; then, with handouts, a full export
into an empty folder, which reads the handouts kept (HANDOUT_DIR) instead of making them.

    python bench/export.py [--entries 1000] [--workers 2] [--no-handouts]

Runs in a throwaway SQLite database and folder: the demo organisation plus generated demo
entries (marked demo, copies of the demo's own wording) up to --entries. Prints seconds, pages
rendered, CPU seconds (the main process and its workers) and the machine's load average (1, 5,
15 minutes) beside each figure, and the queries a page costs (rendered one by one in this
process, over a sample of entries and topics).
"""

from __future__ import annotations

import argparse
import os
import resource
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
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--no-handouts", action="store_true", help="Skip the runs with handouts.")
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
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    from django.core.management import call_command

    from patientfaq.demo.loader import load_demo
    from patientfaq.publishing.export import ExportOptions

    call_command("migrate", verbosity=0)
    load_demo()
    made = add_entries(args.entries)
    print(f"site: {made} entries in all languages, {args.workers} workers, work folder {work}")

    runs = [("no handouts", False)] + ([] if args.no_handouts else [("with handouts", True)])
    for number, (label, handouts) in enumerate(runs):
        options = ExportOptions(base_url="https://faq.example.org", handouts=handouts)
        outdir = work / f"site-{number}"
        full = export(outdir, options, args.workers)
        print(f"full export, {label}: {full}")
        print(f"re-export, nothing changed, {label}: {export(outdir, options, args.workers)}")
        changed = change_one_entry(number)
        again = export(outdir, options, args.workers)
        print(f"re-export after publishing '{changed}' again, {label}: {again}")
        if handouts:
            # As a second export, or one after the live site has made them, does.
            kept = export(work / f"site-{number}-again", options, args.workers)
            print(f"full export into an empty folder, handouts kept from before: {kept}")
        if number == 0:
            median, p95, pages = queries_a_page()
            print(f"queries a page: median {median:.0f}, p95 {p95:.0f} over {pages} pages")


def load() -> str:
    return "load " + " ".join(f"{value:.1f}" for value in os.getloadavg())


def export(outdir: Path, options, workers: int) -> str:  # type: ignore[no-untyped-def]
    """One export's seconds, what it did, and the load average just after."""
    from django.db import connection

    from patientfaq.publishing.export import SiteExporter

    queries = 0

    def count(execute, sql, params, many, context):  # type: ignore[no-untyped-def]
        nonlocal queries
        queries += 1
        return execute(sql, params, many, context)

    cpu_before = cpu_seconds()
    started = time.perf_counter()
    with connection.execute_wrapper(count):
        report = SiteExporter(outdir, options, workers=workers).run()
    seconds = time.perf_counter() - started
    cpu = cpu_seconds() - cpu_before
    files = sum(1 for path in outdir.rglob("*") if path.is_file())
    return (
        f"{seconds:.1f} s ({load()}), {cpu:.1f} CPU s in all processes; {report.summary()}; "
        f"{files} files; {queries} queries in the main process"
    )


def cpu_seconds() -> float:
    """CPU time of this process and of its finished workers."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def queries_a_page(sample: int = 40) -> tuple[float, float, int]:
    """Median and p95 of the queries one page costs, rendered here one at a time."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from patientfaq.publishing.export import ExportOptions, Render, SiteExporter
    from patientfaq.publishing.public import public_categories, public_entries
    from patientfaq.publishing.site_tree import SiteTree

    exporter = SiteExporter(Path(tempfile.mkdtemp()), ExportOptions(base_url="https://x.org"))
    exporter.tree = SiteTree()
    pages = [*public_entries()[:sample], *public_categories()]
    counts = []
    with exporter.settings():
        for page in pages:
            with CaptureQueriesContext(connection) as captured:
                exporter._render(Render(page.url, "page", {"page": page.pk}))
            counts.append(len(captured.captured_queries))
    return statistics.median(counts), sorted(counts)[int(0.95 * (len(counts) - 1))], len(counts)


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


def change_one_entry(number: int) -> str:
    from patientfaq.faq.models import EntryPage

    entry = EntryPage.objects.live().filter(locale__language_code="en").order_by("path")[7 + number]
    entry.short_answer += " (Demo: changed for the benchmark.)"
    entry.save_revision().publish()
    return entry.title


if __name__ == "__main__":
    main()
