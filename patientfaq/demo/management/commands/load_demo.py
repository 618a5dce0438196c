from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from patientfaq.demo.loader import load_demo


class Command(BaseCommand):
    help = (
        "Load the fictional demo organisation and its FAQ entries. Safe to run again: pages, "
        "settings and users that already exist are left as they are."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--demo-users-password",
            metavar="PASSWORD",
            help="Also create the staff accounts admin, editor and reviewer with this password "
            "(for trying the admin on your own machine; never on a public server).",
        )

    def handle(self, *args: Any, demo_users_password: str | None = None, **options: Any) -> None:
        created = load_demo(demo_users_password)
        summary = ", ".join(f"{count} {name}" for name, count in created.items())
        self.stdout.write(f"Demo content loaded. Created this run: {summary}.")
