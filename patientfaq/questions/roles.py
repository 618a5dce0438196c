"""Who may do what with patients' questions.

Editors and clinical reviewers read the inbox and the gaps report and answer questions; only
administrators export or delete them. The staff groups are created by the editorial app; this
adds our permissions to them after each `migrate`, but only to a group that holds none of them
yet, so an administrator's later choices stand.
"""

from typing import Any

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

from patientfaq.editorial.roles import ADMINISTRATORS, EDITORS, REVIEWERS

QUESTION_PERMISSIONS = {
    EDITORS: ["view", "change"],
    REVIEWERS: ["view", "change"],
    ADMINISTRATORS: ["view", "change", "delete", "export"],
}
PERMISSION_NAMES = {
    "view": "Can view patient's question",
    "change": "Can change patient's question",
    "delete": "Can delete patient's question",
    "export": "Can export patients' questions",
}


def _permission(action: str) -> Permission:
    # get_or_create: our post_migrate may run before Django has created the app's permissions.
    content_type, _created = ContentType.objects.get_or_create(
        app_label="questions", model="patientquestion"
    )
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename=f"{action}_patientquestion",
        defaults={"name": PERMISSION_NAMES[action]},
    )
    return permission


def grant_question_permissions(**kwargs: Any) -> None:
    """Give each staff group its permissions on patients' questions, if it has none yet."""
    for name, actions in QUESTION_PERMISSIONS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        if group.permissions.filter(content_type__app_label="questions").exists():
            continue
        group.permissions.add(*(_permission(action) for action in actions))
