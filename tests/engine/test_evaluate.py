"""The evaluation command, on tiny files written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from patientfaq.engine import evaluate

from .conftest import CORPUS, SEED_QUERY


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        "".join(
            json.dumps({"id": d.id, "question": d.question, "answer": d.answer, "source": "test"})
            + "\n"
            for d in CORPUS
            if d.language == "en"
        ),
        encoding="utf-8",
    )
    queries = tmp_path / "queries.jsonl"
    queries.write_text(
        json.dumps({"qid": "q1", "text": SEED_QUERY})
        + "\n"
        + json.dumps({"qid": "q2", "text": "rash on my cheeks and sore joints"})
        + "\n"
        + json.dumps({"qid": "q3", "text": "???"})
        + "\n"
        + json.dumps({"qid": "q4", "text": "his seizure won't stop, it has been ten minutes"})
        + "\n",
        encoding="utf-8",
    )
    qrels = tmp_path / "qrels.txt"
    qrels.write_text("q1 0 myoclonus 2\nq2 0 lupus 2\nq2 0 migraine 0\n", encoding="utf-8")
    return {"corpus": corpus, "queries": queries, "qrels": qrels, "out": tmp_path / "run.jsonl"}


@pytest.mark.model
def test_it_writes_one_line_per_query_and_prints_the_figures(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [f"--{name}={path}" for name, path in files.items()]
    assert evaluate.main([*argv, f"--cache-dir={tmp_path / 'cache'}"]) == 0

    rows = [json.loads(line) for line in files["out"].read_text().splitlines()]
    assert [r["qid"] for r in rows] == ["q1", "q2", "q3", "q4"]
    assert set(rows[0]) == {"qid", "results", "answered", "urgent"}
    assert rows[0]["results"][0]["id"] == "myoclonus"
    assert rows[2] == {"qid": "q3", "results": [], "answered": False, "urgent": False}
    assert rows[3]["urgent"] is True
    assert rows[0]["urgent"] is False
    printed = capsys.readouterr().out
    for figure in ("P@1 1.000", "MRR@10 1.000", "nDCG@10", "Recall@10", "latency_ms p50"):
        assert figure in printed


def test_it_explains_a_missing_file(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        evaluate.main(["--corpus=/nonexistent.jsonl", f"--queries={files['queries']}", "--out=x"])
    assert "does not exist" in capsys.readouterr().err


def test_help_names_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        evaluate.main(["--help"])
    printed = capsys.readouterr().out
    for option in ("--corpus", "--queries", "--qrels", "--out", "--limit", "--cache-dir"):
        assert option in printed
