"""Where the shared evaluation data lives, for the bench scripts."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """The shared data folder: $PATIENTFAQ_DATA, else ../shared/data beside the project."""
    return Path(os.environ.get("PATIENTFAQ_DATA", ROOT.parent / "shared" / "data"))


def data_file(name: str) -> Path:
    """A file of the shared data, or exit with a clear reason when it is absent."""
    path = data_dir() / name
    if not path.is_file():
        raise SystemExit(
            f"skipped: {path} not found. The evaluation data sits in ../shared/data beside "
            "the project; set PATIENTFAQ_DATA to its folder."
        )
    return path
