from django.apps import AppConfig
from django.db.models.signals import post_migrate


class EditorialConfig(AppConfig):
    name = "patientfaq.editorial"
    label = "editorial"

    def ready(self) -> None:
        from . import roles, signals  # noqa: F401  (connects the workflow receivers)

        post_migrate.connect(roles.ensure_roles_after_migrate, sender=self)
