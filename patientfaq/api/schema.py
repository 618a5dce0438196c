"""What the served OpenAPI schema covers: this API, not the admin's internal endpoints."""

from typing import Any

PREFIX = "/api/v1/"


def this_api_only(endpoints: list[tuple[str, Any, str, Any]], **kwargs: Any) -> list[Any]:
    """The endpoints under /api/v1/."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith(PREFIX)]
