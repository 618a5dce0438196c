"""manage.py export_site OUTDIR: the public site as static files for any web server or CDN."""

from __future__ import annotations

import os
import time
from argparse import BooleanOptionalAction
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from patientfaq.publishing.export import ExportError, ExportOptions, SiteExporter, check_outdir


def _address(value: str, option: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query:
        raise CommandError(f"{option} must be a full address such as https://faq.example.org/")
    return value.rstrip("/")


class Command(BaseCommand):
    help = (
        "Write every public page in every language, the handouts, sitemap, feeds, robots.txt, "
        "llms.txt and the static files to OUTDIR. Run again, it renders only what changed."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("outdir", type=Path, help="The folder to write (empty, or an export).")
        parser.add_argument(
            "--base-url",
            default=settings.SITE_URL,
            help="Where the export will be served, e.g. https://example.org/faq (default: "
            "SITE_URL). Used for the sitemap, feeds, structured data and QR codes; links "
            "between pages are relative, so they work from any folder.",
        )
        parser.add_argument(
            "--answer-api",
            default="",
            help="The live site (e.g. https://faq.example.org) whose answer API answers "
            "questions asked on the export; its ANSWER_API_CORS_ORIGINS must name the "
            "export's address. Without it, questions are searched in the browser.",
        )
        parser.add_argument(
            "--handouts",
            action=BooleanOptionalAction,
            default=True,
            help="Write the PDF handouts (the slowest part; default: yes).",
        )
        parser.add_argument(
            "--full",
            action="store_true",
            help="Render every page again, changed or not (handouts whose HTML is unchanged are "
            "read from HANDOUT_DIR).",
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=os.cpu_count() or 1,
            help="Processes that render pages at once (default: the machine's cores).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        outdir: Path = options["outdir"].resolve()
        export_options = ExportOptions(
            base_url=_address(options["base_url"], "--base-url"),
            answer_api=_address(options["answer_api"], "--answer-api")
            if options["answer_api"]
            else "",
            handouts=options["handouts"],
        )
        if options["workers"] < 1:
            raise CommandError("--workers must be 1 or more.")
        started = time.perf_counter()
        try:
            check_outdir(outdir)
            exporter = SiteExporter(
                outdir, export_options, full=options["full"], workers=options["workers"]
            )
            report = exporter.run()
        except ExportError as error:
            raise CommandError(str(error)) from None
        seconds = time.perf_counter() - started
        self.stdout.write(f"{report.summary()}, in {seconds:.1f} s, to {outdir}.")
        if report.not_exported:
            shown = ", ".join(sorted(set(report.not_exported))[:10])
            self.stdout.write(
                f"{len(set(report.not_exported))} linked addresses need the live site and were "
                f"left out: {shown}"
            )
