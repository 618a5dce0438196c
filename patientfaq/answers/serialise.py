from typing import Any

from django.http import HttpRequest

from patientfaq.organisation.models import Organisation

from .safety import urgent_contacts
from .service import AnswerResult


def answer_as_json(result: AnswerResult, request: HttpRequest, notice: str = "") -> dict[str, Any]:
    """The answer as the API returns it: urgent guidance first, then vetted entries."""
    organisation = Organisation.for_request(request)
    payload: dict[str, Any] = {
        "urgent": None,
        "query": result.query,
        "language": result.language,
        "answered": result.answered,
        # Not answered, but the results are close enough to offer as "these may help".
        "may_help": result.suggested,
        "notice": notice,
        "personal_advice_note": result.personal_advice,
        "disclaimer": organisation.disclaimer_text,
        "results": [],
    }
    if result.urgent:
        emergency_number, crisis_line = urgent_contacts(result.language, organisation)
        payload["urgent"] = {
            "signs": [{"key": hit.key, "label": hit.label} for hit in result.urgent_signs],
            "emergency_number": emergency_number,
            "crisis_line": crisis_line,
        }
    for item in result.results:
        review = item.review
        payload["results"].append(
            {
                "id": item.entry.pk,
                "question": item.entry.title,
                "url": request.build_absolute_uri(item.entry.get_url(request)),
                "short_answer": item.entry.short_answer,
                "passage": item.passage,
                "score": item.score,
                "reviewed_on": review.reviewed_on.isoformat() if review else None,
                "reviewed_by": review.reviewer_name if review else None,
            }
        )
    return payload
