"""The shapes the API reads and writes; the OpenAPI schema is generated from these."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from patientfaq.faq.models import CategoryPage, EntryPage
from patientfaq.organisation.models import FinancialStatement

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class LanguageQuery(serializers.Serializer):
    language = serializers.ChoiceField(choices=LANGUAGE_CODES, required=False)


class EntryListQuery(LanguageQuery):
    # Page ids are 32-bit: a larger number is refused before it reaches the database.
    category = serializers.IntegerField(required=False, min_value=1, max_value=2**31 - 1)


class QuestionQuery(LanguageQuery):
    q = serializers.CharField(
        max_length=100_000, allow_blank=True, trim_whitespace=False, help_text=_("The question.")
    )


class CategorySummary(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()


class ReviewSerializer(serializers.Serializer):
    reviewed_on = serializers.DateField()
    reviewed_by = serializers.CharField(source="reviewer_name")
    credential = serializers.CharField(source="reviewer_credential", allow_blank=True)
    next_review_due = serializers.DateField()


class EntrySerializer(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    question = serializers.CharField(source="title")
    short_answer = serializers.CharField(allow_blank=True)
    answer = serializers.CharField(allow_blank=True, help_text=_("The full answer, as HTML."))
    also_asked = serializers.ListField(child=serializers.CharField(), source="phrasings")
    language = serializers.CharField(source="locale.language_code")
    category = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()
    last_published_at = serializers.DateTimeField(allow_null=True)
    review = serializers.SerializerMethodField()

    @extend_schema_field(CategorySummary)
    def get_category(self, entry: EntryPage) -> dict[str, Any]:
        parent = entry.get_parent()
        return {"id": parent.pk, "title": parent.title}

    def get_url(self, entry: EntryPage) -> str:
        request = self.context["request"]
        return request.build_absolute_uri(entry.get_url(request))

    @extend_schema_field(ReviewSerializer(allow_null=True))
    def get_review(self, entry: EntryPage) -> dict[str, Any] | None:
        record = entry.current_review()
        return dict(ReviewSerializer(record).data) if record else None


class CategorySerializer(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    title = serializers.CharField()
    intro = serializers.CharField(allow_blank=True)
    language = serializers.CharField(source="locale.language_code")
    url = serializers.SerializerMethodField()
    entry_count = serializers.SerializerMethodField()

    def get_url(self, category: CategoryPage) -> str:
        request = self.context["request"]
        return request.build_absolute_uri(category.get_url(request))

    def get_entry_count(self, category: CategoryPage) -> int:
        return EntryPage.objects.child_of(category).live().public().count()


class FinancialStatementSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    title = serializers.CharField()


class OrganisationSerializer(serializers.Serializer):
    legal_name = serializers.CharField(allow_blank=True)
    charity_status = serializers.CharField(allow_blank=True)
    tax_id = serializers.CharField(allow_blank=True)
    founded_year = serializers.IntegerField(allow_null=True)
    founders = serializers.CharField(allow_blank=True)
    mission = serializers.CharField(allow_blank=True)
    contact_email = serializers.CharField(allow_blank=True)
    contact_phone = serializers.CharField(allow_blank=True)
    postal_address = serializers.CharField(allow_blank=True)
    emergency_number = serializers.CharField(allow_blank=True)
    crisis_line = serializers.CharField(allow_blank=True)
    disclaimer = serializers.CharField(source="disclaimer_text")
    language = serializers.CharField(source="text_language")
    financial_statements = serializers.SerializerMethodField()
    financial_statements_url = serializers.SerializerMethodField()

    @extend_schema_field(FinancialStatementSerializer(many=True))
    def get_financial_statements(self, organisation: Any) -> list[Any]:
        statements = FinancialStatement.objects.all()
        return list(FinancialStatementSerializer(statements, many=True).data)

    def get_financial_statements_url(self, organisation: Any) -> str:
        """Where readers ask for the statements, in the language asked for."""
        with translation.override(organisation.text_language):
            return str(self.context["request"].build_absolute_uri(reverse("financial_statements")))


class UrgentSignSerializer(serializers.Serializer):
    key = serializers.CharField()
    label = serializers.CharField()


class UrgentSerializer(serializers.Serializer):
    signs = UrgentSignSerializer(many=True)
    emergency_number = serializers.CharField(allow_blank=True)
    crisis_line = serializers.CharField(allow_blank=True)


class AnswerResultSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    question = serializers.CharField()
    url = serializers.CharField()
    short_answer = serializers.CharField(allow_blank=True)
    passage = serializers.CharField(allow_blank=True)
    score = serializers.FloatField()
    reviewed_on = serializers.DateField(allow_null=True)
    reviewed_by = serializers.CharField(allow_null=True)


class AnswerSerializer(serializers.Serializer):
    """Urgent guidance first (null when none), then the vetted entries that answer."""

    urgent = UrgentSerializer(allow_null=True)
    query = serializers.CharField()
    language = serializers.CharField()
    answered = serializers.BooleanField()
    may_help = serializers.BooleanField(
        help_text=_("Not answered, but the results are close enough to offer as help.")
    )
    notice = serializers.CharField(allow_blank=True)
    personal_advice_note = serializers.BooleanField()
    disclaimer = serializers.CharField()
    results = AnswerResultSerializer(many=True)


class DraftWrite(serializers.Serializer):
    """An entry as an editor writes it. Publishing is not a field: a clinical reviewer approves."""

    category = serializers.IntegerField(min_value=1, help_text=_("The category page's id."))
    question = serializers.CharField(max_length=255, trim_whitespace=False)
    short_answer = serializers.CharField(max_length=400, trim_whitespace=False)
    answer = serializers.CharField(
        max_length=100_000,
        trim_whitespace=False,
        help_text=_("HTML (cleaned to the editor's features) or plain text paragraphs."),
    )
    also_asked = serializers.CharField(
        max_length=5_000, required=False, allow_blank=True, trim_whitespace=False
    )

    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, dict):
            unknown = sorted(set(data) - set(self.fields))
            if unknown:
                raise serializers.ValidationError(
                    {
                        name: [
                            _(
                                "Unknown field. Entries are published only when a clinical "
                                "reviewer approves them."
                            )
                            if name in {"live", "publish", "published", "status"}
                            else _("Unknown field.")
                        ]
                        for name in unknown
                    }
                )
        return super().to_internal_value(data)


class DraftUpdate(DraftWrite):
    category = None  # type: ignore[assignment]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("partial", True)
        super().__init__(*args, **kwargs)


class DraftSerializer(serializers.Serializer):
    """A draft as its latest revision has it, and where it stands in the review."""

    id = serializers.IntegerField()
    category = serializers.IntegerField()
    question = serializers.CharField()
    short_answer = serializers.CharField(allow_blank=True)
    answer = serializers.CharField(allow_blank=True)
    also_asked = serializers.CharField(allow_blank=True)
    live = serializers.BooleanField(help_text=_("Whether readers see a published version."))
    has_unpublished_changes = serializers.BooleanField()
    in_review = serializers.BooleanField()
    admin_url = serializers.CharField()


class ReviewStarted(serializers.Serializer):
    id = serializers.IntegerField()
    in_review = serializers.BooleanField()
    workflow = serializers.CharField()
    detail = serializers.CharField()


class ProblemSerializer(serializers.Serializer):
    type = serializers.CharField()
    title = serializers.CharField()
    status = serializers.IntegerField()
    detail = serializers.CharField()
    errors = serializers.DictField(required=False)
