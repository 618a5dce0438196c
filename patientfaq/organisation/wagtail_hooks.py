from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import FinancialStatement, FundingSource, OrganisationTranslation, StatementRequest


class FinancialStatementViewSet(SnippetViewSet):
    model = FinancialStatement
    icon = "doc-full"
    list_display = ["year", "title"]


class StatementRequestViewSet(SnippetViewSet):
    model = StatementRequest
    icon = "mail"
    list_display = ["name", "email", "received_at", "handled"]
    list_filter = ["handled"]


class OrganisationTranslationViewSet(SnippetViewSet):
    model = OrganisationTranslation
    icon = "globe"
    menu_label = _("Text in other languages")
    list_display = ["language", "charity_status"]


class FundingSourceViewSet(SnippetViewSet):
    model = FundingSource
    icon = "decimal"
    menu_label = _("Funding sources")
    list_display = ["year", "funder", "kind", "share_of_income"]


class OrganisationGroup(SnippetViewSetGroup):
    menu_label = _("Organisation")
    menu_icon = "group"
    items = (
        FinancialStatementViewSet,
        FundingSourceViewSet,
        StatementRequestViewSet,
        OrganisationTranslationViewSet,
    )


register_snippet(OrganisationGroup)
