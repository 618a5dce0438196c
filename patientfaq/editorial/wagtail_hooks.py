from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import ReviewerProfile, ReviewRecord


class ReviewRecordViewSet(SnippetViewSet):
    model = ReviewRecord
    icon = "tick-inverse"
    list_display = ["entry", "reviewer_name", "reviewed_on", "next_review_due"]
    ordering = ["next_review_due"]


class ReviewerProfileViewSet(SnippetViewSet):
    model = ReviewerProfile
    icon = "user"
    list_display = ["display_name", "credential", "user"]


class ClinicalReviewGroup(SnippetViewSetGroup):
    menu_label = _("Clinical review")
    menu_icon = "tick-inverse"
    items = (ReviewRecordViewSet, ReviewerProfileViewSet)


register_snippet(ClinicalReviewGroup)
