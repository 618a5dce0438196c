from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "patientfaq.api"
    label = "api"
    verbose_name = "API and data exchange"
