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
    find_with_english,
    format_signs,
    parse_phrases,
)
from patientfaq.engine.urgent_wording import counted_hits, default_wording

from .models import UrgentCareContact, UrgentSignRule, shipped_digest

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
    """Urgent signs in the reader's language, English too (which many write whatever the page),
    less those the wording classifier reads as ordinary; when no sign's match counts, the
    classifier's verdict as a hit of its own."""
    hits = find_with_english(text, detector_for(language), detector_for("en"))
    return counted_hits(text, language, hits, default_wording())[0]


def urgent_contacts(language: str, organisation: Any) -> tuple[str, str]:
    """(emergency number, crisis line) for this language, else the organisation's."""
    contact = UrgentCareContact.objects.filter(language=language).first()
    if contact:
        return contact.emergency_number, contact.crisis_line or organisation.crisis_line
    return organisation.emergency_number, organisation.crisis_line


def copy_shipped_signs() -> None:
    """Copy the project's sign files into the admin: signs missing there are added, and signs
    staff have not changed follow the files; signs staff changed are kept as they are."""
    for language, signs in DEFAULT_SIGNS.items():
        rows = {row.key: row for row in UrgentSignRule.objects.filter(language=language)}
        for sign in signs:
            digest = shipped_digest(sign.label, sign.phrases)
            row = rows.get(sign.key) or UrgentSignRule(language=language, key=sign.key)
            now = shipped_digest(row.label, parse_phrases(row.phrases))
            if row.pk and now != digest and now != row.shipped:
                continue  # changed on this site (or copied before digests were kept)
            if row.pk and now == digest and row.shipped == digest:
                continue
            row.label, row.phrases, row.shipped = sign.label, "\n".join(sign.phrases), digest
            row.save()


def signs_changed_on_this_site(language: str | None, everything: bool = False) -> dict[str, str]:
    """Return, per language, the signs in use that staff changed (all if everything) as the
    text of a sign file's [[signs]] tables."""
    rows = UrgentSignRule.objects.filter(active=True)
    if language:
        rows = rows.filter(language=language)
    chosen: dict[str, list[UrgentSign]] = {}
    for row in rows.order_by("language", "pk"):
        if everything or row.changed_on_this_site:
            sign = UrgentSign(row.key, row.label, parse_phrases(row.phrases))
            chosen.setdefault(row.language, []).append(sign)
    return {code: format_signs(signs) for code, signs in chosen.items()}


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
