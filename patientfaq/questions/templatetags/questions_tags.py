from django import template

from patientfaq.questions.models import EntryFeedback

register = template.Library()


@register.simple_tag
def feedback_reasons() -> list[tuple[str, str]]:
    """The reasons a reader can give when an entry did not answer their question."""
    return list(EntryFeedback.Reason.choices)
