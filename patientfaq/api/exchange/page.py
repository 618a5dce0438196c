"""Reading a whole FAQ web page (saved HTML, or its plain text) into proposed drafts and settings.

The page this project grew from is one long FAQ page: a menu to pick a page, questions in
patients' words with long answers, a medical disclaimer and the charity's footer. This finds each
of those by the page's own structure (headings, bold lines, question marks, the footer) and
proposes them; an editor confirms every draft and an administrator the organisation's details.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser

from django.utils.translation import gettext as _

from .rows import EntryRow, FileRefused, Reading, clean_line, decoded, first_sentences

SKIPPED = {"script", "style", "noscript", "template", "head", "button", "svg", "iframe", "object"}
BLOCKS = {
    "p", "div", "section", "article", "main", "aside", "header", "footer", "nav", "li", "ul",
    "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "tr",
    "td", "th", "form", "br", "hr", "body", "html", "address", "figure", "figcaption",
}  # fmt: skip
INLINE_KEPT = {"b": "b", "strong": "b", "i": "i", "em": "i"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
MAX_QUESTION_CHARS = 255

DISCLAIMER = re.compile(
    r"\bdisclaimer\b|\bnot (?:intended (?:as|to (?:be|replace))|a substitute for|meant as)\b"
    r"[^.]{0,40}\b(?:medical|professional|doctor)|\bnot medical advice\b|"
    r"\bdoes not (?:provide|constitute|replace) (?:medical|professional)",
    re.I,
)
FOOTER_SIGNS = re.compile(
    r"501\s*\(c\)\s*\(3\)|registered charity|tax[- ]?(?:id|identification)|\bEIN\b|"
    r"\bfounded\b|donat|financial statements|©|copyright|all rights reserved",
    re.I,
)
TAX_ID = re.compile(
    r"(?:tax[- ]?(?:id|identification)(?: number)?|EIN|charity (?:number|no\.?))\D{0,20}"
    r"(\d{2}-\d{7}|\d{6,8})",
    re.I,
)
STATUS = re.compile(
    r"\b(?:is )?an? ((?:tax-exempt )?501\s*\(c\)\s*\(3\)[^.;,]*|registered charity[^.;,]*)", re.I
)
NAME_BEFORE_STATUS = re.compile(
    r"([A-Z][^.:;]{2,120}?)\s+is an?\s+(?:tax-exempt )?(?:501|registered)"
)
FOUNDED = re.compile(r"\bfounded(?: in (\d{4}))?(?: by ([^.;,]+?))?(?: in (\d{4}))?[.;,]", re.I)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?:\+\d{1,3}[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}")
COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}[–-]?\d{0,4})?\s*([^.|]+)", re.I)
DISCLAIMER_LABEL = re.compile(r"^(?:medical )?disclaimer\s*[:.-]\s*", re.I)
MENU_PROMPT = re.compile(r"^(?:select|choose|pick|go to)\b", re.I)
QA_PREFIX = re.compile(r"^(?:Q|Question)\s*[:.)-]\s*", re.I)
A_PREFIX = re.compile(r"^(?:A|Answer)\s*[:.)-]\s*", re.I)


@dataclass
class Block:
    """One block of the page: its kind (h2, p, li, ...), text, inline HTML and where it sat."""

    kind: str
    text: str
    html: str
    in_footer: bool = False
    bold: bool = False
    href: str = ""


class _BlockParser(HTMLParser):
    """Splits a page into blocks of text, keeping bold, italics and links inside them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.menu: list[str] = []
        self.title = ""
        self._skip = 0
        self._in_title = False
        self._in_select = 0
        self._footer_depth: list[str] = []
        self._stack: list[str] = []
        self._kind = "p"
        self._text: list[str] = []
        self._html: list[str] = []
        self._bold_chars = 0
        self._bold = 0
        self._href = ""

    def _flush(self) -> None:
        text = clean_line("".join(self._text))
        if text:
            plain = len(re.sub(r"\s", "", text))
            self.blocks.append(
                Block(
                    kind=self._kind,
                    text=text,
                    html=" ".join("".join(self._html).split()),
                    in_footer=bool(self._footer_depth),
                    bold=plain > 0 and self._bold_chars >= plain * 0.9,
                    href=self._href,
                )
            )
        self._text, self._html, self._bold_chars, self._href = [], [], 0, ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "title":
            self._in_title = True
        if tag in SKIPPED:
            self._skip += 1
            return
        if tag == "select":
            self._in_select += 1
            return
        if self._skip or self._in_select:
            return
        marker = f"{values.get('id') or ''} {values.get('class') or ''} {values.get('role') or ''}"
        if tag == "footer" or re.search(r"foot|contentinfo|colophon", marker, re.I):
            self._footer_depth.append(tag)
        if tag in BLOCKS:
            self._flush()
            self._kind = tag if tag in HEADINGS | {"li", "dt", "dd", "td"} else "p"
        elif tag in INLINE_KEPT:
            self._bold += tag in ("b", "strong")
            self._html.append(f"<{INLINE_KEPT[tag]}>")
        elif tag == "a" and values.get("href"):
            href = values["href"] or ""
            self._href = self._href or href
            if re.match(r"^(https?:|mailto:|/)", href):
                self._html.append(f'<a href="{html.escape(href)}">')
            else:
                self._html.append("<a>")
        self._stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in SKIPPED:
            self._skip = max(0, self._skip - 1)
            return
        if tag == "select":
            self._in_select = max(0, self._in_select - 1)
            return
        if self._skip or self._in_select:
            return
        if tag in BLOCKS:
            self._flush()
            self._kind = "p"
        elif tag in INLINE_KEPT:
            self._bold = max(0, self._bold - (tag in ("b", "strong")))
            self._html.append(f"</{INLINE_KEPT[tag]}>")
        elif tag == "a":
            self._html.append("</a>")
        if self._footer_depth and self._footer_depth[-1] == tag and tag in self._stack:
            # Closing the element that opened the footer (same tag, outermost open one).
            if self._stack.count(tag) == 1:
                self._footer_depth.pop()
        if tag in self._stack:
            del self._stack[len(self._stack) - 1 - self._stack[::-1].index(tag)]

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if self._skip:
            return
        if self._in_select:
            if data.strip() and not MENU_PROMPT.match(data.strip()):
                self.menu.append(clean_line(data))
            return
        self._text.append(data)
        self._html.append(html.escape(data, quote=False))
        if self._bold:
            self._bold_chars += len(re.sub(r"\s", "", data))

    def close(self) -> None:
        super().close()
        self._flush()


def html_blocks(text: str) -> tuple[list[Block], list[str], str]:
    """The page's blocks, the entries of its page-select menu, and its title."""
    parser = _BlockParser()
    parser.feed(text)
    parser.close()
    return parser.blocks, parser.menu, clean_line(parser.title)


def text_blocks(text: str) -> list[Block]:
    """A plain-text page's paragraphs as blocks; short lines ending in '?' stand alone."""
    blocks: list[Block] = []
    for paragraph in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
        pending: list[str] = []
        for line in lines:
            if line.lstrip("#").strip() and (line.endswith("?") or line.startswith("#")):
                if pending:
                    blocks.append(_text_block(" ".join(pending)))
                    pending = []
                heading = line.startswith("#")
                cleaned = clean_line(line.lstrip("#"))
                blocks.append(Block("h2" if heading else "p", cleaned, html.escape(cleaned)))
            elif re.match(r"^[-*•]\s+", line):
                if pending:
                    blocks.append(_text_block(" ".join(pending)))
                    pending = []
                item = clean_line(re.sub(r"^[-*•]\s+", "", line))
                blocks.append(Block("li", item, html.escape(item)))
            else:
                pending.append(line)
        if pending:
            blocks.append(_text_block(" ".join(pending)))
    # In plain text, the footer is what follows the last answer: the trailing signed blocks.
    for block in reversed(blocks):
        if not FOOTER_SIGNS.search(block.text) and not DISCLAIMER.search(block.text):
            break
        block.in_footer = not DISCLAIMER.search(block.text)
    return blocks


def _text_block(text: str) -> Block:
    cleaned = clean_line(text)
    return Block("p", cleaned, html.escape(cleaned))


def _looks_like_question(block: Block) -> bool:
    text = QA_PREFIX.sub("", block.text)
    if block.in_footer or not text or len(text) > 600:
        return False
    return bool(QA_PREFIX.match(block.text)) or text.endswith("?")


def _emphasised(block: Block) -> bool:
    return block.kind in HEADINGS or block.kind == "dt" or block.bold


@dataclass
class QuestionStyle:
    """How this page marks its questions: by a heading level, bold lines, or only a '?'.

    Where questions are headings or bold, a plain sentence ending in '?' belongs to an answer,
    and so does a '?' heading deeper than the questions' own level (a subheading).
    """

    heading_level: int = 0
    emphasised: bool = False

    @classmethod
    def of(cls, blocks: list[Block]) -> QuestionStyle:
        candidates = [b for b in blocks if _looks_like_question(b) and _emphasised(b)]
        levels = Counter(int(b.kind[1]) for b in candidates if b.kind in HEADINGS)
        level = levels.most_common(1)[0][0] if levels else 0
        return cls(heading_level=level, emphasised=bool(candidates))

    def is_question(self, block: Block) -> bool:
        if not _looks_like_question(block):
            return False
        if QA_PREFIX.match(block.text):
            return True
        if block.kind in HEADINGS and self.heading_level:
            return int(block.kind[1]) <= self.heading_level
        if self.emphasised:
            return _emphasised(block)
        return len(block.text) <= 300


def _is_section(block: Block, style: QuestionStyle) -> bool:
    if style.heading_level and block.kind in HEADINGS and int(block.kind[1]) > style.heading_level:
        return False
    return (
        block.kind in {"h1", "h2", "h3", "h4"}
        and not block.text.endswith("?")
        and len(block.text) <= 80
        and not block.in_footer
    )


def _answer_html(blocks: list[Block]) -> str:
    parts: list[str] = []
    in_list = False
    for block in blocks:
        if block.kind == "li":
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{block.html}</li>")
            continue
        if in_list:
            parts.append("</ul>")
            in_list = False
        content = A_PREFIX.sub("", block.html) if not parts else block.html
        tag = "h3" if block.kind in HEADINGS else "p"
        parts.append(f"<{tag}>{content}</{tag}>")
    if in_list:
        parts.append("</ul>")
    return "".join(parts)


def _organisation(footer: list[Block]) -> dict[str, object]:
    """Organisation details found in the footer's text, for an administrator to confirm."""
    text = " ".join(block.text for block in footer)
    found: dict[str, object] = {}
    if match := STATUS.search(text):
        found["charity_status"] = clean_line(match.group(1))
    if match := NAME_BEFORE_STATUS.search(text):
        found["legal_name"] = clean_line(match.group(1))
    elif match := COPYRIGHT.search(text):
        found["legal_name"] = clean_line(match.group(1))
    if match := TAX_ID.search(text):
        found["tax_id"] = match.group(1)
    if match := FOUNDED.search(text):
        year = match.group(1) or match.group(3)
        if year:
            found["founded_year"] = int(year)
        if match.group(2):
            found["founders"] = clean_line(match.group(2))
    if match := EMAIL.search(text):
        found["contact_email"] = match.group(0)
    if match := PHONE.search(text):
        found["contact_phone"] = match.group(0)
    for block in footer:
        if sentence := _sentence_with(r"\bmission\b", block.text):
            found["mission"] = sentence
        if sentence := _sentence_with(r"donat", block.text):
            found.setdefault("donations", sentence)
            if block.href:
                found.setdefault("donate_link", block.href)
        if sentence := _sentence_with(r"financial statements", block.text):
            found["financial_statements"] = sentence
    return found


def _sentence_with(pattern: str, text: str) -> str:
    """The first sentence of `text` that matches `pattern`, or ''."""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if re.search(pattern, sentence, re.I):
            return sentence[:500]
    return ""


def read_blocks(blocks: list[Block], menu: list[str], title: str) -> Reading:
    """Questions with their answers, the disclaimer and the organisation found in the blocks."""
    reading = Reading()
    section = ""
    question: Block | None = None
    answer: list[Block] = []
    disclaimer: list[str] = []
    footer = [block for block in blocks if block.in_footer]
    in_disclaimer = False
    number = 0
    style = QuestionStyle.of(blocks)

    def close_entry() -> None:
        nonlocal question, answer
        if question is None:
            return
        where = _("question %(n)s (“%(q)s”)") % {"n": number, "q": question.text[:60]}
        text = QA_PREFIX.sub("", question.text)
        if not answer:
            reading.unreadable.append((where, _("No answer follows this question.")))
        elif len(text) > MAX_QUESTION_CHARS:
            reading.unreadable.append(
                (where, _("The question is longer than 255 characters; shorten it by hand."))
            )
        else:
            body = _answer_html(answer)
            row = EntryRow(
                question=text,
                answer=body,
                short_answer=first_sentences(" ".join(b.text for b in answer)),
                category=section,
                where=where,
            )
            row.notes.append(_("The short answer is the answer's first sentences: check it."))
            reading.rows.append(row)
        question, answer = None, []

    for block in blocks:
        if block.in_footer:
            if DISCLAIMER.search(block.text) and not FOOTER_SIGNS.search(block.text):
                disclaimer.append(block.text)
            continue
        if DISCLAIMER.search(block.text) and not style.is_question(block):
            close_entry()
            heading_only = block.kind in HEADINGS and len(block.text) < 40
            in_disclaimer = heading_only
            if not heading_only:
                disclaimer.append(DISCLAIMER_LABEL.sub("", block.text))
            continue
        if in_disclaimer and block.kind not in HEADINGS:
            disclaimer.append(block.text)
            continue
        in_disclaimer = False
        if style.is_question(block):
            close_entry()
            number += 1
            question = block
        elif _is_section(block, style):
            close_entry()
            section = block.text
        elif question is not None:
            answer.append(block)
    close_entry()

    proposed = _organisation(footer)
    if disclaimer:
        proposed["disclaimer"] = "\n\n".join(disclaimer)
    reading.proposed_settings = proposed
    if menu:
        reading.notes.append(
            _("The page's menu lists %(n)s pages: %(pages)s. Only this page was imported.")
            % {"n": len(menu), "pages": "; ".join(menu[:20])}
        )
    if title:
        reading.notes.append(_("Page title: %(title)s") % {"title": title})
    return reading


def read_page(data: bytes) -> Reading:
    """Drafts and settings proposed from a saved FAQ page (HTML) or its plain text."""
    text = decoded(data)
    if re.search(r"<\s*(html|body|p|div|h[1-6]|li|br)\b", text[:200_000], re.I):
        blocks, menu, title = html_blocks(text)
    else:
        blocks, menu, title = text_blocks(text), [], ""
    reading = read_blocks(blocks, menu, title)
    if not reading.rows and not reading.unreadable:
        raise FileRefused(
            _("No questions were found on this page (a question ends with a question mark).")
        )
    return reading


def write_page(rows: list[EntryRow], organisation: dict[str, str], title: str) -> bytes:
    """The entries as one long FAQ page with a page menu, the disclaimer and the footer."""
    categories: dict[str, list[EntryRow]] = {}
    for row in rows:
        categories.setdefault(row.category, []).append(row)
    esc = html.escape
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(rows[0].language if rows else "en")}"><head><meta charset="utf-8">',
        f"<title>{esc(title)}</title></head><body>",
        f"<header><h1>{esc(title)}</h1>",
        '<label>Go to a section <select onchange="location.hash=this.value">',
    ]
    parts += [f'<option value="#s{n}">{esc(name)}</option>' for n, name in enumerate(categories)]
    parts.append("</select></label></header><main>")
    for n, (name, entries) in enumerate(categories.items()):
        parts.append(f'<section id="s{n}"><h2>{esc(name)}</h2>')
        for row in entries:
            parts.append(f"<h3>{esc(row.question)}</h3>{_below_questions(row.answer)}")
        parts.append("</section>")
    parts.append("</main>")
    if organisation.get("disclaimer"):
        parts.append(f"<aside><h2>Disclaimer</h2><p>{esc(organisation['disclaimer'])}</p></aside>")
    parts.append("<footer>")
    for key in ("legal_name", "charity_status", "tax_id", "founders", "contact_email"):
        if organisation.get(key):
            parts.append(f"<p>{esc(_FOOTER_LINES[key] % organisation)}</p>")
    parts.append("</footer></body></html>")
    return "\n".join(parts).encode()


def _below_questions(answer: str) -> str:
    """The answer with its headings two levels down, so none reads as a question (h3)."""
    return re.sub(r"<(/?)h([2-4])\b", lambda m: f"<{m.group(1)}h{int(m.group(2)) + 2}", answer)


_FOOTER_LINES = {
    "legal_name": "%(legal_name)s",
    "charity_status": "We are a %(charity_status)s.",
    "tax_id": "Tax ID: %(tax_id)s.",
    "founders": "Founded by %(founders)s.",
    "contact_email": "Write to us at %(contact_email)s.",
}
