from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from patientfaq.engine.urgent import WORDING_KEY
from patientfaq.engine.urgent_wording import counted_hits, default_wording

from .safety import detector_for


class SentenceForm(forms.Form):
    language = forms.ChoiceField(choices=settings.LANGUAGES, label=_("Language"))
    sentence = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
        label=_("A sentence a patient might write"),
    )


class TestSentenceView(WagtailAdminTemplateMixin, FormView):
    """Staff type a sentence and see which urgent signs it sets off, and why others did not."""

    template_name = "answers/admin/test_sentence.html"
    form_class = SentenceForm
    page_title = _("Test a sentence against the urgent signs")
    header_icon = "warning"

    def form_valid(self, form: SentenceForm) -> Any:
        language, sentence = form.cleaned_data["language"], form.cleaned_data["sentence"]
        explained = detector_for(language).explain(sentence)
        matched = [hit for hit in explained if not hit.ignored]
        wording = default_wording()
        # Read once: the score is shown as well as used, and reading may encode the sentence.
        score, confirm = reading = wording.reading(sentence, language, matched=bool(matched))
        shown, aside = counted_hits(sentence, language, matched, wording, reading)
        context = self.get_context_data(
            form=form,
            tested=True,
            hits=[hit for hit in shown if hit.key != WORDING_KEY],
            set_aside=[(hit, f"{confirm[hit.key]:.2f}") for hit in aside],
            ignored=[hit for hit in explained if hit.ignored],
            wording_score=f"{score:.2f}",
            wording_threshold=f"{wording.threshold:.2f}",
            wording_fires=score >= wording.threshold,
        )
        return self.render_to_response(context)
