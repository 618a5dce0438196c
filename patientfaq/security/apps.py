from django.apps import AppConfig


class SecurityConfig(AppConfig):
    name = "patientfaq.security"
    label = "security"
