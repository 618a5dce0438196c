"""The charity's identity, shown in every page's footer, and its financial statements."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

DEFAULT_DISCLAIMER = _(
    "This information is for general education. It is not medical advice and does not replace "
    "talking with your own doctor or care team. If you think you need urgent care, call your "
    "local emergency number now."
)


@register_setting(icon="group")
class Organisation(BaseSiteSetting):
    legal_name = models.CharField(max_length=200, blank=True, verbose_name=_("Legal name"))
    charity_status = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("Charity status"),
        help_text=_("For example: 501(c)(3) public charity, or Registered charity in England."),
    )
    tax_id = models.CharField(max_length=60, blank=True, verbose_name=_("Tax ID or charity number"))
    founded_year = models.PositiveIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1800), MaxValueValidator(2100)],
        verbose_name=_("Year founded"),
    )
    founders = models.CharField(max_length=300, blank=True, verbose_name=_("Founders"))
    mission = models.TextField(blank=True, verbose_name=_("Mission, in one or two sentences"))
    donate_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Donate page"),
    )
    contact_email = models.EmailField(blank=True, verbose_name=_("Contact e-mail"))
    contact_phone = models.CharField(max_length=60, blank=True, verbose_name=_("Contact phone"))
    postal_address = models.TextField(blank=True, verbose_name=_("Postal address"))
    emergency_number = models.CharField(
        max_length=40,
        blank=True,
        verbose_name=_("Emergency number"),
        help_text=_(
            "Shown first when a question mentions urgent symptoms, for example 911 or 112."
        ),
    )
    crisis_line = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("Crisis line"),
        help_text=_(
            "For thoughts of suicide or self-harm, for example: 988 Suicide & Crisis Lifeline."
        ),
    )
    disclaimer = models.TextField(
        blank=True,
        verbose_name=_("Medical disclaimer"),
        help_text=_("Shown on every page and with every answer. Leave empty for the default text."),
    )
    editorial_policy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Editorial policy page"),
        help_text=_("Linked from the trust page, in the reader's language where translated."),
    )
    funding_statement = models.TextField(
        blank=True,
        verbose_name=_("How we are funded"),
        help_text=_("A few sentences for the trust page; the funders themselves are listed below."),
    )
    conflicts_policy = models.TextField(
        blank=True,
        verbose_name=_("Conflicts of interest"),
        help_text=_(
            "How the organisation handles ties to companies or funders; each reviewer's own "
            "declared interests are set under Clinical reviewers."
        ),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("legal_name"),
                FieldPanel("charity_status"),
                FieldPanel("tax_id"),
                FieldPanel("founded_year"),
                FieldPanel("founders"),
                FieldPanel("mission"),
            ],
            heading=_("Identity"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("postal_address"),
                FieldPanel("donate_page"),
            ],
            heading=_("Contact and donations"),
        ),
        MultiFieldPanel(
            [FieldPanel("emergency_number"), FieldPanel("crisis_line")], heading=_("Urgent care")
        ),
        FieldPanel("disclaimer"),
        MultiFieldPanel(
            [
                FieldPanel("editorial_policy_page"),
                FieldPanel("funding_statement"),
                FieldPanel("conflicts_policy"),
            ],
            heading=_("Trust page"),
        ),
    ]

    class Meta:
        verbose_name = _("organisation")

    @property
    def disclaimer_text(self) -> str:
        return self.disclaimer or str(DEFAULT_DISCLAIMER)


class OrganisationTranslation(models.Model):
    """The organisation's words in another language; empty fields fall back to the main ones."""

    language = models.CharField(
        max_length=10, choices=settings.LANGUAGES, unique=True, verbose_name=_("Language")
    )
    charity_status = models.CharField(max_length=200, blank=True, verbose_name=_("Charity status"))
    founders = models.CharField(max_length=300, blank=True, verbose_name=_("Founders"))
    mission = models.TextField(blank=True, verbose_name=_("Mission, in one or two sentences"))
    disclaimer = models.TextField(blank=True, verbose_name=_("Medical disclaimer"))
    funding_statement = models.TextField(blank=True, verbose_name=_("How we are funded"))
    conflicts_policy = models.TextField(blank=True, verbose_name=_("Conflicts of interest"))

    panels = [
        FieldPanel("language"),
        FieldPanel("charity_status"),
        FieldPanel("founders"),
        FieldPanel("mission"),
        FieldPanel("disclaimer"),
        FieldPanel("funding_statement"),
        FieldPanel("conflicts_policy"),
    ]

    class Meta:
        verbose_name = _("organisation text in another language")

    def __str__(self) -> str:
        return self.get_language_display()


TRANSLATED_FIELDS = (
    "charity_status",
    "founders",
    "mission",
    "disclaimer",
    "funding_statement",
    "conflicts_policy",
)


class LocalisedOrganisation:
    """The organisation as readers of one language see it: translated text where there is one."""

    def __init__(self, organisation: Organisation, language: str) -> None:
        self._organisation = organisation
        self._translation = (
            OrganisationTranslation.objects.filter(language=language).first()
            if language != settings.LANGUAGE_CODE
            else None
        )

    def __getattr__(self, name: str) -> object:
        if name in TRANSLATED_FIELDS and self._translation is not None:
            value = getattr(self._translation, name)
            if value:
                return value
        return getattr(self._organisation, name)

    @property
    def disclaimer_text(self) -> str:
        return self.disclaimer or str(DEFAULT_DISCLAIMER)

    @property
    def text_language(self) -> str:
        """The language the organisation's own words are shown in."""
        return self._translation.language if self._translation else settings.LANGUAGE_CODE


class FinancialStatement(models.Model):
    year = models.PositiveIntegerField(
        validators=[MinValueValidator(1900), MaxValueValidator(2100)], verbose_name=_("Year")
    )
    title = models.CharField(max_length=200, verbose_name=_("Title"))
    document = models.ForeignKey(
        "wagtaildocs.Document", on_delete=models.PROTECT, related_name="+", verbose_name=_("File")
    )

    panels = [FieldPanel("year"), FieldPanel("title"), FieldPanel("document")]

    class Meta:
        ordering = ["-year"]
        verbose_name = _("financial statement")

    def __str__(self) -> str:
        return f"{self.year}: {self.title}"


class FundingSource(models.Model):
    """Who gave money in a year, listed on the trust page."""

    INDIVIDUALS, FOUNDATION, GOVERNMENT, INDUSTRY, OTHER = (
        "individuals",
        "foundation",
        "government",
        "industry",
        "other",
    )
    KINDS = [
        (INDIVIDUALS, _("Gifts from individuals")),
        (FOUNDATION, _("Charitable foundation")),
        (GOVERNMENT, _("Government or public body")),
        (INDUSTRY, _("Company (for example a drug or device maker)")),
        (OTHER, _("Other")),
    ]

    funder = models.CharField(max_length=200, verbose_name=_("Funder"))
    kind = models.CharField(max_length=20, choices=KINDS, verbose_name=_("Kind of funder"))
    year = models.PositiveIntegerField(
        validators=[MinValueValidator(1900), MaxValueValidator(2100)], verbose_name=_("Year")
    )
    share_of_income = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
        verbose_name=_("Share of that year's income (%)"),
    )

    panels = [
        FieldPanel("funder"),
        FieldPanel("kind"),
        FieldPanel("year"),
        FieldPanel("share_of_income"),
    ]

    class Meta:
        ordering = ["-year", "-share_of_income", "funder"]
        verbose_name = _("funding source")

    def __str__(self) -> str:
        return f"{self.year}: {self.funder}"


class StatementRequest(models.Model):
    """Someone asked for the financial statements. Staff reply, then delete the request."""

    name = models.CharField(max_length=120, verbose_name=_("Your name"))
    email = models.EmailField(verbose_name=_("Your e-mail address"))
    message = models.TextField(
        max_length=2000, blank=True, verbose_name=_("Which statements you would like (optional)")
    )
    received_at = models.DateTimeField(auto_now_add=True)
    handled = models.BooleanField(default=False, verbose_name=_("Handled"))

    panels = [
        FieldPanel("name", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("message", read_only=True),
        FieldPanel("handled"),
    ]

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("financial statement request")

    def __str__(self) -> str:
        return f"{self.name} ({self.received_at:%Y-%m-%d})"
