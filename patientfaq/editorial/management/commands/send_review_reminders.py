from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from patientfaq.editorial.reviews import send_review_reminders


class Command(BaseCommand):
    help = (
        "E-mail each clinical reviewer the entries overdue or due within REVIEW_REMINDER_DAYS "
        "days: the reviewer who approved an entry last, else every clinical reviewer. Run it "
        "weekly from cron."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be sent; send nothing."
        )

    def handle(self, *args: Any, dry_run: bool = False, **options: Any) -> None:
        sent = send_review_reminders(dry_run=dry_run)
        verb = "would send" if dry_run else "sent"
        self.stdout.write(
            f"{sent['entries']} entries due for review; {verb} {sent['emails']} e-mails."
        )
