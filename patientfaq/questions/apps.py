from django.apps import AppConfig


class QuestionsConfig(AppConfig):
    name = "patientfaq.questions"
    label = "questions"
