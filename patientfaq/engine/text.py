"""Text handling shared by the rankers: cleaning, word stems and sentences."""

from __future__ import annotations

import html
import re
from functools import lru_cache

import Stemmer  # type: ignore[import-not-found]  # PyStemmer ships no type information

# Long pasted messages carry their question in the first and last paragraphs; the middle of
# a 20,000-character paste only slows every ranker down.
MAX_QUERY_CHARS = 2000

_TAG = re.compile(r"<[^>]{0,200}>")
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_SENTENCE_END = re.compile(
    r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*[-*\u2022])"
)

# Snowball's names for the languages a site is likely to run in; others fall back to no stemming.
_SNOWBALL = {
    "ar": "arabic",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "fi": "finnish",
    "fr": "french",
    "hu": "hungarian",
    "it": "italian",
    "nl": "dutch",
    "no": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sv": "swedish",
    "tr": "turkish",
}

# Words that carry no topic in a patient's question. Kept short on purpose: "how", "why" and
# "what" stay out of it because they tell a treatment question from a cause question.
_ENGLISH_STOP_WORDS = frozenset(
    """a an and are as at be been but by can could did do does doing for from had has have having
    he her hers him his i if in into is it its itself me my myself of on or our ours she so some
    such than that the their them then there these they this those to too very was we were will
    with would you your yours am just also about any all get got im ive dont cant me us""".split()
)


def clean_query(text: str) -> str:
    """The query as plain text: tags and entities gone, spaces collapsed, long pastes shortened."""
    text = html.unescape(_TAG.sub(" ", text or ""))
    text = _SPACE.sub(" ", text).strip()
    if len(text) > MAX_QUERY_CHARS:
        half = MAX_QUERY_CHARS // 2
        text = f"{text[:half]} {text[-half:]}"
    return text


@lru_cache(maxsize=32)
def _stemmer(language: str) -> Stemmer.Stemmer | None:
    algorithm = _SNOWBALL.get(language.split("-")[0].lower())
    return Stemmer.Stemmer(algorithm) if algorithm else None


def words(text: str) -> list[str]:
    """Lower-cased words; runs of Chinese, Japanese or Korean script become overlapping pairs."""
    lowered = text.lower()
    found = _WORD.findall(lowered)
    if not _CJK.search(lowered):
        return found
    out: list[str] = []
    for word in found:
        if _CJK.search(word) and len(word) > 1:
            # These scripts do not separate words with spaces; character pairs are a fair
            # stand-in for words without a dictionary.
            out.extend(word[i : i + 2] for i in range(len(word) - 1))
        else:
            out.append(word)
    return out


def stems(text: str, language: str = "en") -> list[str]:
    """Word stems of the text with stop words removed, in order."""
    tokens = words(text)
    if language.startswith("en"):
        tokens = [t for t in tokens if t not in _ENGLISH_STOP_WORDS]
    stemmer = _stemmer(language)
    if stemmer is None:
        return tokens
    return list(stemmer.stemWords(tokens))


def stems_of_each(texts: list[str], language: str = "en") -> list[list[str]]:
    """stems() of each text, stemmed in one batch (much faster for many short texts)."""
    english = language.startswith("en")
    each = [words(text) for text in texts]
    if english:
        each = [[t for t in tokens if t not in _ENGLISH_STOP_WORDS] for tokens in each]
    stemmer = _stemmer(language)
    if stemmer is None:
        return each
    stemmed = stemmer.stemWords([t for tokens in each for t in tokens])
    out = []
    start = 0
    for tokens in each:
        out.append(stemmed[start : start + len(tokens)])
        start += len(tokens)
    return out


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of the text, without surrounding whitespace."""
    spans = []
    start = 0
    for match in [*_SENTENCE_END.finditer(text), None]:
        end = match.start() if match else len(text)
        piece = text[start:end]
        stripped = piece.strip()
        if stripped:
            left = start + piece.index(stripped[0])
            spans.append((left, left + len(stripped)))
        if match:
            start = match.end()
    return spans
