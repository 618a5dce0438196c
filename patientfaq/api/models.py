"""Where each imported entry came from, and organisation details an import proposes.

API tokens are Wagtail's own (wagtail.models.APIToken, `manage.py api_tokens create`)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ImportedEntry(models.Model):
    """One row of an imported file and the draft it became: re-importing updates, never doubles."""

    source = models.CharField(max_length=100, verbose_name=_("Source"))
    source_id = models.CharField(max_length=200, verbose_name=_("Id in the source"))
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    fingerprint = models.CharField(max_length=64)
    imported_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("imported entry")
        constraints = [
            models.UniqueConstraint(fields=["source", "source_id"], name="one_draft_per_source_id")
        ]

    def __str__(self) -> str:
        return f"{self.source}:{self.source_id}"


class SettingsProposal(models.Model):
    """Organisation details found in an imported page, waiting for an administrator to confirm."""

    source = models.CharField(max_length=100, verbose_name=_("Source"))
    proposed = models.JSONField(verbose_name=_("Proposed details"))
    created_at = models.DateTimeField(auto_now_add=True)
    applied_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("proposed organisation details")

    def __str__(self) -> str:
        return f"{self.source} ({self.created_at:%Y-%m-%d})"


class ImportUpload(models.Model):
    """A file uploaded in the admin, kept between its preview and the editor's confirmation."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    filename = models.CharField(max_length=200)
    format = models.CharField(max_length=20)
    category = models.CharField(max_length=255, blank=True)
    data = models.BinaryField()
    uploaded_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.filename
