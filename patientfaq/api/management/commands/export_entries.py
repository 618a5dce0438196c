"""manage.py export_entries --format csv: published entries in a format import_entries reads."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from wagtail.models import Site

from patientfaq.api.exchange.export import READERS, export, published_entries
from patientfaq.organisation.models import Organisation


class Command(BaseCommand):
    help = "Export the published entries of one language as CSV, JSON, MedQuAD XML or one page."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--format", choices=sorted(READERS), required=True)
        parser.add_argument("--language", default="en")
        parser.add_argument("--category", default="", help="Only this category (its slug).")
        parser.add_argument("--output", help="The file to write (default: standard output).")

    def handle(self, *args: Any, **options: Any) -> None:
        entries = published_entries(options["language"], options["category"])
        organisation = Organisation.for_site(Site.objects.get(is_default_site=True))
        data = export(options["format"], entries, organisation)
        if options["output"]:
            Path(options["output"]).write_bytes(data)
            self.stderr.write(f"{entries.count()} entries written to {options['output']}.")
        else:
            sys.stdout.buffer.write(data)
