"""Urgent-sign detection: does a patient's message describe an emergency happening now?

Runs on every question before anything else. It is rules, not a model, so that editors can read,
test and extend every sign in the admin, per language, and so that a miss can be explained.

Where the signs live
--------------------

The project's signs are data, one file per language: urgent_signs/<language>.toml (en.toml,
es.toml...), reviewed by clinicians in pull requests. Each holds the signs ([[signs]]: key,
label, phrases) and, under [words], the words the language is read with (negations, question
openers, number words...), each list explained by a comment. They are checked when this module
is imported; a mistake stops start-up with a SignFileError naming the file and line. Every
language has English's signs, in the same order.

The files are the source of truth for what the project ships. The admin (Patient safety ->
Urgent signs) holds each site's working copy, and the site matches with it:

- files -> admin: every `manage.py migrate` copies the files in (answers.safety.
  copy_shipped_signs). A sign missing from the admin is added; a sign staff have not changed
  follows its file; a sign staff changed is kept as they wrote it, and the admin's list marks it
  "changed on this site". To switch a sign off, untick "In use" (a deleted sign comes back).
- admin -> files: `manage.py export_urgent_signs` prints the signs changed on a site as
  [[signs]] tables to paste into the file in a pull request, so every site gets them.

The second detector (urgent_wording.py, a classifier trained on example messages) runs beside
the signs: either one firing shows the urgent box, but a shipped sign's match counts only when
the classifier's score confirms it (urgent_wording.counted_hits; signs staff added always
count). Its label per language is [wording] in the same files; its examples are the labelled
sets in bench/data, and it is not edited in the admin.

Without a database (this module alone, `python -m patientfaq.engine.evaluate`, bench/urgent.py)
the files are used directly. The [words] lists live only in the files.

Phrase syntax (one phrase per line in the admin)
-------------------------------------------------

    seizure not stop*           words in this order; up to 2 other words may come between them
    "not breathing"             words in quotes must be right next to each other
    breath*                     * at the end of a word: any ending (breath, breathe, breathing)
    fit|fits|fitting            | between words: any one of them
    seizure 5+ minutes          5+ is any number of 5 or more ("5", "10", "twenty")
    fever + stiff neck          + joins ideas that must all be there, in any order,
                                in the same sentence or the next one
    -can't go on holiday        a line starting with - is an exception: words it matches
                                never count for this sign
    # a comment                 lines starting with # are ignored

Languages: one per file, now English, Spanish, French, German, Portuguese and Arabic (LANGUAGES,
DEFAULT_SIGNS); any other language code is read as English.

Matching ignores case, accents, punctuation and HTML. Contractions are rewritten before matching,
in both phrases and messages: "can't", "won't", "doesn't" and the like all become "not" (so
"won't stop" also matches "will not stop" and "hasn't stopped"). Number words become digits.
Words of 5 or more letters (6 in German and Portuguese, whose short words sit one letter apart
too often) also match a one-letter slip (a missing, extra, wrong or swapped letter: "siezure",
"breething"); common words such as "never" are never taken for a slip.

Arabic is matched in its own script, in phrases and messages alike: diacritics, shadda and the
tatweel are dropped; أ إ آ ٱ become ا, ؤ becomes و, ئ and ى become ي, ة becomes ه; Arabic-Indic
digits, commas and question marks count as their ASCII forms. So write "ه" or "ة", "مائل" or
"مايل": both match. A word is also tried without a joined "و ف ب ل ك ال" before it ("ورقبته"
matches "رقب*", "بالتنفس" matches "التنفس"), and a word starting with "و" (and) stops negation
as "and" does.
There is no one-letter slip matching in Arabic: its short words differ by one letter too often.

When a match does not count
---------------------------

- Negation: "no", "not", "never", "without" (and "sin", "sans", "pas"...) within a few words
  before the matched words, or between them, in the same clause. A clause ends at a comma,
  "but", "although" and the like, and negation does not reach back over "and". Negative words
  that are part of the phrase itself ("not breathing", German "keine Luft", Portuguese "não
  consigo respirar", Arabic "لا يتنفس") do not cancel it, nor any other part of the same phrase
  ("not lift + arm" in "he can't lift his arm").
- The past: a clause holding one of the language's history wordings ("last year", "when I was
  19", "turned out", "recovered from") and none of its now_words ("now", "today") is history:
  "I had chest pain last month, it was a pulled muscle". Recent past ("an hour ago",
  "yesterday") is not history: it may still be happening.
- General questions: a sentence that opens like a question ("what is", "can", "does", "how"...;
  German "kann man", any verb then "man"; Portuguese "o que", "é normal"; Arabic "هل", "ما هي")
  and says nothing about a particular person ("I", "my", "he", "she", "we"...) is treated as a
  request for information, not an emergency: "what is status epilepticus?" or "is suicide risk
  higher with this medicine?". A sentence that asks what to do now ("what should I do", "help")
  always counts. We accept the trade-off: "can a seizure that won't stop cause brain damage?"
  gets the FAQ answer, not the urgent box, while "what do I do, his seizure won't stop" gets both.
- Exceptions: see "-" above.

Long messages keep their first 4,000 and last 1,000 characters: people tend to say the urgent
thing first or last, and the cost of matching must stay small.
"""

from __future__ import annotations

import functools
import html
import re
import tomllib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from .spelling import deletions, one_edit_apart

__all__ = [
    "DEFAULT_SIGNS",
    "LANGUAGES",
    "SIGNS_DIR",
    "PhraseError",
    "SignFileError",
    "UrgentDetector",
    "UrgentHit",
    "UrgentSign",
    "WORDING_KEY",
    "compile_signs",
    "default_detector",
    "find_with_english",
    "format_signs",
    "load_sign_files",
    "parse_phrases",
    "read_sign_file",
    "validate_phrase",
    "wording_hit",
]

MAX_CHARS = 5_000
_HEAD_CHARS = 4_000
# Bigger inputs are cut before any regex runs, so a pasted book cannot stall a request.
_RAW_LIMIT = 200_000
DEFAULT_GAP = 2
FUZZY_MIN_LENGTH = 5
_NEGATION_WINDOW = 4
_MAX_PHRASE_LENGTH = 300
_CACHE_LIMIT = 50_000
# The key of a hit from the second detector (urgent_wording.py), not from any sign's phrases.
WORDING_KEY = "urgent_wording"


@dataclass(frozen=True)
class UrgentSign:
    """One kind of emergency, described by the phrases that signal it."""

    key: str
    label: str
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class UrgentHit:
    """A phrase that matched a message; `ignored` says why it does not count, empty if it does."""

    key: str
    label: str
    phrase: str
    matched: str
    sentence: str
    ignored: str = ""


class PhraseError(ValueError):
    """A phrase an editor wrote that cannot be understood; the message says how to fix it."""


# ---------------------------------------------------------------------------------------------
# Languages


@dataclass(frozen=True)
class _Language:
    """How to read one language; each field is a key under [words] in its sign file, which says
    what it is for."""

    negations: frozenset[str]
    negation_stops: frozenset[str]
    clause_breaks: frozenset[str]
    question_openers: frozenset[str]
    personal: frozenset[str]
    asking_for_help: tuple[tuple[str, ...], ...]
    numbers: dict[str, str]
    common_words: frozenset[str] = frozenset()
    contractions: bool = False
    fillers: frozenset[str] = frozenset()
    question_opener_phrases: tuple[tuple[str, ...], ...] = ()
    script: str = "latin"
    clitics: tuple[str, ...] = ()
    fuzzy: bool = True
    fuzzy_min_length: int = FUZZY_MIN_LENGTH
    joined_and: tuple[str, ...] = ()
    history: tuple[tuple[str, ...], ...] = ()
    now_words: frozenset[str] = frozenset()
    # From [wording]: what the patient is told when the wording classifier fires.
    wording_label: str = ""


# ---------------------------------------------------------------------------------------------
# Normalising text

_TAG = re.compile(r"<[^<>]{0,500}>")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'"})
_LIGATURES = str.maketrans({"\u0153": "oe", "\u00e6": "ae", "\u00df": "ss"})
_EN_CONTRACTIONS = [
    (re.compile(r"\b(?:can'?t|cannot)\b"), " not "),
    (re.compile(r"\bwon'?t\b"), " not "),
    (
        re.compile(
            r"\b(?:do|does|did|is|are|was|were|has|have|had|could|would|should|must|need)"
            r"(?:n'?t)\b"
        ),
        " not ",
    ),  # fmt: skip
    (re.compile(r"\bain'?t\b"), " not "),
    # Common misspellings of "doesn't" that people type in a hurry.
    (re.compile(r"\b(?:dosn|dosen|doesen|dosnt|dnt)'?t?\b"), " not "),
]
# Arabic: hamza forms on alef, waw and yaa, madda and diacritics already go with the accents
# in _fold(); these unify the letters people swap freely in typing (alef wasla, alef maqsura /
# yaa, taa marbuta / haa, Persian kaf and yaa), drop the tatweel, and turn Arabic punctuation
# and Arabic-Indic digits into the ASCII ones that split sentences and read as numbers.
_ARABIC_MAP = str.maketrans(
    {
        "\u0671": "\u0627",
        "\u0649": "\u064a",
        "\u0629": "\u0647",
        "\u06a9": "\u0643",
        "\u06cc": "\u064a",
        "\u0640": None,
        "\u060c": ",",
        "\u061b": ";",
        "\u061f": "?",
        "\u066a": "%",
        "\u066b": ".",
        "\u066c": ",",
        **{chr(0x0660 + digit): str(digit) for digit in range(10)},
        **{chr(0x06F0 + digit): str(digit) for digit in range(10)},
    }
)
_ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a"
_SENTENCE_END = re.compile(r"[.!?;\n\u2026\u3002\uff01\uff1f]+")
_CLAUSE_END = re.compile(r"[,:()\[\]\"/]+|\s[-\u2013\u2014]+\s")
_TOKEN = re.compile(r"[a-z]+|\d+")
_ARABIC_TOKEN = re.compile(rf"[a-z]+|[{_ARABIC_LETTERS}]+|\d+")
_ARABIC_DIGIT_WORD = re.compile(rf"(\d)([{_ARABIC_LETTERS}])")


def _fold(text: str) -> str:
    text = text.translate(_APOSTROPHES).casefold()
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _shorten(text: str) -> str:
    if len(text) <= MAX_CHARS:
        return text
    head = text[:_HEAD_CHARS].rsplit(None, 1)[0]
    tail = text[-(MAX_CHARS - _HEAD_CHARS) :].split(None, 1)[-1]
    return head + "\n" + tail


def _clean(text: str, language: _Language) -> str:
    """Return the message folded to lower-case ASCII-ish text, sentence punctuation kept."""
    text = text[:_RAW_LIMIT]
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    text = _fold(_shorten(text))
    if language.script == "arabic":
        text = text.translate(_ARABIC_MAP)
        text = _ARABIC_DIGIT_WORD.sub(r"\1 \2", text)
    if language.contractions:
        for pattern, replacement in _EN_CONTRACTIONS:
            text = pattern.sub(replacement, text)
    # Numbers stuck to units ("10mins") and decimals ("39.5") must not merge or end a sentence.
    text = re.sub(r"(\d)[.,](\d)", r"\1\2", text)
    return re.sub(r"(\d)([a-z])", r"\1 \2", text)


def _tokens(text: str, language: _Language) -> list[str]:
    words = (_ARABIC_TOKEN if language.script == "arabic" else _TOKEN).findall(text)
    return [language.numbers.get(word, word) for word in words]


@dataclass
class _Sentence:
    tokens: list[str]
    clause_of: list[int]
    text: str
    general_question: bool = False


def _sentences(text: str, language: _Language) -> list[_Sentence]:
    result = []
    for raw in _SENTENCE_END.split(text):
        tokens: list[str] = []
        clause_of: list[int] = []
        clause = 0
        for piece in _CLAUSE_END.split(raw):
            for token in _tokens(piece, language):
                if token in language.clause_breaks:
                    clause += 1
                tokens.append(token)
                clause_of.append(clause)
            clause += 1
        if tokens:
            sentence = _Sentence(tokens, clause_of, " ".join(tokens))
            sentence.general_question = _is_general_question(tokens, language)
            result.append(sentence)
    return result


def _is_general_question(tokens: list[str], language: _Language) -> bool:
    start = next((i for i, token in enumerate(tokens) if token not in language.fillers), None)
    if start is None:
        return False
    opening = tokens[start:]
    if opening[0] in language.question_openers:
        rest = tokens
    else:
        phrase = next(
            (p for p in language.question_opener_phrases if _opens_with(opening, p)), None
        )
        if phrase is None:
            return False
        # The opening's own words ("ma hiya", what is; literally "what she") are not a person.
        rest = tokens[:start] + opening[len(phrase) :]
    if any(token in language.personal for token in rest):
        return False
    return not any(_contains(tokens, phrase) for phrase in language.asking_for_help)


def _opens_with(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    """Return True when the tokens start with the phrase; "*" in it stands for any one word."""
    return len(tokens) >= len(phrase) and all(
        want in ("*", token) for want, token in zip(phrase, tokens, strict=False)
    )


def _contains(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(tuple(tokens[i : i + size]) == phrase for i in range(len(tokens) - size + 1))


# ---------------------------------------------------------------------------------------------
# Phrases


@dataclass(frozen=True)
class _Word:
    text: str
    prefix: bool = False
    at_least: int | None = None


@dataclass(frozen=True)
class _Slot:
    words: frozenset[_Word]
    # How many other words may sit between this slot and the next one.
    gap_after: int


@dataclass(frozen=True)
class _Phrase:
    source: str
    parts: tuple[tuple[_Slot, ...], ...]
    exception: bool


_PIECE = re.compile(r'"[^"]*"|[^\s"]+')
_JOIN = re.compile(r"(?<!\d)\+")


def parse_phrases(text: str) -> tuple[str, ...]:
    """Return the phrases in an admin text box: one per line, blanks and # comments dropped."""
    seen: dict[str, None] = {}
    for line in (text or "").splitlines():
        line = " ".join(line.split())
        if line and not line.startswith("#"):
            seen.setdefault(line, None)
    return tuple(seen)


def validate_phrase(phrase: str, language: str = "en") -> str | None:
    """Return a message saying what is wrong with a phrase, or None if it is fine."""
    try:
        _parse_phrase(phrase, LANGUAGES.get(language, LANGUAGES["en"]))
    except PhraseError as error:
        return str(error)
    return None


def _parse_phrase(phrase: str, language: _Language) -> _Phrase:
    source = " ".join(phrase.split())
    if not source:
        raise PhraseError("The phrase is empty.")
    if len(source) > _MAX_PHRASE_LENGTH:
        raise PhraseError(f"The phrase is too long: keep it under {_MAX_PHRASE_LENGTH} letters.")
    body = source
    exception = body.startswith("-")
    if exception:
        body = body[1:].strip()
        if not body:
            raise PhraseError('A line starting with "-" needs the words of the exception after it.')
    if body.count('"') % 2:
        raise PhraseError(f'Quotes must come in pairs: "{source}" has one without a partner.')
    # "5+" is a number, not a join, so only a "+" that does not follow a digit splits.
    pieces = [piece.strip() for piece in _JOIN.split(body)]
    if any(not piece for piece in pieces):
        raise PhraseError(
            f'"+" must have words on both sides, as in "fever + stiff neck": {source}'
        )
    parts = tuple(_parse_part(piece, source, language) for piece in pieces)
    return _Phrase(source, parts, exception)


def _parse_part(text: str, source: str, language: _Language) -> tuple[_Slot, ...]:
    slots: list[tuple[tuple[_Word, ...], int]] = []
    for piece in _PIECE.findall(text):
        quoted = piece.startswith('"')
        words = piece.strip('"').split()
        if quoted and not words:
            raise PhraseError(f'There is nothing between the quotes in "{source}".')
        for index, word in enumerate(words):
            gap = 0 if quoted and index < len(words) - 1 else DEFAULT_GAP
            slots.append((_parse_alternatives(word, source, language), gap))
    if not slots:
        raise PhraseError(f'"{source}" has no words to look for.')
    return tuple(_Slot(frozenset(words), gap) for words, gap in slots)


def _parse_alternatives(word: str, source: str, language: _Language) -> tuple[_Word, ...]:
    choices = word.split("|")
    if any(not choice for choice in choices):
        raise PhraseError(f'"|" must have a word on both sides, as in "fit|seizure": {source}')
    result: list[_Word] = []
    for choice in choices:
        number = _parse_number(choice)
        if number is not None:
            result.append(number)
            continue
        if "+" in choice:
            raise PhraseError(f'Write "5+" for "5 or more": digits then "+", not "{choice}".')
        prefix = choice.endswith("*")
        core = choice.rstrip("*")
        if "*" in core:
            raise PhraseError(f'"*" can only go at the end of a word ("seiz*"), not in "{choice}".')
        tokens = _tokens(_clean(core, language), language)
        if len(tokens) != 1:
            raise PhraseError(
                f'"{choice}" is not a single word here. Words joined by "|" must each be one '
                f"word; write longer wordings on a line of their own."
            )
        if prefix and len(tokens[0]) < 3:
            raise PhraseError(f'"{choice}" is too short for "*": give at least 3 letters.')
        result.append(_Word(tokens[0], prefix))
    return tuple(result)


def _parse_number(word: str) -> _Word | None:
    match = re.fullmatch(r"(\d{1,6})\+", word)
    return _Word(match.group(1), at_least=int(match.group(1))) if match else None


# ---------------------------------------------------------------------------------------------
# The detector


@dataclass
class _Compiled:
    sign: UrgentSign
    phrases: list[_Phrase] = field(default_factory=list)
    exceptions: list[_Phrase] = field(default_factory=list)


class UrgentDetector:
    """Finds urgent signs in patients' messages for one language."""

    def __init__(self, signs: Sequence[UrgentSign], language: str = "en") -> None:
        self.language = language if language in LANGUAGES else "en"
        self._lang = LANGUAGES[self.language]
        self.signs = tuple(signs)
        self._compiled: list[_Compiled] = []
        words: set[_Word] = set()
        for sign in self.signs:
            compiled = _Compiled(sign)
            for line in sign.phrases:
                phrase = _parse_phrase(line, self._lang)
                (compiled.exceptions if phrase.exception else compiled.phrases).append(phrase)
                for part in phrase.parts:
                    for slot in part:
                        words.update(slot.words)
            self._compiled.append(compiled)
        self._exact: dict[str, set[_Word]] = {}
        self._prefixes: dict[str, set[_Word]] = {}
        self._numbers: list[_Word] = []
        self._fuzzy_exact: dict[str, set[_Word]] = {}
        self._fuzzy_prefix: dict[str, set[_Word]] = {}
        fuzzy = self._lang.fuzzy
        for word in words:
            if word.at_least is not None:
                self._numbers.append(word)
            elif word.prefix:
                self._prefixes.setdefault(word.text, set()).add(word)
            else:
                self._exact.setdefault(word.text, set()).add(word)
            if fuzzy and word.at_least is None and len(word.text) >= self._lang.fuzzy_min_length:
                index = self._fuzzy_prefix if word.prefix else self._fuzzy_exact
                for key in deletions(word.text) | {word.text}:
                    index.setdefault(key, set()).add(word)
        self._prefix_lengths = sorted({len(stem) for stem in self._prefixes})
        stems = {len(w.text) for ws in self._fuzzy_prefix.values() for w in ws}
        self._fuzzy_prefix_sizes = sorted({n + d for n in stems for d in (-1, 0, 1)})
        self._cache: dict[str, frozenset[_Word]] = {}

    # The admin's "test a sentence" field uses explain(); everything else uses find().

    def find(self, text: str) -> list[UrgentHit]:
        """Return one hit per sign that fires on the text, in the order the signs were given."""
        return [hit for hit in self.explain(text) if not hit.ignored]

    def is_urgent(self, text: str) -> bool:
        """Return True when any sign fires on the text."""
        return bool(self.find(text))

    def explain(self, text: str) -> list[UrgentHit]:
        """Return the hits and, per sign that did not fire, matches that were set aside and why."""
        try:
            return self._explain(text)
        except Exception:  # noqa: BLE001 - a patient's question must never fail on this step
            return []

    def _explain(self, text: object) -> list[UrgentHit]:
        if isinstance(text, bytes):
            text = text.decode("utf-8", "replace")
        if not isinstance(text, str) or not text.strip():
            return []
        sentences = _sentences(_clean(text, self._lang), self._lang)
        if not sentences:
            return []
        matches = [[self._match_tokens(token) for token in s.tokens] for s in sentences]
        present: list[set[_Word]] = [set().union(*row) if row else set() for row in matches]
        where: dict[_Word, set[int]] = {}
        for i, words in enumerate(present):
            for word in words:
                where.setdefault(word, set()).add(i)
        results: list[UrgentHit] = []
        if not where:
            return results
        for compiled in self._compiled:
            hit, ignored = self._sign_hits(compiled, sentences, matches, present, where)
            if hit is not None:
                results.append(hit)
            else:
                results.extend(ignored[:1])
        return results

    def _match_tokens(self, token: str) -> frozenset[_Word]:
        cached = self._cache.get(token)
        if cached is not None:
            return cached
        found = self._lookup(token)
        # Always, not only when the word matched nothing: "النوبه" (the seizure) is a word of
        # its own in one phrase and "نوبه" with "al-" in another.
        for clitic in self._lang.clitics:
            if token.startswith(clitic) and len(token) - len(clitic) >= 2:
                found.update(self._lookup(token[len(clitic) :]))
        if not found and self._lang.fuzzy and len(token) >= self._lang.fuzzy_min_length - 1:
            if token.isalpha() and token not in self._lang.common_words:
                found.update(self._fuzzy(token))
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        result = frozenset(found)
        self._cache[token] = result
        return result

    def _lookup(self, token: str) -> set[_Word]:
        found: set[_Word] = set(self._exact.get(token, ()))
        for length in self._prefix_lengths:
            if len(token) < length:
                break
            found.update(self._prefixes.get(token[:length], ()))
        if token.isdigit() and self._numbers:
            value = int(token[:9])
            found.update(word for word in self._numbers if value >= (word.at_least or 0))
        return found

    def _fuzzy(self, token: str) -> set[_Word]:
        found: set[_Word] = set()
        for key in deletions(token) | {token}:
            for word in self._fuzzy_exact.get(key, ()):
                if one_edit_apart(token, word.text):
                    found.add(word)
        # The slip may sit inside a stem ("breth*" for "breath*"), so the start of the token is
        # compared with stems one letter shorter, the same length and one letter longer.
        for size in self._fuzzy_prefix_sizes:
            if size > len(token):
                break
            start = token[:size]
            for key in deletions(start) | {start}:
                for word in self._fuzzy_prefix.get(key, ()):
                    if abs(len(word.text) - size) <= 1 and one_edit_apart(start, word.text):
                        found.add(word)
        return found

    def _sign_hits(
        self,
        compiled: _Compiled,
        sentences: list[_Sentence],
        matches: list[list[frozenset[_Word]]],
        present: list[set[_Word]],
        where: dict[_Word, set[int]],
    ) -> tuple[UrgentHit | None, list[UrgentHit]]:
        ignored: list[UrgentHit] = []
        blocked: dict[int, dict[int, str]] = {}
        for phrase in compiled.phrases:
            rows_per_part = [_rows_with(part, where) for part in phrase.parts]
            if not all(rows_per_part):
                continue
            # Each part must be found, un-negated, in a sentence i or the one after it.
            found: list[list[tuple[int, tuple[int, ...], str]]] = []
            for part, rows in zip(phrase.parts, rows_per_part, strict=True):
                occurrences = []
                for i in sorted(rows):
                    if i not in blocked:
                        blocked[i] = self._exception_positions(compiled, matches[i], present[i])
                    for positions in _find_part(part, matches[i]):
                        reason = self._reason(sentences[i], positions, blocked[i])
                        occurrences.append((i, positions, reason))
                found.append(occurrences)
            if not all(found):
                continue
            starts = sorted({o[0] - step for o in found[0] for step in (0, 1) if o[0] >= step})
            for i in starts:
                chosen = []
                for occurrences in found:
                    near = [o for o in occurrences if o[0] in (i, i + 1)]
                    good = [o for o in near if not o[2]]
                    chosen.append(good[0] if good else (near[0] if near else None))
                picked = [c for c in chosen if c is not None]
                if len(picked) < len(chosen):
                    continue
                if len(picked) > 1:
                    picked = self._own_negations_kept(picked, sentences, blocked)
                words = " ... ".join(
                    " ".join(sentences[c[0]].tokens[p] for p in c[1]) for c in picked
                )
                reasons = [c[2] for c in picked if c[2]]
                hit = UrgentHit(
                    compiled.sign.key,
                    compiled.sign.label,
                    phrase.source,
                    words,
                    sentences[picked[0][0]].text,
                    reasons[0] if reasons else "",
                )
                if not hit.ignored:
                    return hit, []
                ignored.append(hit)
        return None, ignored

    def _own_negations_kept(
        self,
        picked: list[tuple[int, tuple[int, ...], str]],
        sentences: list[_Sentence],
        blocked: dict[int, dict[int, str]],
    ) -> list[tuple[int, tuple[int, ...], str]]:
        """Return the parts with negation re-checked: a negative word that belongs to another
        part of the same phrase ("not lift ... arm") does not negate this one."""
        result = []
        for row, positions, reason in picked:
            if reason.startswith("negated"):
                own = {p for other in picked if other[0] == row for p in other[1]}
                reason = self._reason(sentences[row], positions, blocked[row], frozenset(own))
            result.append((row, positions, reason))
        return result

    def _exception_positions(
        self, compiled: _Compiled, matches: list[frozenset[_Word]], present: set[_Word]
    ) -> dict[int, str]:
        blocked: dict[int, str] = {}
        for phrase in compiled.exceptions:
            if not all(_slots_present(part, present) for part in phrase.parts):
                continue
            spans = [_find_part(part, matches) for part in phrase.parts]
            if not all(spans):
                continue
            for found in spans:
                for positions in found:
                    for position in range(positions[0], positions[-1] + 1):
                        blocked.setdefault(position, phrase.source)
        return blocked

    def _reason(
        self,
        sentence: _Sentence,
        positions: tuple[int, ...],
        blocked: dict[int, str],
        own: frozenset[int] = frozenset(),
    ) -> str:
        if sentence.general_question:
            return "a general question, not about someone in particular"
        past = self._history(sentence, positions[0])
        if past:
            return f'about the past ("{past}"), not now'
        for position in positions:
            if position in blocked:
                return f'exception "-{blocked[position].lstrip("-")}"'
        cue = self._negation(sentence, positions, own)
        if cue:
            return f'negated by "{cue}"'
        return ""

    def _history(self, sentence: _Sentence, start: int) -> str:
        """Return the words that place the clause of a match in the past, if it has no word
        for now ("last year", "when I was 19"; but not "last year, and now...")."""
        if not self._lang.history:
            return ""
        clause = sentence.clause_of[start]
        tokens = [
            t for t, c in zip(sentence.tokens, sentence.clause_of, strict=True) if c == clause
        ]
        if any(token in self._lang.now_words for token in tokens):
            return ""
        for phrase in self._lang.history:
            for i in range(len(tokens) - len(phrase) + 1):
                if _opens_with(tokens[i:], phrase):
                    return " ".join(tokens[i : i + len(phrase)])
        return ""

    def _negation(
        self, sentence: _Sentence, positions: tuple[int, ...], own: frozenset[int] = frozenset()
    ) -> str:
        tokens, clause_of = sentence.tokens, sentence.clause_of
        negations = self._lang.negations
        inside = set(positions) | own
        for position in range(positions[0] + 1, positions[-1]):
            if position not in inside and tokens[position] in negations:
                return tokens[position]
        start = positions[0]
        clause = clause_of[start]
        if self._joined_and(tokens[start]):
            return ""
        for position in range(start - 1, max(-1, start - 1 - _NEGATION_WINDOW), -1):
            if clause_of[position] != clause or tokens[position] in self._lang.negation_stops:
                break
            if tokens[position] in negations and position not in inside:
                return tokens[position]
            if self._joined_and(tokens[position]):
                break
        return ""

    def _joined_and(self, token: str) -> bool:
        return any(
            token.startswith(prefix) and len(token) > len(prefix) + 1
            for prefix in self._lang.joined_and
        )


def _rows_with(part: tuple[_Slot, ...], where: dict[_Word, set[int]]) -> set[int]:
    """Return the indexes of the sentences that hold a word for every slot of the part."""
    rows: set[int] | None = None
    for slot in part:
        here: set[int] = set()
        for word in slot.words:
            if word in where:
                here |= where[word]
        rows = here if rows is None else rows & here
        if not rows:
            return set()
    return rows or set()


def _slots_present(part: tuple[_Slot, ...], present: set[_Word]) -> bool:
    return not any(slot.words.isdisjoint(present) for slot in part)


def _find_part(part: tuple[_Slot, ...], matches: list[frozenset[_Word]]) -> list[tuple[int, ...]]:
    """Return the token positions of each way the part's slots appear in order."""
    results: list[tuple[int, ...]] = []

    def extend(slot_index: int, start: int, stop: int, chosen: tuple[int, ...]) -> None:
        slot = part[slot_index]
        for position in range(start, min(stop, len(matches))):
            if matches[position].isdisjoint(slot.words):
                continue
            path = chosen + (position,)
            if slot_index == len(part) - 1:
                results.append(path)
            else:
                extend(slot_index + 1, position + 1, position + 2 + slot.gap_after, path)
            if len(results) >= 20:
                return

    extend(0, 0, len(matches), ())
    return results


def compile_signs(signs: Sequence[UrgentSign], language: str = "en") -> UrgentDetector:
    """Return a detector for these signs; raises PhraseError naming the first bad phrase."""
    for sign in signs:
        for phrase in sign.phrases:
            message = validate_phrase(phrase, language)
            if message:
                raise PhraseError(f"{sign.label}: {message}")
    return UrgentDetector(signs, language)


# ---------------------------------------------------------------------------------------------
# Sign files

SIGNS_DIR = Path(__file__).with_name("urgent_signs")


class SignFileError(ValueError):
    """A sign file that cannot be used; the message names the file and line and how to fix it."""


# What each key under [words] holds, and whether a file must have it.
_WORDS_KEYS: dict[str, tuple[str, bool]] = {
    "negations": ("words", True),
    "negation_stops": ("words", True),
    "clause_breaks": ("words", True),
    "question_openers": ("words", True),
    "personal": ("words", True),
    "asking_for_help": ("lines", True),
    "numbers": ("numbers", True),
    "common_words": ("words", False),
    "contractions": ("flag", False),
    "fillers": ("words", False),
    "question_opener_phrases": ("lines", False),
    "script": ("script", False),
    "clitics": ("prefixes", False),
    "fuzzy": ("flag", False),
    "fuzzy_min_length": ("count", False),
    "joined_and": ("prefixes", False),
    "history": ("lines", False),
    "now_words": ("words", False),
}
_WHAT = {
    "words": 'a text of words with spaces between them, as in "no not never"',
    "lines": "a text with one wording per line, between ''' and '''",
    "numbers": "a table of number words and their values, as in five = 5 under [words.numbers]",
    "flag": "true or false",
    "count": "a whole number from 3 to 20",
    "script": '"latin" or "arabic"',
    "prefixes": 'a list of texts, as in ["wa", "al"]',
}
_SIGN_KEYS = ("key", "label", "phrases")
_SIGN_KEY = re.compile(r"[a-z][a-z0-9_]*")
_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")


class _SignFile:
    """A sign file's text, kept so that every error can say on which line it is."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.text = path.read_text(encoding="utf-8")
        self.lines = self.text.splitlines()

    def error(self, message: str, line: int | None = None) -> SignFileError:
        where = f"{self.path}, line {line}" if line else str(self.path)
        return SignFileError(f"{where}: {message}")

    def line_of(self, pattern: str, after: int = 0) -> int | None:
        """Return the number of the first line after `after` that the pattern matches."""
        compiled = re.compile(pattern)
        for number in range(after + 1, len(self.lines) + 1):
            if compiled.search(self.lines[number - 1]):
                return number
        return None

    def key_line(self, name: str) -> int | None:
        return self.line_of(rf"^\s*(\[\[?)?(words\.)?{re.escape(name)}\b")

    def word_line(self, word: str, after: int | None) -> int | None:
        # The word may stand on the key's own line: value = "no not".
        return self.line_of(rf"(?<!\w){re.escape(word)}(?!\w)", max(0, (after or 1) - 1))

    def phrase_line(self, phrase: str, after: int | None) -> int | None:
        for number in range((after or 0) + 1, len(self.lines) + 1):
            if " ".join(self.lines[number - 1].split()) == phrase:
                return number
        return None


def read_sign_file(path: Path) -> tuple[_Language, tuple[UrgentSign, ...]]:
    """Return a language's reading words and its signs; raises SignFileError saying where."""
    source = _SignFile(path)
    try:
        data = tomllib.loads(source.text)
    except tomllib.TOMLDecodeError as error:
        found = _TOML_LINE.search(str(error))
        message = _TOML_LINE.sub("", str(error)).strip()
        raise source.error(
            f"this is not valid TOML: {message}.", int(found.group(1)) if found else None
        ) from None
    for name in data:
        if name not in ("words", "wording", "signs"):
            raise source.error(
                f'"{name}" is not a part of a sign file: it has [words], [wording] and [[signs]].',
                source.key_line(name),
            )
    words = data.get("words")
    if not isinstance(words, dict):
        raise source.error("[words] is missing: the words this language is read with.")
    language = _read_words(source, words)
    wording = data.get("wording")
    label = wording.get("label") if isinstance(wording, dict) else None
    if not isinstance(label, str) or not label.strip() or len(wording) != 1:  # type: ignore[arg-type]
        raise source.error(
            '[wording] needs label = "...", and only that: what the patient is told when the '
            "second detector (urgent_wording.py) finds the message urgent.",
            source.key_line("wording"),
        )
    language = replace(language, wording_label=label.strip())
    signs = data.get("signs")
    if not isinstance(signs, list) or not signs:
        raise source.error("there are no [[signs]]: each sign is a [[signs]] table.")
    starts = [n for n, line in enumerate(source.lines, 1) if line.strip() == "[[signs]]"]
    result: list[UrgentSign] = []
    for index, table in enumerate(signs):
        sign = _read_sign(source, language, table, starts[index] if index < len(starts) else None)
        if any(sign.key == other.key for other in result):
            raise source.error(f'the sign "{sign.key}" is there twice.', source.key_line("key"))
        result.append(sign)
    return language, tuple(result)


def _read_words(source: _SignFile, table: dict[str, object]) -> _Language:
    values: dict[str, object] = {}
    for name, value in table.items():
        if name not in _WORDS_KEYS:
            raise source.error(
                f'[words] has no "{name}"; it may have {", ".join(_WORDS_KEYS)}.',
                source.key_line(name),
            )
        kind = _WORDS_KEYS[name][0]
        read = _read_value(kind, value)
        if read is None:
            line = source.key_line(name)
            if kind == "numbers" and isinstance(value, dict):
                bad = next(w for w, n in value.items() if type(n) is not int or n < 0)
                line = source.line_of(rf'^\s*"?{re.escape(bad)}"?\s*=', line or 0) or line
            raise source.error(f"{name} must be {_WHAT[kind]}.", line)
        values[name] = read
    missing = [name for name, (_, needed) in _WORDS_KEYS.items() if needed and name not in table]
    if missing:
        raise source.error(f"[words] needs {', '.join(missing)}.", source.key_line("words"))
    language = _Language(**values)  # type: ignore[arg-type]
    # A word that cleaning would change could never match a message.
    for name, value in values.items():
        if isinstance(value, frozenset | dict):
            written: set[str] = set(value)
        elif name in ("asking_for_help", "question_opener_phrases", "history"):
            written = {word for phrase in value for word in phrase} - {"*"}  # type: ignore[attr-defined]
        else:
            continue
        for word in sorted(written):
            read_as = _tokens(_clean(word, language), language)
            if read_as not in ([word], [language.numbers.get(word)]):
                raise source.error(
                    f'"{word}" in {name} would never match, because messages are read as '
                    f'"{" ".join(read_as)}": write it in lower case without accents'
                    + (", as the file's first lines say." if language.script == "arabic" else "."),
                    source.word_line(word, source.key_line(name)),
                )
    return language


def _read_value(kind: str, value: object) -> object:
    """Return the value as _Language holds it, or None when it is not of that kind."""
    if kind in ("words", "lines"):
        if not isinstance(value, str):
            return None
        lines = [line.split("#", 1)[0].split() for line in value.splitlines()]
        if kind == "words":
            return frozenset(word for line in lines for word in line)
        return tuple(tuple(line) for line in lines if line)
    if kind == "numbers":
        if not isinstance(value, dict) or not all(
            type(number) is int and number >= 0 for number in value.values()
        ):
            return None
        return {word: str(number) for word, number in value.items()}
    if kind == "flag":
        return value if isinstance(value, bool) else None
    if kind == "count":
        return value if type(value) is int and 3 <= value <= 20 else None
    if kind == "script":
        return value if value in ("latin", "arabic") else None
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        return None
    return tuple(value)


def _read_sign(
    source: _SignFile, language: _Language, table: object, line: int | None
) -> UrgentSign:
    if not isinstance(table, dict):
        raise source.error("each [[signs]] is a table with key, label and phrases.", line)
    for name in table:
        if name not in _SIGN_KEYS:
            raise source.error(
                f'a sign has key, label and phrases, not "{name}".',
                source.line_of(rf"^\s*{re.escape(name)}\s*=", line or 0),
            )
    key, label, text = (table.get(name) for name in _SIGN_KEYS)
    if not isinstance(key, str) or not _SIGN_KEY.fullmatch(key):
        raise source.error(
            'each sign needs a key: a short name in lower case with "_" between words, '
            'such as key = "prolonged_seizure".',
            line,
        )
    if not isinstance(label, str) or not label.strip():
        raise source.error(f'the sign "{key}" needs a label: what the patient is told.', line)
    phrases = parse_phrases(text) if isinstance(text, str) else ()
    if not phrases:
        raise source.error(f'the sign "{key}" needs phrases, one per line.', line)
    for phrase in phrases:
        try:
            _parse_phrase(phrase, language)
        except PhraseError as error:
            raise source.error(f'sign "{key}": {error}', source.phrase_line(phrase, line)) from None
    return UrgentSign(key, label.strip(), phrases)


def load_sign_files(
    folder: Path = SIGNS_DIR,
) -> tuple[dict[str, _Language], dict[str, tuple[UrgentSign, ...]]]:
    """Return each language's reading words and signs from a folder of <language>.toml files."""
    paths = sorted(folder.glob("*.toml"), key=lambda path: (path.stem != "en", path.stem))
    if not paths or paths[0].stem != "en":
        raise SignFileError(f"{folder}: en.toml is missing; English is read for any language.")
    languages: dict[str, _Language] = {}
    signs: dict[str, tuple[UrgentSign, ...]] = {}
    for path in paths:
        languages[path.stem], signs[path.stem] = read_sign_file(path)
        keys = [sign.key for sign in signs[path.stem]]
        english = [sign.key for sign in signs["en"]]
        if keys != english:
            raise SignFileError(
                f"{path}: every language has the signs of en.toml, in the same order "
                f"({', '.join(english)}); this file has {', '.join(keys)}."
            )
    return languages, signs


def find_with_english(
    text: str, detector: UrgentDetector, english: UrgentDetector
) -> list[UrgentHit]:
    """Return the hits in the reader's language, then English's (which many write whatever the
    page) for the signs the reader's language neither found nor set aside ("a 3 ans")."""
    explained = detector.explain(text)
    hits = [hit for hit in explained if not hit.ignored]
    if english is not detector:
        seen = {hit.key for hit in explained}
        hits += [hit for hit in english.find(text) if hit.key not in seen]
    return hits


def wording_hit(text: str, language: str = "en") -> UrgentHit:
    """Return the hit that stands for the wording classifier firing on a message."""
    label = LANGUAGES.get(language, LANGUAGES["en"]).wording_label
    return UrgentHit(WORDING_KEY, label, "", "", " ".join(text.split())[:200])


def format_signs(signs: Sequence[UrgentSign]) -> str:
    """Return the signs as the [[signs]] tables of a sign file, ready to paste into one."""
    tables = []
    for sign in signs:
        text = "\n".join(sign.phrases)
        # Literal text needs no escapes; only a phrase holding three quotes needs the other kind.
        phrases = f"'''\n{text}\n'''" if "'''" not in text else f'"""\n{_escaped(text)}\n"""'
        tables.append(
            f'[[signs]]\nkey = "{_escaped(sign.key)}"\nlabel = "{_escaped(sign.label)}"\n'
            f"phrases = {phrases}\n"
        )
    return "\n".join(tables)


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


LANGUAGES, DEFAULT_SIGNS = load_sign_files()


@functools.lru_cache(maxsize=16)
def default_detector(language: str = "en") -> UrgentDetector:
    """Return the shared detector for the built-in signs of a language (English if unknown)."""
    code = language.split("-")[0].lower() if language else "en"
    return compile_signs(DEFAULT_SIGNS.get(code, DEFAULT_SIGNS["en"]), code)
