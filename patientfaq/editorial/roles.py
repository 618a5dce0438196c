"""The three staff groups and the clinical review workflow every installation starts with.

Created after each `migrate` when missing; never overwritten, so an administrator's later changes
to the groups or the workflow stand.
"""

from typing import Any

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext as _
from wagtail.models import (
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

EDITORS = "Editors"
REVIEWERS = "Clinical reviewers"
ADMINISTRATORS = "Administrators"
WORKFLOW_NAME = "Clinical review"

PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page", "lock_page"],
    REVIEWERS: ["add_page", "change_page", "lock_page", "publish_page"],
    ADMINISTRATORS: [
        "add_page",
        "change_page",
        "lock_page",
        "publish_page",
        "unlock_page",
        "bulk_delete_page",
    ],
}
MODEL_PERMISSIONS = {
    EDITORS: [],
    REVIEWERS: [
        ("editorial", "reviewrecord", ["add", "change", "view"]),
    ],
    ADMINISTRATORS: [
        ("editorial", "reviewrecord", ["add", "change", "delete", "view"]),
        ("editorial", "reviewerprofile", ["add", "change", "delete", "view"]),
        ("editorial", "entrychange", ["add", "change", "delete", "view"]),
        ("organisation", "organisation", ["change"]),
        ("organisation", "financialstatement", ["add", "change", "delete", "view"]),
        ("organisation", "statementrequest", ["change", "delete", "view"]),
        ("organisation", "organisationtranslation", ["add", "change", "delete", "view"]),
        ("wagtaildocs", "document", ["add", "change", "delete", "choose"]),
        ("wagtailimages", "image", ["add", "change", "delete", "choose"]),
    ],
}


def permission(app_label: str, model: str, codename: str) -> Permission:
    # get_or_create: on a fresh database post_migrate may reach us before another app's types exist.
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": codename.replace("_", " ").capitalize()},
    )
    return permission


def ensure_roles() -> None:
    """Create the staff groups, their permissions and the clinical review workflow if missing."""
    root = Page.get_first_root_node()
    if root is None:
        return
    groups = {}
    for name in (EDITORS, REVIEWERS, ADMINISTRATORS):
        group, created = Group.objects.get_or_create(name=name)
        groups[name] = group
        if not created and group.permissions.exists():
            continue
        group.permissions.add(permission("wagtailadmin", "admin", "access_admin"))
        for codename in PAGE_PERMISSIONS[name]:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=permission("wagtailcore", "page", codename)
            )
        for app_label, model, actions in MODEL_PERMISSIONS[name]:
            for action in actions:
                group.permissions.add(permission(app_label, model, f"{action}_{model}"))

    # The workflow's name is stored untranslated: it is how this code finds it again.
    if not Workflow.objects.filter(name=WORKFLOW_NAME).exists():
        from .models import ClinicalReviewTask

        task, _created = ClinicalReviewTask.objects.get_or_create(name=_("Clinical review"))
        task.groups.set([groups[REVIEWERS]])
        workflow = Workflow.objects.create(name=WORKFLOW_NAME)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


def ensure_locales() -> None:
    """One Wagtail locale per configured language, so every language has its URLs."""
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def ensure_roles_after_migrate(**kwargs: Any) -> None:
    ensure_locales()
    ensure_roles()
