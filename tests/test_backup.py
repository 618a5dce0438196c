"""An administrator backs the site up to one file and restores it into an empty database."""

import io
import tarfile

import pytest
from django.core.files.images import ImageFile
from django.core.management import CommandError, call_command
from PIL import Image as PILImage
from wagtail.images.models import Image
from wagtail.models import Locale, Page, Revision, TaskState, WorkflowState
from wagtail_localize.models import TranslationSource

from patientfaq.backup import BackupError, empty_database, make_backup, restore_backup
from patientfaq.editorial.models import ReviewRecord
from patientfaq.organisation.models import FinancialStatement, Organisation


def _png() -> bytes:
    """A real 1x1 PNG, so the archive carries an image's exact bytes."""
    out = io.BytesIO()
    PILImage.new("RGB", (1, 1), (200, 30, 60)).save(out, format="PNG")
    return out.getvalue()


PNG = _png()

COMPARED = [Page, Revision, WorkflowState, TaskState, ReviewRecord, Organisation, Locale]
COMPARED += [TranslationSource, Image, FinancialStatement]


def _content() -> dict[str, list[dict]]:
    return {m.__name__: list(m.objects.order_by("pk").values()) for m in COMPARED}


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def site_with_an_image(media, myoclonus, bob):
    Image.objects.create(title="Demo logo", file=ImageFile(io.BytesIO(PNG), name="logo.png"))
    organisation = Organisation.objects.first()
    organisation.legal_name = "Demo Patient Society (backup test)"
    organisation.save()
    myoclonus.save_revision(user=bob).publish()
    return media


@pytest.mark.django_db
def test_a_backup_restores_into_an_empty_database_as_it_was(site_with_an_image, tmp_path):
    before = _content()
    assert before["Revision"] and before["ReviewRecord"] and len(before["Locale"]) > 1
    archive = tmp_path / "site.tar.gz"
    manifest = make_backup(archive)
    assert manifest["rows"]["wagtailcore.page"] == len(before["Page"])
    with tarfile.open(archive) as tar:
        assert {"manifest.json", "database.json"} <= set(tar.getnames())

    empty_database()
    for path in site_with_an_image.rglob("*"):
        if path.is_file():
            path.unlink()
    assert not Page.objects.exists()

    restored = restore_backup(archive)
    assert restored.media_files == len(manifest["media"]) >= 1
    after = _content()
    for name in before:
        assert after[name] == before[name], name
    image = Image.objects.get(title="Demo logo")
    assert (site_with_an_image / image.file.name).read_bytes() == PNG
    assert Page.objects.search("myoclonus")  # the admin's search works again


@pytest.mark.django_db
def test_restoring_over_content_is_refused_unless_asked(site_with_an_image, tmp_path, myoclonus):
    archive = tmp_path / "site.tar.gz"
    make_backup(archive)
    myoclonus.title = "Changed after the backup"
    myoclonus.save()
    with pytest.raises(CommandError, match="already has content.*--replace"):
        call_command("restore", str(archive))
    assert Page.objects.get(pk=myoclonus.pk).title == "Changed after the backup"

    call_command("restore", str(archive), "--replace", stdout=io.StringIO())
    assert Page.objects.get(pk=myoclonus.pk).title != "Changed after the backup"


@pytest.mark.django_db
def test_a_file_that_is_no_backup_is_refused(tmp_path):
    not_a_backup = tmp_path / "photo.tar.gz"
    with tarfile.open(not_a_backup, "w:gz"):
        pass
    with pytest.raises(BackupError, match="not a patientfaq backup"):
        restore_backup(not_a_backup)
