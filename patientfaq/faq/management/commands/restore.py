from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from patientfaq.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = "Restore an archive made by `manage.py backup` into an empty, migrated database."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("archive", type=Path)
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Delete everything in this database first, even if it has content.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not options["archive"].is_file():
            raise CommandError(f"No archive at {options['archive']}.")
        try:
            restored = restore_backup(options["archive"], replace=options["replace"])
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"Restored {restored.rows} rows and {restored.media_files} media files "
            f"from {options['archive']}."
        )
