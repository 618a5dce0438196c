from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from patientfaq.backup import make_backup


class Command(BaseCommand):
    help = "Write the whole site (database rows and media files) to one .tar.gz archive."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("archive", type=Path, help="Where to write, e.g. backup.tar.gz")

    def handle(self, *args: Any, **options: Any) -> None:
        manifest = make_backup(options["archive"])
        self.stdout.write(
            f"Wrote {options['archive']}: {sum(manifest['rows'].values())} rows, "
            f"{len(manifest['media'])} media files."
        )
