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


# A clause and the punctuation that ends it, capital letter after it or not: "...the doctor says
# it isn't parkinson's. what else could it be" and "...at night, it ruins my sleep" hold two each.
_CLAUSE = re.compile(r"([^.!?;,:\n]+)([.!?;,:\n]*)")
# English clauses that ask begin with a question word or an auxiliary verb ("how do they treat
# it", "is there a medicine"), after any joining word ("and what is the outlook").
_QUESTION_WORDS = frozenset(
    "what whats how why is are will would can could should do does did any".split()
)
# These also join clauses that tell ("when I laugh my knees give way", "who is 70"): they ask only
# before an auxiliary ("when will it stop", "where can I get help").
_LINKING_QUESTION_WORDS = frozenset("when where which who".split())
_AUXILIARIES = frozenset("is are was were will would can could should do does did has have".split())
_JOINING_WORDS = frozenset("and but so or then also ok okay well".split())


def asked_part(text: str) -> str:
    """The clauses of an English query that ask something: they say what kind of answer is wanted.

    "it gets better when I move around" tells the story, "will I get better?" asks about the
    outlook. A query of one clause counts whole ("cure for lupus"); a story of several clauses
    that asks nothing gives "".
    """
    clauses = _CLAUSE.findall(text)
    if len(clauses) == 1:
        return text
    asking = []
    for clause, ending in clauses:
        if "?" in ending or _opens_a_question(words(clause)):
            asking.append(clause.strip())
    return ". ".join(asking)


def _opens_a_question(clause_words: list[str]) -> bool:
    while clause_words and clause_words[0] in _JOINING_WORDS:
        clause_words = clause_words[1:]
    if not clause_words:
        return False
    if clause_words[0] in _QUESTION_WORDS:
        return True
    return (
        clause_words[0] in _LINKING_QUESTION_WORDS
        and len(clause_words) > 1
        and clause_words[1] in _AUXILIARIES
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


# "spinal muscular atrophy (SMA)": an abbreviation of two or more capitals (digits and small
# letters may follow: "NF1", "CIDPs") in brackets after the words it stands for.
_BRACKETED_ABBREVIATION = re.compile(r"\(([A-Z][A-Za-z0-9-]{0,8}[A-Z0-9])s?\)")
_ABBREVIATION = re.compile(r"\b[A-Z][A-Za-z0-9]*[A-Z0-9](?=s?\b)")
_NAME_WORD = re.compile(r"[\w'-]+")


def defined_abbreviations(text: str) -> list[tuple[str, str]]:
    """(abbreviation, lower-cased words it stands for) for each one the text defines in brackets."""
    found = []
    for match in _BRACKETED_ABBREVIATION.finditer(text):
        abbreviation = match.group(1)
        if sum(c.isupper() for c in abbreviation) < 2:
            continue
        name = _spelled_out_before(text[max(0, match.start() - 200) : match.start()], abbreviation)
        if name:
            found.append((abbreviation, name.lower()))
    return found


def _spelled_out_before(before: str, abbreviation: str) -> str:
    """The words at the end of before whose letters spell the abbreviation, or "".

    Schwartz and Hearst's rule (PSB 2003): each letter of the abbreviation, from the last, is
    found further back in the words, and the first one starts a word.
    """
    letters = [c.lower() for c in abbreviation if c.isalnum()]
    text = " ".join(_NAME_WORD.findall(before)[-(len(letters) + 5) :])
    i = len(text) - 1
    for j in range(len(letters) - 1, -1, -1):
        while i >= 0 and (
            text[i].lower() != letters[j] or (j == 0 and i > 0 and text[i - 1].isalnum())
        ):
            i -= 1
        if i < 0:
            return ""
        i -= 1
    name = text[text.rfind(" ", 0, i + 1) + 1 :]
    # More words than letters plus two is a sentence that happens to hold the letters.
    return name if 2 <= len(name.split()) <= len(letters) + 2 else ""


def abbreviations(text: str) -> list[str]:
    """Words of the text written as abbreviations ("MS", "NF1", "TIAs" as "TIA"), in order."""
    return list(dict.fromkeys(_ABBREVIATION.findall(text)))
