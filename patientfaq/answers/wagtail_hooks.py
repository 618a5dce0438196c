from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_views import TestSentenceView
from .models import UrgentCareContact, UrgentSignRule


class UrgentSignViewSet(SnippetViewSet):
    model = UrgentSignRule
    icon = "warning"
    menu_label = _("Urgent signs")
    list_display = ["label", "language", "key", "active", "changed_on_this_site"]
    list_filter = ["language", "active"]


class UrgentCareContactViewSet(SnippetViewSet):
    model = UrgentCareContact
    icon = "mobile-alt"
    menu_label = _("Numbers per language")
    list_display = ["language", "emergency_number", "crisis_line"]


class PatientSafetyGroup(SnippetViewSetGroup):
    menu_label = _("Patient safety")
    menu_icon = "warning"
    items = (UrgentSignViewSet, UrgentCareContactViewSet)


register_snippet(PatientSafetyGroup)


@hooks.register("register_admin_urls")
def urgent_sign_test_url():  # type: ignore[no-untyped-def]
    return [path("urgent-signs/test/", TestSentenceView.as_view(), name="urgent_sign_test")]


@hooks.register("register_admin_menu_item")
def urgent_sign_test_menu_item() -> MenuItem:
    return MenuItem(
        _("Test urgent signs"), reverse("urgent_sign_test"), icon_name="warning", order=900
    )
