"""Search across languages: one multilingual vector space over the entries of every language.

A question in Spanish should find the Spanish entry; where the site has no Spanish version of
the entry that answers it, it should find the entry in the language it was written in (usually
English), which the caller then shows with a "not yet translated" note. Every document, whatever
its language, is embedded with a multilingual model (multilingual-e5-small by default, see
multilingual.py), so a Spanish question lands near the English entry that answers it. BM25 over
the question's own language adds exact-word evidence (drug and antibody names), and documents in
the question's language that answer it are put first.

No Django here; the caller maps document ids back to pages and their languages.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import bm25s  # type: ignore[import-untyped]
import numpy as np

from .cache import EmbeddingCache, default_cache_dir, text_key
from .embedding import Embedder
from .index import DocumentIndex
from .records import Answer, Document, Match
from .text import clean_query, sentence_spans, stems, words

_ALL = "all"

# A top score at or above this means "the first match answers the question". Calibrated by
# bench/crosslingual.py (section "answered") with multilingual-e5-small and the CrossTuning
# defaults on 418 decisions: the English, Spanish and French lay queries over a 2,000-entry
# MedQuAD subset and the Spanish and French demo questions, each asked with the entries that
# answer it indexed and again with them removed; the value that maximises the mean of the two
# sources' accuracies (lay 0.773, demo 0.646; pooled precision 0.591, recall 0.577). e5's
# similarities crowd between 0.8 and 0.9, so this decision is much less sure than the English
# engine's. Re-run the script whenever the model or the weights change.
CROSS_ANSWERED_THRESHOLD = 0.865


@dataclass(frozen=True)
class CrossTuning:
    """The weights of the ranking.

    Chosen with bench/crosslingual.py's grid (objective: mean P@1 of the English, Spanish and
    French lay queries over a MedQuAD subset and first-place accuracy on the Spanish and French
    demo questions, odd-numbered questions; the even ones are reported as held out), then
    checked on a small site (3 Spanish entries beside 25 English ones). e5 rates any text in
    the question's own language about 0.035 higher than a text in another language (mean
    similarity of one Spanish demo question: 0.84 to Spanish entries, 0.80 to English ones), so
    a loosely related Spanish entry beat the English entry that answers a Spanish question:
    with a first guess (no bonus, a 0.03 margin) the English entry came first for 2 of 9
    Spanish questions about untranslated demo entries; with the bonus below, 8 of 9, while 13
    of 15 questions about translated entries still get the Spanish entry first. Subtracting
    each language's mean similarity per question did as well on the demo but penalised a
    language with few entries (the small site's untranslated questions: 0.67 against 0.86,
    measured with that option before it was removed), so a fixed bonus it is. BM25 barely
    matters here (Spanish and French queries over English entries get nothing from it); it is
    kept small for exact names within one language.
    """

    # Share of the score from BM25 over the documents in the question's language, scaled to
    # the best BM25 score of the question; the rest is the dense similarity.
    lexical_weight: float = 0.01
    # Within the dense similarity: the best of the question and "also asked" rows, against the
    # row that reads the question with the start of the answer.
    title_weight: float = 0.5
    # A document in the question's language goes first when it scores within this margin of
    # the best document of any language (a translation of the best entry scores about as well
    # as the entry itself); failing one, a document in the source language within the margin.
    language_margin: float = 0.0
    # Added to the score of documents in the question's language when ranking (not to the
    # score reported): negative, it offsets the model's liking for texts in the question's own
    # language (see above).
    language_bonus: float = -0.04
    # The margin for the source-language tier: the original of the best entry, where the best
    # is a translation into a third language.
    source_margin: float = 0.04

    def combine(self, titles: np.ndarray, bodies: np.ndarray, lexical: np.ndarray) -> np.ndarray:
        dense = self.title_weight * titles + (1 - self.title_weight) * bodies
        top = float(lexical.max()) if lexical.size else 0.0
        if top > 0:
            lexical = lexical / top
        return (1 - self.lexical_weight) * dense + self.lexical_weight * lexical


@dataclass(frozen=True)
class _Vectors:
    titles: np.ndarray
    body: np.ndarray


@dataclass(frozen=True)
class _Lexical:
    """BM25 over the documents of one language (positions index the dense snapshot)."""

    positions: np.ndarray
    bm25: bm25s.BM25 | None
    vocabulary: frozenset[str]


@dataclass(frozen=True)
class _Snapshot:
    documents: list[Document]
    languages: np.ndarray  # the base language of each document ("es" for "es-MX")
    titles: np.ndarray
    title_starts: np.ndarray
    bodies: np.ndarray
    lexical: dict[str, _Lexical]


@dataclass(frozen=True, slots=True)
class _Prepared:
    vectors: _Vectors
    tokens: list[str]


class CrossLanguageSearch(DocumentIndex[_Prepared, _Snapshot]):
    """Ranks the entries of every language for a question in any language."""

    def __init__(
        self,
        embedder: Embedder | None = None,
        cache_dir: Path | None = None,
        answered_threshold: float = CROSS_ANSWERED_THRESHOLD,
        tuning: CrossTuning | None = None,
        source_language: str = "en",
    ) -> None:
        super().__init__()
        if embedder is None:
            from .multilingual import shared_embedder

            embedder = shared_embedder()
        self.embedder = embedder
        self.answered_threshold = answered_threshold
        self.tuning = tuning or CrossTuning()
        # The language entries are written in before they are translated: where the question's
        # language has no entry that answers it, the source-language version of the entry is
        # preferred to another translation of it (a French question gets the English original,
        # not the Spanish translation).
        self.source_language = _base_language(source_language)
        self._cache = EmbeddingCache(cache_dir or default_cache_dir(), embedder.name)

    # -- search ------------------------------------------------------------------------------

    def search(self, query: str, language: str, limit: int = 10) -> Answer:
        """The best entries for the question, those in its language first when they answer it.

        Match ids are document ids; the caller looks up each document's language to say when
        an entry is shown in another language than the question's.
        """
        text = clean_query(query if isinstance(query, str) else "")
        language = _base_language(language)
        if not isinstance(limit, int) or isinstance(limit, bool) or limit <= 0:
            return Answer(matches=[], answered=False)
        snapshot = self._snapshot(_ALL)
        if snapshot is None or not text or not any(ch.isalnum() for ch in text):
            return Answer(matches=[], answered=False)
        query_stems = content_stems(text, language)
        parts = self.evidence(snapshot, text, query_stems, language)
        scores = self.tuning.combine(*parts)
        order = self.rank(snapshot, scores, language)[:limit]
        query_stem_set = frozenset(query_stems)
        matches = [
            Match(
                id=snapshot.documents[p].id,
                score=round(float(scores[p]), 6),
                passage=_passage(snapshot.documents[p], language, query_stem_set),
            )
            for p in order
        ]
        answered = bool(matches) and matches[0].score >= self.answered_threshold
        return Answer(matches=matches, answered=answered)

    def rank(self, snapshot: _Snapshot, scores: np.ndarray, language: str) -> list[int]:
        """Positions by score; first those in the question's language that answer it, then
        those in the source language that do."""
        same = snapshot.languages == language
        adjusted = scores + self.tuning.language_bonus * same
        order = np.argsort(-adjusted, kind="stable")
        if not order.size:
            return []
        best = float(adjusted[order[0]])
        # "Answers it" here means: scores about as well as the best document of any language,
        # as a translation of the best entry does. The answered threshold is not used, so the
        # ranking does not move when the threshold is recalibrated.
        source = (snapshot.languages == self.source_language) & ~same
        tiers = [
            same & (adjusted >= best - self.tuning.language_margin),
            source & (adjusted >= best - self.tuning.source_margin),
        ]
        rest = ~(tiers[0] | tiers[1])
        return [int(p) for mask in (*tiers, rest) for p in order[mask[order]]]

    def evidence(
        self, snapshot: _Snapshot, text: str, query_stems: list[str], language: str
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per document: title similarity, body similarity, BM25 in the question's language."""
        vector = self.embedder.encode_queries([text])[0]
        # einsum stays in this thread (see engine.py: BLAS threads are slow on a busy server).
        titles = np.maximum.reduceat(
            np.einsum("ij,j->i", snapshot.titles, vector), snapshot.title_starts
        )
        bodies = np.einsum("ij,j->i", snapshot.bodies, vector)
        lexical = np.zeros(len(snapshot.documents), dtype=np.float32)
        own = snapshot.lexical.get(language)
        if own is not None and own.bm25 is not None:
            known = [s for s in dict.fromkeys(query_stems) if s in own.vocabulary]
            if known:
                lexical[own.positions] = np.asarray(own.bm25.get_scores(known), dtype=np.float32)
        return titles, bodies, lexical

    # -- building ----------------------------------------------------------------------------

    def snapshot(self) -> _Snapshot | None:
        """What search reads now (for the bench scripts)."""
        return self._snapshot(_ALL)

    def _part(self, document: Document) -> str:
        # One snapshot for every language: a question in one finds entries in all.
        return _ALL

    def _prepare(self, documents: list[Document]) -> dict[str, _Prepared]:
        vectors = self._embed(documents)
        return {d.id: _Prepared(vectors[d.id], _lexical_tokens(d)) for d in documents}

    def _build(self, documents: list[Document], prepared: list[_Prepared]) -> _Snapshot:
        title_rows = [p.vectors.titles for p in prepared]
        starts = np.cumsum([0] + [len(rows) for rows in title_rows[:-1]])
        languages = np.array([_base_language(d.language) for d in documents])
        lexical: dict[str, _Lexical] = {}
        for language in sorted(set(languages.tolist())):
            positions = np.flatnonzero(languages == language)
            corpus = [prepared[p].tokens for p in positions]
            vocabulary = frozenset(s for tokens in corpus for s in tokens)
            bm25: bm25s.BM25 | None = None
            if vocabulary:
                bm25 = bm25s.BM25()
                bm25.index(corpus, show_progress=False)
            lexical[language] = _Lexical(positions=positions, bm25=bm25, vocabulary=vocabulary)
        return _Snapshot(
            documents=documents,
            languages=languages,
            titles=np.ascontiguousarray(np.concatenate(title_rows), dtype=np.float32),
            title_starts=starts.astype(np.intp),
            bodies=np.ascontiguousarray(np.stack([p.vectors.body for p in prepared])),
            lexical=lexical,
        )

    def _embed(self, documents: list[Document]) -> dict[str, _Vectors]:
        """Vectors for each document, from the disk cache where the same text was seen before.

        Titles (the question and its "also asked" phrasings) are encoded as queries: e5 reads
        question-to-question as a symmetric task. Bodies are encoded as passages. The role is
        part of the cache key, as the same text has a different vector in each role.
        """
        titles_by_document = {d.id: _titles(d) for d in documents}
        bodies = {d.id: _body_text(d) for d in documents}
        wanted: dict[str, tuple[str, bool]] = {}
        for titles in titles_by_document.values():
            for title in titles:
                wanted[text_key(f"query: {title}")] = (title, True)
        for body in bodies.values():
            wanted[text_key(f"passage: {body}")] = (body, False)
        cached = self._cache.get_many(wanted)
        missing = sorted(
            (k for k in wanted if k not in cached), key=lambda k: (wanted[k][1], wanted[k][0])
        )
        # Saved in chunks so that an interrupted first build keeps what it encoded.
        for start in range(0, len(missing), 256):
            chunk = missing[start : start + 256]
            fresh: dict[str, np.ndarray] = {}
            for is_query in (True, False):
                keys = [k for k in chunk if wanted[k][1] is is_query]
                if not keys:
                    continue
                texts = [wanted[k][0] for k in keys]
                encode = (
                    self.embedder.encode_queries if is_query else self.embedder.encode_documents
                )
                encoded = encode(texts)
                fresh.update({k: encoded[i] for i, k in enumerate(keys)})
            self._cache.put_many(fresh.items())
            cached.update(fresh)
        return {
            d.id: _Vectors(
                titles=np.stack(
                    [cached[text_key(f"query: {t}")] for t in titles_by_document[d.id]]
                ),
                body=cached[text_key(f"passage: {bodies[d.id]}")],
            )
            for d in documents
        }


def _base_language(language: object) -> str:
    if not isinstance(language, str) or not language.strip():
        return "en"
    return language.strip().replace("_", "-").split("-")[0].lower()


def _plain(text: str) -> str:
    return clean_query(text) if isinstance(text, str) else ""


def _titles(document: Document) -> list[str]:
    rows = [_plain(document.question), *(_plain(a) for a in document.also_asked)]
    return [r for r in rows if r] or [" "]


def _body_text(document: Document) -> str:
    # The embedder reads only the start of this: the question and the opening of the answer.
    parts = (document.question, document.short_answer, document.answer)
    return " ".join(p for p in (_plain(p) for p in parts) if p) or " "


def _lexical_tokens(document: Document) -> list[str]:
    language = _base_language(document.language)
    title = " ".join((_plain(document.question), *(_plain(a) for a in document.also_asked)))
    body = f"{_plain(document.short_answer)} {_plain(document.answer)}"
    return content_stems(title, language) + content_stems(body, language)


# bm25s's stop-word lists, by ISO 639-1 code. text.stems() drops English stop words only; in a
# language without them, "qué", "es" and "la" decide which Spanish entry BM25 likes best.
_STOP_WORD_LISTS = {
    "da": "STOPWORDS_DANISH",
    "de": "STOPWORDS_GERMAN",
    "es": "STOPWORDS_SPANISH",
    "fr": "STOPWORDS_FRENCH",
    "it": "STOPWORDS_ITALIAN",
    "nl": "STOPWORDS_DUTCH",
    "no": "STOPWORDS_NORWEGIAN",
    "pt": "STOPWORDS_PORTUGUESE",
    "ru": "STOPWORDS_RUSSIAN",
    "sv": "STOPWORDS_SWEDISH",
    "tr": "STOPWORDS_TURKISH",
}


@lru_cache(maxsize=32)
def _stop_words(language: str) -> frozenset[str]:
    import bm25s.stopwords as lists  # type: ignore[import-untyped]

    name = _STOP_WORD_LISTS.get(language)
    return frozenset(getattr(lists, name, ())) if name else frozenset()


def content_stems(text: str, language: str) -> list[str]:
    """Word stems without the language's stop words (English ones as text.stems drops them)."""
    language = _base_language(language)
    stop = _stop_words(language)
    if not stop:
        return stems(text, language)
    # Elided French and Italian articles ("l'", "qu'") leave one-letter words behind.
    kept = [w for w in words(text) if w not in stop and (len(w) > 1 or w.isdigit())]
    return stems(" ".join(kept), language)


_PASSAGE_MAX_CHARS = 500


def _passage(document: Document, language: str, query_stems: frozenset[str]) -> str:
    """The sentence of the answer sharing most words with the question, else its opening."""
    answer = _plain(document.answer)
    if not answer:
        return _plain(document.short_answer)[:_PASSAGE_MAX_CHARS]
    spans = sentence_spans(answer)
    if not spans:
        return answer[:_PASSAGE_MAX_CHARS]
    best, best_weight = 0, 0.0
    if _base_language(document.language) == language and query_stems:
        counts: Counter[str] = Counter()
        sentence_stems = [frozenset(content_stems(answer[s:e], language)) for s, e in spans]
        for found in sentence_stems:
            counts.update(found)
        for i, found in enumerate(sentence_stems):
            # Rarer shared words count more, as in the English engine's passages.
            weight = sum(math.log1p(len(spans) / counts[s]) for s in query_stems & found)
            if weight > best_weight:
                best, best_weight = i, weight
    start, end = spans[best]
    if end - start < 120 and best + 1 < len(spans):
        end = spans[best + 1][1]
    passage = answer[start:end]
    if len(passage) > _PASSAGE_MAX_CHARS:
        cut = passage.rfind(" ", 0, _PASSAGE_MAX_CHARS)
        passage = passage[: cut if cut > 0 else _PASSAGE_MAX_CHARS]
    return passage
