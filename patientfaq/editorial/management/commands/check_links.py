from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from patientfaq.editorial.citations import broken_links_report, check_entry_links, live_entries


class Command(BaseCommand):
    help = (
        "Try the web address of every live entry's sources (LINK_CHECK_TIMEOUT seconds each) and "
        "store the results for the broken-link report under Clinical review. Run it weekly."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--timeout", type=float, help="Seconds to wait for each address.")

    def handle(self, *args: Any, timeout: float | None = None, **options: Any) -> None:
        checks = check_entry_links(live_entries(), timeout)
        broken = len(broken_links_report()["broken"])
        works = sum(check.works for check in checks)
        self.stdout.write(
            f"Checked {len(checks)} addresses: {works} work, {len(checks) - works} do not; "
            f"{broken} sources listed as broken."
        )
