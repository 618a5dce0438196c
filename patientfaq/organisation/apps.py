from django.apps import AppConfig


class OrganisationConfig(AppConfig):
    name = "patientfaq.organisation"
    label = "organisation"
