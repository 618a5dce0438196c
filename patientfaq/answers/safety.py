"""Urgent-sign detection with the lists editors keep in the admin."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Max

from patientfaq.engine.urgent import (
    DEFAULT_SIGNS,
    UrgentDetector,
    UrgentHit,
    UrgentSign,
    compile_signs,
    default_detector,
    parse_phrases,
)

from .models import UrgentCareContact, UrgentSignRule

_compiled: dict[str, tuple[tuple[Any, ...], UrgentDetector]] = {}


def detector_for(language: str) -> UrgentDetector:
    """The detector built from the admin's list for a language, or the built-in one."""
    rules = UrgentSignRule.objects.filter(language=language, active=True)
    version = tuple(rules.aggregate(n=Count("pk"), latest=Max("updated_at")).values())
    cached = _compiled.get(language)
    if cached and cached[0] == version:
        return cached[1]
    if not version[0]:
        detector = default_detector(language)
    else:
        signs = [UrgentSign(r.key, r.label, parse_phrases(r.phrases)) for r in rules]
        detector = compile_signs(signs, language)
    _compiled[language] = (version, detector)
    return detector


def urgent_signs(text: str, language: str) -> list[UrgentHit]:
    """Urgent signs in the reader's language; English too, which many write whatever the page."""
    hits = detector_for(language).find(text)
    if language != "en":
        seen = {hit.key for hit in hits}
        hits += [hit for hit in detector_for("en").find(text) if hit.key not in seen]
    return hits


def urgent_contacts(language: str, organisation: Any) -> tuple[str, str]:
    """(emergency number, crisis line) for this language, else the organisation's."""
    contact = UrgentCareContact.objects.filter(language=language).first()
    if contact:
        return contact.emergency_number, contact.crisis_line or organisation.crisis_line
    return organisation.emergency_number, organisation.crisis_line


def ensure_default_signs() -> None:
    """Put the built-in signs in the admin for each language that has none yet."""
    for language, signs in DEFAULT_SIGNS.items():
        if UrgentSignRule.objects.filter(language=language).exists():
            continue
        UrgentSignRule.objects.bulk_create(
            UrgentSignRule(
                language=language, key=s.key, label=s.label, phrases="\n".join(s.phrases)
            )
            for s in signs
        )


SAFETY_PERMISSIONS = {
    "Editors": ["add_urgentsignrule", "change_urgentsignrule", "view_urgentsignrule"],
    "Clinical reviewers": ["add_urgentsignrule", "change_urgentsignrule", "view_urgentsignrule"],
    "Administrators": [
        "add_urgentsignrule",
        "change_urgentsignrule",
        "delete_urgentsignrule",
        "view_urgentsignrule",
        "add_urgentcarecontact",
        "change_urgentcarecontact",
        "delete_urgentcarecontact",
        "view_urgentcarecontact",
    ],
}


def grant_safety_permissions() -> None:
    """Let staff groups keep the urgent-sign lists; adds, never removes."""
    from django.contrib.auth.models import Group

    from patientfaq.editorial.roles import permission

    for group_name, codenames in SAFETY_PERMISSIONS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is not None:
            group.permissions.add(
                *(permission("answers", name.split("_", 1)[1], name) for name in codenames)
            )
