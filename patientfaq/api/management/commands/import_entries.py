"""manage.py import_entries FILE --user editor: entries from a file become drafts for review."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from patientfaq.api.exchange.export import READERS, format_for
from patientfaq.api.exchange.importer import import_reading
from patientfaq.api.exchange.rows import FileRefused, Reading


class Command(BaseCommand):
    help = (
        "Import entries from a CSV, JSON, MedQuAD XML file or a saved FAQ page (HTML or text) "
        "as drafts for clinical review. Importing the same file again changes nothing; a "
        "changed row updates its draft. Nothing is published. Bad rows are listed and skipped."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="The file to import.")
        parser.add_argument(
            "--format", choices=sorted(READERS), help="The file's format (default: from its name)."
        )
        parser.add_argument(
            "--user", required=True, help="The staff member the drafts are written as."
        )
        parser.add_argument(
            "--source",
            help="A name for where the file came from; rows are matched to earlier imports "
            "by this and their ids (default: the file's name).",
        )
        parser.add_argument(
            "--category", default="", help="Category for rows that name none (its title)."
        )
        parser.add_argument("--language", default="en", help="Language of rows that name none.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only list the drafts and details the file proposes; store nothing.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        fmt = options["format"] or format_for(path.name)
        if fmt is None:
            raise CommandError(f"Say --format ({', '.join(sorted(READERS))}) for {path.name}.")
        user = get_user_model().objects.filter(username=options["user"], is_active=True).first()
        if user is None:
            raise CommandError(f"No active staff member is called {options['user']!r}.")
        try:
            reading = READERS[fmt](path.read_bytes())
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}.") from error
        except FileRefused as error:
            raise CommandError(f"{path.name}: {error}") from error

        if options["dry_run"]:
            self._preview(reading)
            return

        def progress(rows: Any) -> Any:
            return tqdm(rows, desc="Importing", unit="row", file=sys.stderr, disable=None)

        report = import_reading(
            reading,
            source=options["source"] or path.name,
            user=user,
            category=options["category"],
            language=options["language"],
            progress=progress,
        )
        for line in report.lines():
            self.stdout.write(line)
        if report.proposal is not None:
            self.stdout.write(
                f"Proposed organisation details (#{report.proposal.pk}), for an administrator "
                "to confirm under Import entries in the admin:"
            )
            for name, value in report.proposal.proposed.items():
                self.stdout.write(f"  {name}: {value}")

    def _preview(self, reading: Reading) -> None:
        for row in reading.rows:
            self.stdout.write(f"{row.where}: [{row.category or '-'}] {row.question}")
        for where, why in reading.unreadable:
            self.stdout.write(f"Row {where} would not be imported: {why}")
        for name, value in reading.proposed_settings.items():
            self.stdout.write(f"  proposed {name}: {value}")
        for note in reading.notes:
            self.stdout.write(note)
        self.stdout.write(
            f"{len(reading.rows)} drafts would be created or updated; nothing was stored."
        )
