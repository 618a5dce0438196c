from django.apps import AppConfig


class AnswersConfig(AppConfig):
    name = "patientfaq.answers"
    label = "answers"

    def ready(self) -> None:
        from . import index  # noqa: F401  (connects the publish/unpublish receivers)
