"""/health/ for load balancers and monitoring: is the database there, is the engine loaded."""

from django.db import DatabaseError, connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache

from patientfaq.answers.index import INDEXES


@never_cache
def health(request: HttpRequest) -> JsonResponse:
    """200 while the database answers, 503 when it does not; no content, only states."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        database = "ok"
    except DatabaseError:
        connection.close()
        database = "unavailable"
    engine = "loaded" if all(index.is_built for index in INDEXES) else "loading"
    return JsonResponse(
        {"database": database, "answer_engine": engine},
        status=200 if database == "ok" else 503,
    )
