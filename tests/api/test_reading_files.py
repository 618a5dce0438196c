"""Reading files needs no database: pages, plain text and files that cannot be read at all."""

from pathlib import Path

import pytest

from patientfaq.api.exchange import formats, page
from patientfaq.api.exchange.rows import FileRefused

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_pasted_plain_text_page_is_read_the_same_way():
    reading = page.read_page((FIXTURES / "demo_faq_page.txt").read_bytes())
    assert [row.question for row in reading.rows] == [
        "What is a tremor?",
        "Does caffeine make my shaking worse?",
    ]
    assert "resting in the lap" in reading.rows[0].answer
    proposed = reading.proposed_settings
    assert proposed["tax_id"] == "00-7654321"
    assert proposed["founders"] == "Amal Haddad and Joe Brennan"
    assert proposed["financial_statements"] == "Financial statements available upon request."
    assert proposed["disclaimer"].startswith("This page is not a substitute for medical advice.")


@pytest.mark.parametrize(
    "reader, data, message",
    [
        (formats.read_csv, b"", "empty"),
        (formats.read_csv, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (formats.read_csv, b"name,email\nAda,ada@example.org\n", "question and answer"),
        (formats.read_json, b'{"entries": [', "not valid JSON"),
        (formats.read_json, b'"just a string"', "list of entries"),
        (formats.read_medquad, b"<Document><QAPair>", "well-formed"),
        (
            formats.read_medquad,
            b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
            b"<Document>&b;</Document>",
            "well-formed",
        ),
        (page.read_page, "<html><body><p>Только текст без вопросов.</p>".encode(), "No questions"),
        (page.read_page, b"x" * (21 * 1024 * 1024), "larger than"),
    ],
)
def test_files_that_cannot_be_read_are_refused_with_a_reason(reader, data, message):
    with pytest.raises(FileRefused, match=message):
        reader(data)
