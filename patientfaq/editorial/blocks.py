"""Typed citations: each kind renders as a proper reference and validates its identifier."""

from typing import Any

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .identifiers import DOI_PATTERN, PMID_PATTERN

DOI_VALIDATOR = RegexValidator(
    DOI_PATTERN.pattern,
    _("Enter a DOI such as 10.1016/S1474-4422(15)00401-9, without the https://doi.org/ part."),
)
PMID_VALIDATOR = RegexValidator(
    PMID_PATTERN.pattern, _("Enter a PubMed ID: digits only, such as 26906964.")
)


class YearBlock(blocks.IntegerBlock):
    """A year, read from the form as a number.

    Wagtail compares the posted form with the saved version to decide whether anything changed;
    a year read back as the text "2024" differed from the stored 2024, so a reviewer approving
    from the editor saved a new version and had to approve it again.
    """

    def value_from_datadict(self, data: Any, files: Any, prefix: str) -> Any:
        value = super().value_from_datadict(data, files, prefix)
        try:
            return int(value)
        except (TypeError, ValueError):
            return value


class _CitationBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=300, label=_("Title"))
    authors = blocks.CharBlock(
        required=False,
        max_length=300,
        label=_("Authors"),
        help_text=_("For example: Graus F, et al."),
    )
    publisher = blocks.CharBlock(
        max_length=200, label=_("Publisher or journal"), help_text=_("The organisation or journal.")
    )
    year = YearBlock(min_value=1800, max_value=2100, label=_("Year"))


class WebPageCitation(_CitationBlock):
    url = blocks.URLBlock(label=_("Web address"))

    class Meta:
        label = _("Web page")
        template = "editorial/citations/web.html"


class PubMedCitation(_CitationBlock):
    pmid = blocks.CharBlock(max_length=9, validators=[PMID_VALIDATOR], label=_("PubMed ID"))

    class Meta:
        label = _("PubMed article")
        template = "editorial/citations/pubmed.html"


class DOICitation(_CitationBlock):
    doi = blocks.CharBlock(max_length=200, validators=[DOI_VALIDATOR], label=_("DOI"))

    class Meta:
        label = _("Article with a DOI")
        template = "editorial/citations/doi.html"


class GuidelineCitation(_CitationBlock):
    url = blocks.URLBlock(label=_("Web address"))

    class Meta:
        label = _("Clinical guideline")
        template = "editorial/citations/guideline.html"


class SourcesBlock(blocks.StreamBlock):
    web = WebPageCitation()
    pubmed = PubMedCitation()
    doi = DOICitation()
    guideline = GuidelineCitation()

    class Meta:
        min_num = 0
