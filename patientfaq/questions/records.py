"""What patients searched for, kept without personal data. Placeholder until the gaps work lands."""


def record_search(query: str, language: str, answered: bool, top_score: float | None) -> None:
    """Remember a search for the gaps report."""
