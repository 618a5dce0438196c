from django.apps import AppConfig
from django.db.models.signals import post_migrate


class QuestionsConfig(AppConfig):
    name = "patientfaq.questions"
    label = "questions"

    def ready(self) -> None:
        from .roles import grant_question_permissions

        post_migrate.connect(grant_question_permissions, sender=self)
