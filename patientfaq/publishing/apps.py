from django.apps import AppConfig


class PublishingConfig(AppConfig):
    name = "patientfaq.publishing"
    label = "publishing"

    def ready(self) -> None:
        from . import page_cache  # noqa: F401  (publishing forgets the kept public pages)
