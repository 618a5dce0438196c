"""The code stays as the style guide asks: ruff-clean everywhere, type-checked engine."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True)


def test_ruff_finds_nothing_to_fix():
    result = run("ruff", "check", ".")
    assert result.returncode == 0, result.stdout


def test_the_answer_engine_type_checks():
    result = run("mypy")
    assert result.returncode == 0, result.stdout
