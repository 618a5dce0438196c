from django.apps import AppConfig


class AnswersConfig(AppConfig):
    name = "patientfaq.answers"
    label = "answers"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from . import index  # noqa: F401  (connects the publish/unpublish receivers)

        post_migrate.connect(_seed_signs, sender=self)


def _seed_signs(**kwargs: object) -> None:
    from .safety import copy_shipped_signs, grant_safety_permissions

    copy_shipped_signs()
    grant_safety_permissions()
