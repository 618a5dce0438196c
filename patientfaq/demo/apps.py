from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "patientfaq.demo"
    label = "demo"
