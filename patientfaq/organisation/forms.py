from django import forms
from django.utils.translation import gettext_lazy as _

from .models import StatementRequest


class StatementRequestForm(forms.ModelForm):
    # A field people cannot see; bots fill it in.
    website = forms.CharField(required=False, widget=forms.HiddenInput, label=_("Leave empty"))

    class Meta:
        model = StatementRequest
        fields = ["name", "email", "message"]

    def clean_website(self) -> str:
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("Please leave this field empty."))
        return ""
