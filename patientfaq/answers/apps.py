from django.apps import AppConfig


class AnswersConfig(AppConfig):
    name = "patientfaq.answers"
    label = "answers"
