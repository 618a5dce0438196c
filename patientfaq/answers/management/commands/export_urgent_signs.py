from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from patientfaq.answers.safety import signs_changed_on_this_site


class Command(BaseCommand):
    help = (
        "Print the urgent signs staff changed in the admin, per language, as [[signs]] tables "
        "to paste into patientfaq/engine/urgent_signs/<language>.toml in a pull request."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--language", help="only this language code, such as de")
        parser.add_argument(
            "--all", action="store_true", help="every sign in use, changed here or not"
        )

    def handle(self, *args: Any, language: str | None = None, **options: Any) -> None:
        exported = signs_changed_on_this_site(language, everything=options["all"])
        if not exported:
            self.stdout.write("# No sign in use was changed on this site.")
        for code, text in exported.items():
            self.stdout.write(f"# {code}.toml\n\n{text}")
