from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from patientfaq.faq.models import CategoryPage

from .models import MAX_QUESTION_CHARS, EntryFeedback
from .text import unreadable_characters

UNREADABLE = _(
    "Your question contains characters we cannot read. Please type it again, or paste it as "
    "plain text."
)


class AskForm(forms.Form):
    question = forms.CharField(
        label=_("Your question"),
        help_text=_("In your own words. Please do not include names, addresses or phone numbers."),
        max_length=MAX_QUESTION_CHARS,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "required": _("Please type your question."),
            "max_length": _("Please keep your question under 2,000 characters."),
            "null_characters_not_allowed": UNREADABLE,
        },
    )
    email = forms.EmailField(
        label=_("Your e-mail address (optional)"),
        required=False,
        max_length=254,
        help_text=_("Only if you would like us to tell you when we have an answer."),
    )
    consent = forms.BooleanField(required=False)
    # A field people cannot see; bots fill it in.
    website = forms.CharField(required=False, widget=forms.HiddenInput, label=_("Leave empty"))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = _(
            "You may keep my e-mail address to reply to me. It is deleted once you have "
            "replied, and at the latest after %(days)s days."
        ) % {"days": settings.QUESTION_RETENTION_DAYS}

    def clean_question(self) -> str:
        text: str = self.cleaned_data["question"]
        if unreadable_characters(text):
            raise forms.ValidationError(UNREADABLE)
        if not any(ch.isalnum() for ch in text):
            raise forms.ValidationError(_("Please type your question in words."))
        return text

    def clean_website(self) -> str:
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("Please leave this field empty."))
        return ""

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if cleaned.get("email") and not cleaned.get("consent"):
            self.add_error(
                "consent",
                _("Tick this box so we may keep your e-mail address, or leave the address empty."),
            )
        return cleaned

    @property
    def is_spam(self) -> bool:
        return "website" in self.errors

    @property
    def reply_email(self) -> str:
        return self.cleaned_data.get("email", "") if self.cleaned_data.get("consent") else ""


class FeedbackForm(forms.Form):
    entry = forms.IntegerField(widget=forms.HiddenInput)
    helpful = forms.TypedChoiceField(
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
    )
    reason = forms.ChoiceField(
        required=False,
        label=_("If not, what was wrong? (optional)"),
        choices=[("", _("Choose a reason"))] + list(EntryFeedback.Reason.choices),
    )
    website = forms.CharField(required=False, widget=forms.HiddenInput)


class CategoryChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: CategoryPage) -> str:
        return f"{obj.title} ({obj.locale.language_code})"


class AnswerForm(forms.Form):
    entry = forms.TypedChoiceField(label=_("The entry that answers it"), coerce=int)
    include_similar = forms.BooleanField(
        required=False, label=_("Answer the similar new questions listed above with it too")
    )


class DraftForm(forms.Form):
    category = CategoryChoiceField(
        queryset=CategoryPage.objects.select_related("locale").order_by("locale", "path"),
        label=_("Category of the new entry"),
    )
    include_similar = forms.BooleanField(
        required=False, label=_("Add the similar new questions listed above to the draft too")
    )
