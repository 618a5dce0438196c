"""Notice questions asking for a personal medical decision: the answer adds a care-team note."""

import re

# A decision about one's own care: stopping, starting, changing or skipping treatment, or
# whether to see someone. These get the answer plus "talk to your care team", never advice.
_PERSONAL_DECISION = re.compile(
    r"\b(should|can|could|may|must|do|ought)\s+(i|we|he|she|they|my\s+\w+)\b"
    r".{0,60}?\b(stop|start|quit|skip|change|switch|reduce|increase|lower|raise|double|come off|"
    r"take|taking|give|giving|keep|go back|refuse)\b",
    re.IGNORECASE | re.DOTALL,
)
_SPANISH_DECISION = re.compile(
    r"\b(debo|puedo|deber[ií]a|tengo que)\b.{0,60}?"
    r"\b(dejar|parar|cambiar|tomar|empezar|bajar|subir)",
    re.IGNORECASE | re.DOTALL,
)


def asks_for_personal_advice(text: str) -> bool:
    """True when the question asks what this person should do about their own treatment."""
    return bool(_PERSONAL_DECISION.search(text) or _SPANISH_DECISION.search(text))
