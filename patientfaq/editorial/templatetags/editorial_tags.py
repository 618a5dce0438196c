"""What a reviewer reads where they approve an entry or ask for changes."""

from __future__ import annotations

from typing import Any

from django import template

from ..changes import changes_since_approval
from ..citations import source_states

register = template.Library()


@register.simple_tag
def review_of(entry: Any, revision: Any = None, form: Any = None) -> dict[str, Any]:
    """What changed since the last approval, and the sources to tick (ticked as last posted)."""
    changes = changes_since_approval(entry, revision)
    ticked = set(form.data.getlist("sources")) if form is not None and form.is_bound else set()
    return {
        "changes": changes,
        "sources": [
            {"index": str(index), "state": state, "ticked": str(index) in ticked}
            for index, state in enumerate(source_states([changes.proposed]))
        ],
    }
