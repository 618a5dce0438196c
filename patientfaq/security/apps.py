from django.apps import AppConfig


class SecurityConfig(AppConfig):
    name = "patientfaq.security"
    label = "security"

    def ready(self) -> None:
        from . import lockout  # noqa: F401  (counts failed sign-ins)
