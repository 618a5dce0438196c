"""Reading and writing entries as CSV, JSON and MedQuAD-style XML.

Each reader returns a Reading: the rows it could read, and for each row it could not, where it
was and why. A file that cannot be read at all raises FileRefused.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any
from xml.etree.ElementTree import Element, SubElement, tostring

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError
from defusedxml.ElementTree import fromstring as parse_xml
from django.utils.translation import gettext as _

from .rows import FIELDS, EntryRow, FileRefused, Reading, clean_line, decoded

JSON_FORMAT = "patientfaq.entries"


def _row_from(values: dict[str, Any], where: str) -> EntryRow:
    """A row from a mapping of field names; ValueError names what is wrong."""
    text = {}
    for name in FIELDS:
        value = values.get(name)
        if value is None:
            value = ""
        if isinstance(value, list) and name == "also_asked":
            value = "\n".join(str(item) for item in value)
        if not isinstance(value, str | int):
            raise ValueError(_("%(field)s must be text.") % {"field": name})
        text[name] = str(value).strip()
    if not text["question"]:
        raise ValueError(_("The question is missing."))
    if not text["answer"]:
        raise ValueError(_("The answer is missing."))
    return EntryRow(where=where, **text)


def _csv_reader(text: str) -> csv.DictReader[str] | None:
    """A reader for the text, comma-separated or as sniffed, whose header names question and
    answer; None when no dialect gives such a header."""
    dialects: list[Any] = [csv.excel]
    try:
        dialects.append(csv.Sniffer().sniff(text[:4096], delimiters=",;\t"))
    except csv.Error:
        pass
    for dialect in dialects:
        reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
        columns = {name.strip().lower() for name in reader.fieldnames or []}
        if {"question", "answer"} <= columns:
            return reader
    return None


def read_csv(data: bytes) -> Reading:
    """Rows of a CSV file whose first line names the columns (question and answer at least)."""
    text = decoded(data)
    reader = _csv_reader(text)
    if reader is None:
        raise FileRefused(
            _("The first line must name the columns, with at least question and answer.")
        )
    reading = Reading()
    try:
        for number, record in enumerate(reader, start=2):
            where = _("line %(n)s") % {"n": reader.line_num or number}
            values = {(k or "").strip().lower(): v for k, v in record.items()}
            if None in record or "" in values and values[""]:
                reading.unreadable.append((where, _("This line has more cells than columns.")))
                continue
            if any(v is None for v in record.values()):
                reading.unreadable.append((where, _("This line has fewer cells than columns.")))
                continue
            try:
                reading.rows.append(_row_from(values, where))
            except ValueError as error:
                reading.unreadable.append((where, str(error)))
    except csv.Error as error:
        raise FileRefused(_("The CSV file is malformed: %(error)s") % {"error": error}) from error
    return reading


def write_csv(rows: Iterable[EntryRow]) -> bytes:
    """The rows as CSV with a header line, in UTF-8."""
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=FIELDS)
    writer.writeheader()
    for row in rows:
        writer.writerow(row.as_record())
    return out.getvalue().encode()


def read_json(data: bytes) -> Reading:
    """Rows of a JSON file: a list of entries, or {"entries": [...]} as this site exports."""
    try:
        document = json.loads(decoded(data))
    except json.JSONDecodeError as error:
        raise FileRefused(
            _("This is not valid JSON (line %(line)s, column %(col)s).")
            % {"line": error.lineno, "col": error.colno}
        ) from error
    items = document.get("entries") if isinstance(document, dict) else document
    if not isinstance(items, list):
        raise FileRefused(_('The JSON must be a list of entries, or an object with "entries".'))
    reading = Reading()
    for number, item in enumerate(items, start=1):
        where = _("entry %(n)s") % {"n": number}
        if not isinstance(item, dict):
            reading.unreadable.append((where, _("An entry must be an object with fields.")))
            continue
        try:
            reading.rows.append(_row_from(item, where))
        except ValueError as error:
            reading.unreadable.append((where, str(error)))
    return reading


def write_json(rows: Iterable[EntryRow]) -> bytes:
    """The rows as this site's JSON export."""
    document = {
        "format": JSON_FORMAT,
        "version": 1,
        "entries": [row.as_record() for row in rows],
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode()


def _text_of(element: Element | None) -> str:
    return clean_line("".join(element.itertext())) if element is not None else ""


def _paragraphs_of(element: Element | None) -> str:
    """The element's text with its paragraph breaks (blank lines) kept."""
    return "".join(element.itertext()).strip() if element is not None else ""


def read_medquad(data: bytes) -> Reading:
    """Rows of MedQuAD-style XML: <Document> elements (or one) with <QAPair>s inside."""
    text = decoded(data)
    try:
        root = parse_xml(text.encode())
    except (ParseError, DefusedXmlException) as error:
        raise FileRefused(_("This is not well-formed XML: %(error)s") % {"error": error}) from error
    documents = [root] if root.tag == "Document" else root.findall(".//Document")
    if not documents:
        raise FileRefused(_("No <Document> elements were found in this XML."))
    reading = Reading()
    for document in documents:
        focus = _text_of(document.find("Focus"))
        for number, pair in enumerate(document.iter("QAPair"), start=1):
            question = pair.find("Question")
            qid = question.get("qid", "") if question is not None else ""
            where = _("document %(doc)s, QA pair %(n)s") % {
                "doc": document.get("id", "?"),
                "n": pair.get("pid") or number,
            }
            values = {
                "source_id": qid or f"{document.get('id', '')}-{number}",
                "question": _text_of(question),
                "answer": _paragraphs_of(pair.find("Answer")),
                "category": focus,
                "language": document.get("lang", "") or document.get("language", ""),
            }
            try:
                reading.rows.append(_row_from(values, where))
            except ValueError as error:
                reading.unreadable.append((where, str(error)))
    return reading


def write_medquad(rows: Iterable[EntryRow], source: str = "patientfaq") -> bytes:
    """The rows as MedQuAD-style XML: one <Document> per category, answers as plain text."""
    root = Element("Documents")
    documents: dict[str, Element] = {}
    for row in rows:
        document = documents.get(row.category)
        if document is None:
            document = SubElement(root, "Document", id=f"{len(documents) + 1:07d}", source=source)
            if row.language:
                document.set("lang", row.language)
            SubElement(document, "Focus").text = row.category
            SubElement(document, "QAPairs")
            documents[row.category] = document
        pairs = document.find("QAPairs")
        assert pairs is not None
        pair = SubElement(pairs, "QAPair", pid=str(len(pairs) + 1))
        SubElement(pair, "Question", qid=row.key(), qtype="information").text = row.question
        SubElement(pair, "Answer").text = row.answer
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(root, encoding="unicode").encode()
