from django.apps import AppConfig


class PublishingConfig(AppConfig):
    name = "patientfaq.publishing"
    label = "publishing"
