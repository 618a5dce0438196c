"""One archive file holds the whole site: every table's rows and every uploaded file.

The rows are in Django's own JSON dump format (primary keys kept, times to the microsecond), the
same on SQLite and PostgreSQL: pages, revisions, workflow states, translations, review records,
images and documents come back as they were. Derived data is left
out: sessions (everyone logs in again), the admin's search index (built again after
loading) and the answer engine's change notes. A manifest says what the archive holds, from which
version of the schema, with a digest of every file.
"""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import serializers
from django.core.management import call_command
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, transaction
from django.db.migrations.recorder import MigrationRecorder
from wagtail.models import Page

FORMAT = 1
LEFT_OUT = [
    "sessions",
    "wagtailsearch",
    "answers.searchindexchange",
    "answers.searchindexversion",
]


class BackupError(Exception):
    """An archive that cannot be restored here, with what to do about it."""


@dataclass
class Restored:
    rows: int
    media_files: int


def applied_migrations() -> list[str]:
    """Every migration applied to this database, as app.name, sorted."""
    recorder = MigrationRecorder(connection)
    return sorted(f"{app}.{name}" for app, name in recorder.applied_migrations())


def make_backup(archive: Path) -> dict[str, Any]:
    """Write the database and the media files to one .tar.gz; returns its manifest."""
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory() as scratch:
        dump = Path(scratch) / "database.json"
        # One transaction, so the rows are a consistent picture even while editors work.
        with transaction.atomic():
            counts = _dump_rows(dump)
            migrations = applied_migrations()
        media = sorted(p for p in media_root.rglob("*") if p.is_file())
        manifest = {
            "format": FORMAT,
            "made_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "database_vendor": connection.vendor,
            "migrations": migrations,
            "rows": counts,
            "database_sha256": _sha256(dump),
            "media": {str(p.relative_to(media_root)): _sha256(p) for p in media},
        }
        archive.parent.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archive, "w:gz") as tar:
            _add_bytes(tar, "manifest.json", json.dumps(manifest, indent=1).encode())
            tar.add(dump, arcname="database.json")
            for path in media:
                tar.add(path, arcname=f"media/{path.relative_to(media_root)}")
    return manifest


def database_has_content() -> bool:
    """True once anyone made an account or a page (Wagtail's own starting pages aside)."""
    return (
        get_user_model().objects.exists()
        or Page.objects.exclude(content_type__app_label="wagtailcore").exists()
    )


def empty_database() -> None:
    """Delete every row of every table, Django's own too, so restored rows keep their keys."""
    postgresql = connection.vendor == "postgresql"
    if postgresql:
        # PostgreSQL truncates no table with checks still pending in this transaction.
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
    if postgresql:
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def restore_backup(archive: Path, replace: bool = False) -> Restored:
    """Put an archive's rows and media files back; refuses a database with content unless
    `replace`, and an archive from another version of the schema."""
    with tarfile.open(archive, "r:gz") as tar, tempfile.TemporaryDirectory() as scratch:
        manifest = _read_manifest(tar)
        missing = sorted(set(manifest["migrations"]) - set(applied_migrations()))
        extra = sorted(set(applied_migrations()) - set(manifest["migrations"]))
        if missing or extra:
            raise BackupError(
                "This archive was made with a different version of patientfaq "
                f"({len(missing)} migrations it has are not applied here, {len(extra)} applied "
                "here are not in it). Restore it with the version that made it, then upgrade."
            )
        if database_has_content() and not replace:
            raise BackupError(
                "The database already has content. Restore into an empty database, or add "
                "--replace to delete everything in this one first."
            )
        tar.extractall(scratch, filter="data")
        dump = Path(scratch) / "database.json"
        if _sha256(dump) != manifest["database_sha256"]:
            raise BackupError("The archive's database dump is damaged (its digest differs).")
        media_dir = Path(scratch) / "media"
        for name, digest in manifest["media"].items():
            if _sha256(media_dir / name) != digest:
                raise BackupError(f"The archive's media file {name} is damaged.")
        with transaction.atomic():
            empty_database()
            call_command("loaddata", str(dump), verbosity=0)
        media_root = Path(settings.MEDIA_ROOT)
        for name in manifest["media"]:
            target = media_root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes((media_dir / name).read_bytes())
    call_command("update_index", verbosity=0)  # loading rows does not index them
    return Restored(rows=sum(manifest["rows"].values()), media_files=len(manifest["media"]))


class _ExactTimes(DjangoJSONEncoder):
    """Django's encoder, but times keep their microseconds (it rounds to milliseconds)."""

    def default(self, o: Any) -> Any:
        if isinstance(o, datetime | time):
            return o.isoformat()
        return super().default(o)


def _dump_rows(dump: Path) -> dict[str, int]:
    """Write every table's rows as dumpdata would (models in dependency order); returns the
    number of rows per model."""
    app_configs = [(config, None) for config in apps.get_app_configs() if config.models_module]
    models = [
        model
        for model in serializers.sort_dependencies(app_configs, allow_cycles=True)
        if model._meta.managed
        and not model._meta.proxy
        and model._meta.app_label not in LEFT_OUT
        and model._meta.label_lower not in LEFT_OUT
    ]
    counts = {model._meta.label_lower: model._base_manager.count() for model in models}
    rows = (row for model in models for row in model._base_manager.order_by("pk").iterator())
    with dump.open("w", encoding="utf-8") as stream:
        serializers.serialize("json", rows, stream=stream, cls=_ExactTimes)
    return {label: n for label, n in counts.items() if n}


def _read_manifest(tar: tarfile.TarFile) -> dict[str, Any]:
    try:
        member = tar.extractfile("manifest.json")
        manifest = json.load(member) if member else None
    except (KeyError, json.JSONDecodeError):
        manifest = None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError("This file is not a patientfaq backup (no readable manifest.json).")
    return manifest


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    tar.addfile(info, io.BytesIO(data))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
