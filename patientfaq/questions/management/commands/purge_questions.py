from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from patientfaq.questions.retention import purge_expired


class Command(BaseCommand):
    help = (
        "Delete patients' searches, questions and feedback older than QUESTION_RETENTION_DAYS "
        "(daily counts are kept). Safe to run from cron, e.g. once a night."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Print what would be deleted; delete nothing."
        )
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Keep this many days instead of QUESTION_RETENTION_DAYS "
            f"(now {settings.QUESTION_RETENTION_DAYS}).",
        )

    def handle(
        self, *args: Any, dry_run: bool = False, days: int | None = None, **options: Any
    ) -> None:
        if days is not None and days < 0:
            raise CommandError("--days must be 0 or more.")
        result = purge_expired(days=days, dry_run=dry_run)
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(
            f"{verb} {result.searches} searches, {result.questions} questions and "
            f"{result.feedback} feedback votes dated before {result.cutoff.isoformat()}."
        )
        if not dry_run:
            self.stdout.write("Daily counts of what was deleted are kept.")
