"""Import entries, in the admin menu for everyone who may add entries."""

from typing import Any

from django.http import HttpRequest
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


class ImportMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return admin_views.may_import(request.user)


@hooks.register("register_admin_urls")
def register_import_urls() -> list[Any]:
    return [
        path("import/", admin_views.import_entries, name="api_import"),
        path("import/proposal/<int:pk>/", admin_views.proposal, name="api_proposal"),
    ]


@hooks.register("register_admin_menu_item")
def register_import_menu_item() -> MenuItem:
    return ImportMenuItem(_("Import entries"), reverse("api_import"), icon_name="upload", order=260)
