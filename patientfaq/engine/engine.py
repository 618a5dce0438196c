"""The answer engine: FAQ entries in, ranked entries with a snippet and a decision out."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import bm25s  # type: ignore[import-untyped]
import numpy as np

from .cache import EmbeddingCache, default_cache_dir, text_key
from .embedding import Embedder
from .index import DocumentIndex
from .intent import IntentModel, trained_intent
from .lay_terms import (
    LAY_KIND_WORDINGS,
    QUESTION_KINDS,
    LayVocabulary,
    english_lay_vocabulary,
)
from .questions import KINDS, kinds_named, question_kind, subject, subject_name
from .records import Answer, Document, Match
from .rerank import FEATURES, LinearModel, NameIndex, decision_features, trained_model
from .spelling import Speller
from .text import (
    abbreviations,
    asked_part,
    clean_query,
    defined_abbreviations,
    sentence_spans,
    stems,
    stems_of_each,
    words,
)


@dataclass(frozen=True)
class Evidence:
    """What the rankers say about every document for one query, before the weights."""

    titles: np.ndarray  # best dense similarity of the question and "also asked" rows
    bodies: np.ndarray  # dense similarity of the question read with the start of the answer
    lexical: np.ndarray  # BM25 of the query's own stems
    expanded: np.ndarray  # BM25 of the clinical names found for the patient's lay words
    coverage: np.ndarray  # 1 where the query holds every stem of a title row
    kind: np.ndarray  # 1 where a title row names the kind of answer asked for ("treatment")
    long: bool  # a long pasted message rather than a typed question

    def keep(self, mask: np.ndarray) -> Evidence:
        """The same evidence for the documents where mask is true."""
        return Evidence(
            self.titles[mask],
            self.bodies[mask],
            self.lexical[mask],
            self.expanded[mask],
            self.coverage[mask],
            self.kind[mask],
            self.long,
        )


@dataclass(frozen=True)
class Tuning:
    """The weights of the hybrid ranking.

    The defaults won bench/tune.py's grid (objective: mean P@1 of MeQSum dev and of the
    odd-numbered lay MedQuAD queries; the even-numbered half never took part): MeQSum P@1
    0.923, lay tuning half 0.829. Neighbouring settings score up to 0.01 lower on MeQSum, which
    is two questions in 493: read the MeQSum figure as 0.92 give or take a little.
    """

    # Share of the final score that comes from BM25 (scaled to the best BM25 score of the
    # query); the rest is the dense similarity.
    lexical_weight: float = 0.2
    # Within the dense similarity: weight of the best of the question and "also asked" rows,
    # against the row that reads the question with the start of the answer.
    title_weight: float = 0.5
    # The entry's question (and editors' phrasings) count this many times in BM25.
    question_repeat: int = 1
    # Weight of BM25 over clinical names found for the patient's lay words (HPO).
    expansion_weight: float = 0.5
    # Add those clinical names to the text the embedding model reads (typed questions only).
    expand_dense_query: bool = True
    # Bonus when the patient's text holds every word stem of an entry's question (or of one of
    # its "also asked" phrasings): "What is myoclonus?" lies wholly inside "...my doctor says
    # it is myoclonus. What is myoclonus?", "What is myoclonus-dystonia?" does not. A share of
    # the words would reward short generic questions ("What are rashes?"), so it is all or none.
    coverage_weight: float = 0.05
    # Bonus when the entry's question names the kind of answer a typed question asks for in
    # other words: "is there any medicine that stops it" -> "What are the treatments for ...",
    # "will he recover" -> "What is the outlook for ...". Lay queries that failed on this were
    # the largest group of errors on the tuning half.
    kind_weight: float = 0.08
    # Above this many words a query is a pasted message, not a typed question. In a long
    # story BM25 matches many incidental words, the lay-phrase expansions are mostly noise and
    # incidental "cure"/"genetic" words do not say what is asked, so for long queries BM25
    # weighs less and the expansions and the kind bonus are left out. Tuned on MeQSum (whose
    # pastes have a median of 47 words) and the lay tuning half (6 to 28 words).
    long_query_words: int = 30
    long_lexical_weight: float = 0.1

    def combine(self, evidence: Evidence) -> np.ndarray:
        """The final score of each document from its evidence."""
        dense = self.title_weight * evidence.titles + (1 - self.title_weight) * evidence.bodies
        return self.fuse(dense, evidence)

    def fuse(self, dense: np.ndarray, evidence: Evidence) -> np.ndarray:
        """The final score from the dense similarity (titles and bodies already weighed, as
        combine does) and the rest of the evidence, whose titles and bodies are not read."""
        dense = dense + self.coverage_weight * evidence.coverage
        lexical = evidence.lexical
        if evidence.long:
            lexical_weight = self.long_lexical_weight
        else:
            lexical_weight = self.lexical_weight
            lexical = lexical + self.expansion_weight * evidence.expanded
            dense = dense + self.kind_weight * evidence.kind
        top = float(lexical.max()) if lexical.size else 0.0
        if top > 0:
            # BM25 scores grow with the query's length; scaling by the best one makes the
            # weight mean the same for a five-word question and a long story.
            lexical = lexical / top
        return (1 - lexical_weight) * dense + lexical_weight * lexical


# A top score at or above this means "the first match answers the question". Calibrated by
# bench/calibrate.py on 1,124 labelled decisions (MeQSum dev with each question's own summary
# indexed and then removed; the 69 lay MedQuAD queries with all entries on their condition
# present and then removed), choosing the value that maximises the mean of the two sets'
# accuracies. Last run (2026-11-25: int8 query model, abbreviations, kind from the clauses that
# ask) chose 0.660 (was 0.675): MeQSum 0.827, lay 0.746; pooled precision 0.860, recall 0.711.
# Re-run the script whenever the model or the Tuning defaults change.
ANSWERED_THRESHOLD = 0.660


@dataclass(frozen=True)
class _Vectors:
    titles: np.ndarray  # one row for the question, one per "also asked" phrasing
    body: np.ndarray  # the question read with the start of its answer
    # The title rows again by the second stage's second encoder (None without one).
    second_titles: np.ndarray | None
    # One row per passage of a symptoms or general entry's answer (none for other entries).
    passages: np.ndarray


@dataclass(frozen=True, slots=True)
class _Sentences:
    """An answer's sentences and the word stems of each, worked out once when it is indexed.

    Stems are numbered in the engine's stem vocabulary; stem_ids holds each sentence's distinct
    stems in ascending order, sentence the sentence each of them belongs to.
    """

    spans: np.ndarray  # (sentences, 2): start and end of each sentence in the answer
    stem_ids: np.ndarray
    sentence: np.ndarray


@dataclass(frozen=True, slots=True)
class _Analysis:
    """What indexing reads from one document's text."""

    tokens: list[str]  # BM25 tokens
    title_stems: list[set[str]]  # of the question and each "also asked" phrasing
    sentences: _Sentences
    abbreviations: list[tuple[str, str]]  # those the document defines: ("SMA", "spinal ...")


@dataclass(frozen=True, slots=True)
class _Prepared:
    """What indexing works out for one document: its vectors and its analysed text."""

    vectors: _Vectors
    analysis: _Analysis


@dataclass(frozen=True)
class _Snapshot:
    """Everything search needs for one language, never changed once built."""

    documents: list[Document]
    titles: np.ndarray
    title_starts: np.ndarray
    # The same title rows by the second encoder (title_embedder), or None.
    second_titles: np.ndarray | None
    bodies: np.ndarray
    # Each title row weighed with its document's body row by Tuning.title_weight (the value in
    # mixed_weight): since the body similarity is the same for every title row of a document,
    # the best of these rows is the weighed dense similarity, for half the arithmetic.
    mixed: np.ndarray
    mixed_weight: float
    # True when every document has exactly one title row (no "also asked" phrasings), so the
    # best of a document's rows is simply its row.
    one_title_each: bool
    sentences: list[_Sentences]
    bm25: bm25s.BM25 | None
    vocabulary: frozenset[str]
    document_frequency: Counter[str]
    # stem -> (title rows holding it, 1 / number of distinct stems of each of those rows)
    title_postings: dict[str, tuple[np.ndarray, np.ndarray]]
    positions: dict[str, int]
    # "SMA" -> "spinal muscular atrophy", as the entries define them (the commonest wording).
    abbreviations: dict[str, str]
    # For the second stage: each document's kind of answer (a position in KINDS) and subject,
    # the documents grouped by subject (subject_order[subject_starts[s]:...] are subject s's),
    # the subjects' names by letter triple, and BM25 over the entries' questions alone.
    kinds: np.ndarray
    subject_of: np.ndarray
    subject_order: np.ndarray
    subject_starts: np.ndarray
    names: NameIndex
    title_bm25: bm25s.BM25 | None
    title_vocabulary: frozenset[str]
    # BM25 over each subject's symptom passages (the answers of its symptoms and general
    # entries), one document a subject: a story that only describes signs finds it there.
    symptom_bm25: bm25s.BM25 | None
    symptom_vocabulary: frozenset[str]
    # The symptom passages' vectors, sorted by subject: passage_subjects[i]'s passages start at
    # passage_starts[i].
    passages: np.ndarray
    passage_subjects: np.ndarray
    passage_starts: np.ndarray
    # Misspelt words of English questions read as the entries' words ("cuses" -> causes).
    speller: Speller


# How many first-stage candidates the reranker reads, and which others it adds: every entry on
# the subjects of the best few, and on subjects the question names (letter triples found).
CANDIDATES = 30
LEXICAL_CANDIDATES = 10
SUBJECTS_OF_BEST = 10
NAMED_SUBJECTS = 5
# The subjects whose symptom passages match the question best (by BM25 and by the dense
# similarity, this many each) whose entries are added too: out of fold the right entry was
# among the candidates of 0.871 of the stories that describe signs without naming the
# condition, against 0.831 without them.
SYMPTOM_SUBJECTS = 5
NAME_SHARE = 0.75
MEMBERS_PER_SUBJECT = 24


@dataclass(frozen=True)
class SecondStage:
    """The trained reranker, the answered decision and the intent model they read."""

    reranker: LinearModel
    decision: LinearModel
    intent: IntentModel

    @classmethod
    def trained_for(cls, embedder_name: str) -> SecondStage | None:
        """The packaged models, if they were trained on this embedder's vectors."""
        reranker, decision = trained_model("reranker"), trained_model("decision")
        intent = trained_intent()
        if reranker is None or decision is None or intent is None:
            return None
        if not embedder_name.startswith(reranker.embedder):
            return None
        return cls(reranker, decision, intent)

    def confidence(self, first: np.ndarray, score: float, runner_up: float, long: bool) -> float:
        """The probability that the entry with these features and score answers the question."""
        row = decision_features(first, score, runner_up, long)
        return float(self.decision.probability(row[None, :])[0])


class Engine(DocumentIndex["_Prepared", "_Snapshot"]):
    """Hybrid BM25 + dense search over published entries, one index per language."""

    def __init__(
        self,
        embedder: Embedder | None = None,
        cache_dir: Path | None = None,
        tuning: Tuning | None = None,
        answered_threshold: float = ANSWERED_THRESHOLD,
        second_stage: SecondStage | None = None,
        title_embedder: Embedder | None = None,
    ) -> None:
        super().__init__()
        if embedder is None:
            from .embedding import OnnxEmbedder

            embedder = OnnxEmbedder(cache_dir=cache_dir)
        self.embedder = embedder
        self.tuning = tuning or Tuning()
        self.answered_threshold = answered_threshold
        # The trained reranker and decision, for English, when they were trained on vectors of
        # this embedder's model; otherwise the first stage's ranking and threshold stand.
        self.second_stage = second_stage or SecondStage.trained_for(embedder.name)
        # The second encoder, whose similarity of the question to each candidate's question
        # the reranker reads ("title_bge"): bge-small-en-v1.5 when the trained second stage
        # reads it, unless one is given (bench/train.py gives it to an engine without a stage).
        if title_embedder is None and self.second_stage is not None:
            if "title_bge" in self.second_stage.reranker.features:
                from .embedding import BgeSmallEmbedder

                title_embedder = BgeSmallEmbedder()
        self.title_embedder = title_embedder
        cache_root = cache_dir or default_cache_dir()
        self._cache = EmbeddingCache(cache_root, embedder.name)
        self._second_cache = (
            EmbeddingCache(cache_root, title_embedder.name) if title_embedder else None
        )
        # Stem -> number, for the snippets; it only grows, so numbers never change meaning.
        self._stem_ids: dict[str, int] = {}
        self._stem_ids_lock = threading.Lock()

    def search(
        self, query: str, language: str = "en", limit: int = 10, pinned: Sequence[str] = ()
    ) -> Answer:
        """The best entries in this language for the query, pinned ones first."""
        snapshot = self._snapshot(language)
        text = self._read(snapshot, query if isinstance(query, str) else "", language)
        query_stems = stems(text, language)
        if snapshot is None or limit <= 0 or not query_stems:
            return Answer(matches=[], answered=False)

        expansion = self._expansion(snapshot, text, query_stems, language)
        long = self._is_long(text)
        vector = self._query_vector(text, expansion, long)
        evidence, scores = self._first_stage(snapshot, vector, query_stems, expansion, long)
        pinned_positions = self._pinned_positions(snapshot, pinned)
        stage = self.second_stage if language.startswith("en") else None
        confidence: float | None = None
        if stage is not None:
            asked = asked_part(text)
            candidates, features = self._candidates(
                stage.intent.probabilities(self._intent_vector(text, asked, vector)),
                asked,
                snapshot,
                text,
                expansion,
                vector,
                self._second_vector(snapshot, text),
                scores,
                evidence,
                pinned_positions,
            )
            reranked = stage.reranker.score_named(features, FEATURES)
            order = np.argsort(-reranked, kind="stable")
            best = [int(candidates[i]) for i in order]
            first = float(reranked[order[0]])
            # With one candidate only, nothing comes close: a wide margin.
            runner_up = float(reranked[order[1]]) if len(order) > 1 else first - 5.0
            confidence = stage.confidence(features[order[0]], first, runner_up, long)
            # Scores as the decision reads them: the first match's is the confidence, the
            # others' fall away from it as their reranker scores do.
            shifted = reranked[order] - first + _logit(confidence)
            score_of = dict(zip(best, _probability(shifted).tolist(), strict=True))
        else:
            wanted = min(limit + len(pinned_positions), len(scores))
            top = np.argpartition(-scores, wanted - 1)[:wanted]
            best = [int(p) for p in top[np.argsort(-scores[top], kind="stable")]]
            score_of = {p: float(scores[p]) for p in best + pinned_positions}
        chosen = set(pinned_positions)
        ranked = (pinned_positions + [p for p in best if p not in chosen])[:limit]

        passage_stems = set(query_stems) | {s for term in expansion for s in stems(term)}
        stem_ids, stem_weights = self._passage_weights(snapshot, passage_stems)
        matches = [
            Match(
                id=snapshot.documents[p].id,
                score=round(score_of[p], 6),
                passage=_best_passage(
                    snapshot.documents[p].answer, snapshot.sentences[p], stem_ids, stem_weights
                ),
            )
            for p in ranked
        ]
        if confidence is None:
            # The first stage alone: its score against the threshold; below it, the best entries
            # are offered as "may help" whatever their score, as no decision was trained.
            confidence = matches[0].score if matches else 0.0
            answered = bool(matches) and confidence >= self.answered_threshold
            suggested = True
        else:
            assert stage is not None
            answered = confidence >= stage.decision.threshold
            suggested = not answered and confidence >= stage.decision.suggest
        # An editor's pin is a human decision that this entry answers the query.
        answered = answered or bool(pinned_positions)
        return Answer(
            matches=matches,
            answered=answered and bool(matches),
            confidence=round(confidence, 6),
            suggested=suggested and not answered and bool(matches),
        )

    # -- ranking -----------------------------------------------------------------------------

    def _first_stage(
        self,
        snapshot: _Snapshot,
        vector: np.ndarray,
        query_stems: list[str],
        expansion: list[str],
        long: bool,
    ) -> tuple[Evidence, np.ndarray]:
        """The evidence on every document and its fused score."""
        if snapshot.mixed_weight != self.tuning.title_weight:
            titles = _best_of_rows(snapshot, _similarity(snapshot.titles, vector))
            bodies = _similarity(snapshot.bodies, vector)
            evidence = self._other_evidence(snapshot, query_stems, expansion, long, titles, bodies)
            return evidence, self.tuning.combine(evidence)
        dense = _best_of_rows(snapshot, _similarity(snapshot.mixed, vector))
        evidence = self._other_evidence(snapshot, query_stems, expansion, long, dense, dense)
        return evidence, self.tuning.fuse(dense, evidence)

    def candidate_features(
        self, query: str, intent: IntentModel, language: str = "en"
    ) -> tuple[list[str], np.ndarray, bool]:
        """For training the reranker: the candidates' ids, their FEATURES rows, and whether the
        query is a long message."""
        snapshot = self._snapshot(language)
        text = self._read(snapshot, query, language)
        query_stems = stems(text, language)
        if snapshot is None or not query_stems:
            return [], np.zeros((0, len(FEATURES))), False
        expansion = self._expansion(snapshot, text, query_stems, language)
        long = self._is_long(text)
        vector = self._query_vector(text, expansion, long)
        evidence, fused = self._first_stage(snapshot, vector, query_stems, expansion, long)
        asked = asked_part(text)
        kind = intent.probabilities(self._intent_vector(text, asked, vector))
        positions, features = self._candidates(
            kind,
            asked,
            snapshot,
            text,
            expansion,
            vector,
            self._second_vector(snapshot, text),
            fused,
            evidence,
            [],
        )
        return [snapshot.documents[p].id for p in positions], features, long

    def query_vector(self, query: str, language: str = "en") -> np.ndarray:
        """The vector search reads for this query (lay words' clinical names included)."""
        snapshot = self._snapshot(language)
        return self._vector_of(snapshot, self._read(snapshot, query, language), language)

    def intent_vector(self, query: str, language: str = "en") -> np.ndarray:
        """The vector the intent model reads for this query (for training it)."""
        snapshot = self._snapshot(language)
        text = self._read(snapshot, query, language)
        vector = self._vector_of(snapshot, text, language)
        return self._intent_vector(text, asked_part(text), vector)

    def _vector_of(self, snapshot: _Snapshot | None, text: str, language: str) -> np.ndarray:
        query_stems = stems(text, language)
        expansion = self._expansion(snapshot, text, query_stems, language) if snapshot else []
        return self._query_vector(text, expansion, self._is_long(text))

    @staticmethod
    def _read(snapshot: _Snapshot | None, query: str, language: str) -> str:
        """The query as the engine reads it: cleaned, and in English with its misspellings of
        the entries' words corrected."""
        text = clean_query(query)
        if snapshot is None or not language.startswith("en"):
            return text
        vocabulary = snapshot.vocabulary

        def is_known(word: str) -> bool:
            found = stems(word)
            return not found or found[0] in vocabulary

        return snapshot.speller.corrected(text, is_known)

    def _second_vector(self, snapshot: _Snapshot, text: str) -> np.ndarray | None:
        """The question by the second encoder, when the entries were read by it too."""
        if self.title_embedder is None or snapshot.second_titles is None:
            return None
        second: np.ndarray = self.title_embedder.encode_queries([text])[0]
        return second

    def _intent_vector(self, text: str, asked: str, vector: np.ndarray) -> np.ndarray:
        """The query's own vector, or for a story that also asks, the vector of what it asks
        (asked: its asked_part): in "it started after a fall and now it comes back every night.
        will it ever stop?" the fall is the story and the outlook is the question."""
        if not asked or asked == text:
            return vector
        asked_vector: np.ndarray = self.embedder.encode_queries([asked])[0]
        return asked_vector

    def _candidates(
        self,
        kind: np.ndarray,
        asked: str,
        snapshot: _Snapshot,
        text: str,
        expansion: list[str],
        vector: np.ndarray,
        second_vector: np.ndarray | None,
        fused: np.ndarray,
        evidence: Evidence,
        pinned: list[int],
    ) -> tuple[np.ndarray, np.ndarray]:
        """Candidate positions and their feature rows (FEATURES); kind holds the intent
        model's probability of each kind of answer (KINDS), asked the clauses that ask ("" for
        a story that asks nothing), second_vector the question by the second encoder."""
        shares = snapshot.names.shares(" ".join(words(text)))
        top = _top(fused, CANDIDATES)
        named = _top(shares, NAMED_SUBJECTS)
        named = named[shares[named] >= NAME_SHARE]
        symptom = self._symptom_lexical(snapshot, text, expansion)
        symptom_dense = self._symptom_dense(snapshot, vector)
        subjects = np.union1d(
            np.union1d(snapshot.subject_of[top[:SUBJECTS_OF_BEST]], named),
            np.union1d(_top(symptom, SYMPTOM_SUBJECTS), _top(symptom_dense, SYMPTOM_SUBJECTS)),
        )
        ends = np.append(snapshot.subject_starts[1:], len(snapshot.subject_order))
        members = [
            snapshot.subject_order[snapshot.subject_starts[s] : ends[s]][:MEMBERS_PER_SUBJECT]
            for s in subjects
        ]
        lexical = _scaled(evidence.lexical)
        candidates = np.unique(
            np.concatenate(
                [top, _top(lexical, LEXICAL_CANDIDATES), *members, np.array(pinned, dtype=np.intp)]
            )
        )
        order = snapshot.subject_order
        subject_fused = np.maximum.reduceat(fused[order], snapshot.subject_starts)
        subject_lexical = np.maximum.reduceat(lexical[order], snapshot.subject_starts)
        # How likely the patient asks for each entry's kind of answer, also as a share of the
        # likeliest kind its subject has: a topic without a treatment entry still has a best side.
        asked_kind = kind[snapshot.kinds]
        subject_kind = np.maximum.reduceat(asked_kind[order], snapshot.subject_starts)
        their_subjects = snapshot.subject_of[candidates]
        their_kinds = snapshot.kinds[candidates]
        information = (their_kinds == _INFORMATION).astype(np.float64)
        kinds_asked = [KINDS.index(k) for k in kinds_named(asked)]
        kind_said = np.isin(their_kinds, kinds_asked).astype(np.float64)
        long = float(evidence.long)
        title = _title_similarity(snapshot, candidates, vector)
        body = np.einsum("ij,j->i", snapshot.bodies[candidates], vector)
        _, group = np.unique(their_subjects, return_inverse=True)
        columns = {
            "fused": fused[candidates],
            "title": title,
            "body": body,
            "lexical": lexical[candidates],
            "title_lexical": self._title_lexical(snapshot, text)[candidates],
            "expanded": _scaled(evidence.expanded)[candidates],
            "coverage": evidence.coverage[candidates],
            "kind": asked_kind[candidates],
            "kind_share": asked_kind[candidates] / np.maximum(subject_kind[their_subjects], 1e-6),
            "information": information,
            # A story that asks nothing ("my son was told he has ...") wants the general entry.
            "information_asked": information * float(not asked),
            "kind_words": evidence.kind[candidates],
            "kind_said": kind_said,
            "information_said": information * float(bool(kinds_asked)),
            "subject_title": _best_in_group(title, group),
            "subject_body": _best_in_group(body, group),
            "subject_fused": subject_fused[their_subjects],
            "subject_lexical": subject_lexical[their_subjects],
            "name": shares[their_subjects],
            "symptom_lexical": symptom[their_subjects],
            "symptom_dense": symptom_dense[their_subjects],
            "title_bge": (
                np.zeros(len(candidates))
                if second_vector is None or snapshot.second_titles is None
                else _title_similarity(snapshot, candidates, second_vector, snapshot.second_titles)
            ),
        }
        columns["long_lexical"] = long * columns["lexical"]
        columns["long_body"] = long * columns["body"]
        columns["long_name"] = long * columns["name"]
        columns["long_fused"] = long * columns["fused"]
        columns["long_title"] = long * columns["title"]
        columns["long_kind"] = long * columns["kind"]
        features = np.column_stack([columns[name] for name in FEATURES]).astype(np.float64)
        return candidates, features

    @staticmethod
    def _symptom_dense(snapshot: _Snapshot, vector: np.ndarray) -> np.ndarray:
        """Per subject, the best dense similarity of the question to one of its symptom
        passages (0 for a subject without any)."""
        best = np.zeros(len(snapshot.subject_starts))
        if len(snapshot.passages):
            similarity = _similarity(snapshot.passages, vector)
            best[snapshot.passage_subjects] = np.maximum.reduceat(
                similarity, snapshot.passage_starts
            )
        return best

    @staticmethod
    def _symptom_lexical(snapshot: _Snapshot, text: str, expansion: list[str]) -> np.ndarray:
        """Per subject, BM25 of the question's stems and of its lay words' clinical names over
        the subject's symptom passages, scaled to the best score."""
        clinical = [s for term in expansion if term not in QUESTION_KINDS for s in stems(term)]
        vocabulary = snapshot.symptom_vocabulary
        known = [s for s in dict.fromkeys(stems(text) + clinical) if s in vocabulary]
        if snapshot.symptom_bm25 is None or not known:
            return np.zeros(len(snapshot.subject_starts))
        return _scaled(np.asarray(snapshot.symptom_bm25.get_scores(known), dtype=np.float64))

    @staticmethod
    def _title_lexical(snapshot: _Snapshot, text: str) -> np.ndarray:
        """BM25 over the entries' questions alone, scaled to the best score."""
        known = [s for s in dict.fromkeys(stems(text)) if s in snapshot.title_vocabulary]
        if snapshot.title_bm25 is None or not known:
            return np.zeros(len(snapshot.documents))
        return _scaled(np.asarray(snapshot.title_bm25.get_scores(known), dtype=np.float64))

    def _evidence(
        self, snapshot: _Snapshot, text: str, query_stems: list[str], expansion: list[str]
    ) -> Evidence:
        """Per document: dense, BM25, expansion, coverage and question-kind evidence."""
        long = self._is_long(text)
        vector = self._query_vector(text, expansion, long)
        titles = _best_of_rows(snapshot, _similarity(snapshot.titles, vector))
        bodies = _similarity(snapshot.bodies, vector)
        return self._other_evidence(snapshot, query_stems, expansion, long, titles, bodies)

    def _is_long(self, text: str) -> bool:
        return len(text.split()) > self.tuning.long_query_words

    def _query_vector(self, text: str, expansion: list[str], long: bool) -> np.ndarray:
        dense_text = text
        if expansion and self.tuning.expand_dense_query and not long:
            dense_text = f"{text} ({', '.join(expansion)})"
        vector: np.ndarray = self.embedder.encode_queries([dense_text])[0]
        return vector

    def _other_evidence(
        self,
        snapshot: _Snapshot,
        query_stems: list[str],
        expansion: list[str],
        long: bool,
        titles: np.ndarray,
        bodies: np.ndarray,
    ) -> Evidence:
        """The evidence besides the dense similarities, which are passed in."""
        lexical = self._bm25(snapshot, query_stems)
        zeros = np.zeros_like(lexical)
        expansion_stems = [] if long else [s for t in expansion for s in stems(t)]
        expanded = self._bm25(snapshot, expansion_stems) if expansion_stems else zeros
        kinds = [] if long else [t for t in expansion if t in QUESTION_KINDS]
        kind = self._kind(snapshot, kinds) if kinds else zeros
        coverage = self._coverage(snapshot, query_stems)
        return Evidence(titles, bodies, lexical, expanded, coverage, kind, long)

    @staticmethod
    def _kind(snapshot: _Snapshot, kinds: list[str]) -> np.ndarray:
        """Per document, 1 where a title row holds every stem of one of these answer kinds."""
        rows = np.zeros(len(snapshot.titles), dtype=np.float32)
        for kind in kinds:
            found: np.ndarray | None = None
            for stem in set(stems(kind)):
                posting = snapshot.title_postings.get(stem)
                if posting is None:
                    found = None
                    break
                found = posting[0] if found is None else np.intersect1d(found, posting[0])
            if found is not None and found.size:
                rows[found] = 1.0
        return _best_of_rows(snapshot, rows)

    @staticmethod
    def _coverage(snapshot: _Snapshot, query_stems: list[str]) -> np.ndarray:
        """Per document, 1 where the query holds every stem of one of its title rows, else 0."""
        postings = [snapshot.title_postings.get(stem) for stem in set(query_stems)]
        found = [posting for posting in postings if posting is not None]
        if not found:
            return np.zeros(len(snapshot.documents), dtype=np.float32)
        rows = np.bincount(
            np.concatenate([row for row, _ in found]),
            weights=np.concatenate([weight for _, weight in found]),
            minlength=len(snapshot.titles),
        )
        return (_best_of_rows(snapshot, rows) > 0.999).astype(np.float32)

    @staticmethod
    def _bm25(snapshot: _Snapshot, query_stems: list[str]) -> np.ndarray:
        known = [s for s in dict.fromkeys(query_stems) if s in snapshot.vocabulary]
        if snapshot.bm25 is None or not known:
            return np.zeros(len(snapshot.documents), dtype=np.float32)
        return np.asarray(snapshot.bm25.get_scores(known), dtype=np.float32)

    def _expansion(
        self, snapshot: _Snapshot, text: str, query_stems: list[str], language: str
    ) -> list[str]:
        """The names the entries use for the query's abbreviations and lay words, and the kinds
        of answer it asks for ("treatment")."""
        names = [
            snapshot.abbreviations[a] for a in abbreviations(text) if a in snapshot.abbreviations
        ]
        if not language.startswith("en"):
            return names
        vocabulary: LayVocabulary = english_lay_vocabulary()
        # "it gets better when I move" tells the story; only "will I get better?" asks for the
        # outlook.
        asked = {
            t for t in vocabulary.clinical_terms(stems(asked_part(text))) if t in QUESTION_KINDS
        }
        terms = vocabulary.clinical_terms(query_stems)
        return list(
            dict.fromkeys(names + [t for t in terms if t not in QUESTION_KINDS or t in asked])
        )

    def _passage_weights(
        self, snapshot: _Snapshot, passage_stems: set[str]
    ) -> tuple[np.ndarray, np.ndarray]:
        """The query's stems as ascending stem numbers, and how rare each is in the corpus."""
        size = len(snapshot.documents)
        frequency = snapshot.document_frequency
        numbered = sorted(
            (self._stem_ids[s], float(np.log1p(size / (1 + frequency.get(s, 0)))))
            for s in passage_stems
            if s in self._stem_ids
        )
        return (
            np.array([i for i, _ in numbered], dtype=np.int32),
            np.array([w for _, w in numbered], dtype=np.float64),
        )

    @staticmethod
    def _pinned_positions(snapshot: _Snapshot, pinned: Sequence[str]) -> list[int]:
        found = [snapshot.positions[i] for i in pinned if i in snapshot.positions]
        return list(dict.fromkeys(found))

    # -- building ----------------------------------------------------------------------------

    def _analyse(self, document: Document) -> _Analysis:
        """What indexing reads from a document's text, besides its vectors."""
        language = document.language
        spans = sentence_spans(document.answer)
        sentence_stems = stems_of_each([document.answer[a:b] for a, b in spans], language)
        title = stems(" ".join((document.question, *document.also_asked)), language)
        # The sentences hold every word of the answer, so their stems are the answer's stems.
        body = stems(document.short_answer, language)
        for sentence in sentence_stems:
            body += sentence
        return _Analysis(
            tokens=title * self.tuning.question_repeat + body,
            title_stems=_title_stems(document),
            sentences=self._number_sentences(spans, sentence_stems),
            abbreviations=defined_abbreviations(f"{document.question}\n{document.answer}"),
        )

    def _number_sentences(
        self, spans: list[tuple[int, int]], sentence_stems: list[list[str]]
    ) -> _Sentences:
        flat = [stem for sentence in sentence_stems for stem in sentence]
        with self._stem_ids_lock:
            numbers = self._stem_ids
            for stem in set(flat).difference(numbers):
                numbers[stem] = len(numbers)
            ids = np.array([numbers[stem] for stem in flat], dtype=np.int64)
        sentence = np.repeat(np.arange(len(spans)), [len(s) for s in sentence_stems])
        # Each sentence's distinct stems, sentence by sentence, in ascending order.
        pairs = np.unique((sentence << 32) | ids)
        return _Sentences(
            spans=np.array(spans, dtype=np.int32).reshape(-1, 2),
            stem_ids=(pairs & 0xFFFFFFFF).astype(np.int32),
            sentence=(pairs >> 32).astype(np.int32),
        )

    def _embed(self, documents: list[Document]) -> dict[str, _Vectors]:
        """Vectors for each document, from the disk cache where the same text was seen before."""
        texts_by_document = {d.id: ([d.question, *d.also_asked], _body_text(d)) for d in documents}
        passages = {d.id: _symptom_passages(d) for d in documents}
        all_texts = {t for titles, body in texts_by_document.values() for t in (*titles, body)}
        all_texts.update(t for texts in passages.values() for t in texts)
        vector = _cached_vectors(self.embedder, self._cache, all_texts)
        second: dict[str, np.ndarray] | None = None
        if self.title_embedder is not None and self._second_cache is not None:
            title_texts = {t for titles, _ in texts_by_document.values() for t in titles}
            second = _cached_vectors(self.title_embedder, self._second_cache, title_texts)
        return {
            doc_id: _Vectors(
                titles=np.stack([vector[t] for t in titles]),
                body=vector[body],
                second_titles=None if second is None else np.stack([second[t] for t in titles]),
                passages=np.stack([vector[t] for t in passages[doc_id]])
                if passages[doc_id]
                else np.zeros((0, len(vector[body])), dtype=np.float32),
            )
            for doc_id, (titles, body) in texts_by_document.items()
        }

    def _part(self, document: Document) -> str:
        return document.language

    def _prepare(self, documents: list[Document]) -> dict[str, _Prepared]:
        vectors = self._embed(documents)
        return {d.id: _Prepared(vectors[d.id], self._analyse(d)) for d in documents}

    def _build(self, documents: list[Document], prepared: list[_Prepared]) -> _Snapshot:
        analysed = [p.analysis for p in prepared]
        title_rows = [p.vectors.titles for p in prepared]
        row_counts = [len(rows) for rows in title_rows]
        starts = np.cumsum([0] + row_counts[:-1])
        titles = np.ascontiguousarray(np.concatenate(title_rows), dtype=np.float32)
        second_rows = [p.vectors.second_titles for p in prepared]
        present = [rows for rows in second_rows if rows is not None]
        second_titles = None
        if present and len(present) == len(second_rows):
            second_titles = np.ascontiguousarray(np.concatenate(present), dtype=np.float32)
        bodies = np.ascontiguousarray(np.stack([p.vectors.body for p in prepared]))
        weight = self.tuning.title_weight
        body_of_row = np.repeat(np.arange(len(documents)), row_counts)
        mixed = np.ascontiguousarray(
            weight * titles + (1 - weight) * bodies[body_of_row], dtype=np.float32
        )
        corpus_tokens = [a.tokens for a in analysed]
        frequency: Counter[str] = Counter()
        for tokens in corpus_tokens:
            frequency.update(set(tokens))
        bm25: bm25s.BM25 | None = None
        if frequency:
            bm25 = bm25s.BM25()
            bm25.index(corpus_tokens, show_progress=False)
        subjects = _Subjects.of(documents)
        title_tokens = [[s for rows in a.title_stems for s in sorted(rows)] for a in analysed]
        title_vocabulary = frozenset(s for tokens in title_tokens for s in tokens)
        title_bm25: bm25s.BM25 | None = None
        if title_vocabulary:
            title_bm25 = bm25s.BM25()
            title_bm25.index(title_tokens, show_progress=False)
        kinds = np.array(
            [KINDS.index(question_kind(d.question, d.language)) for d in documents], dtype=np.intp
        )
        symptom_tokens: list[list[str]] = [[] for _ in subjects.names]
        for position in np.flatnonzero(np.isin(kinds, [KINDS.index(k) for k in _SIGNS_KINDS])):
            symptom_tokens[subjects.of_document[position]] += analysed[position].tokens
        symptom_vocabulary = frozenset(s for tokens in symptom_tokens for s in tokens)
        symptom_bm25: bm25s.BM25 | None = None
        if symptom_vocabulary:
            symptom_bm25 = bm25s.BM25()
            symptom_bm25.index(symptom_tokens, show_progress=False)
        passage_rows = [p.vectors.passages for p in prepared]
        passage_subject = np.repeat(subjects.of_document, [len(rows) for rows in passage_rows])
        by_subject = np.argsort(passage_subject, kind="stable")
        passage_subjects, passage_starts = np.unique(passage_subject[by_subject], return_index=True)
        return _Snapshot(
            passages=np.ascontiguousarray(
                np.concatenate(passage_rows)[by_subject], dtype=np.float32
            ),
            passage_subjects=passage_subjects.astype(np.intp),
            passage_starts=passage_starts.astype(np.intp),
            kinds=kinds,
            symptom_bm25=symptom_bm25,
            symptom_vocabulary=symptom_vocabulary,
            subject_of=subjects.of_document,
            subject_order=subjects.order,
            subject_starts=subjects.starts,
            names=NameIndex.build(subjects.names),
            title_bm25=title_bm25,
            title_vocabulary=title_vocabulary,
            speller=Speller.build(
                [*(t for d in documents for t in (d.question, *d.also_asked)), *LAY_KIND_WORDINGS]
            ),
            title_postings=_title_postings([rows for a in analysed for rows in a.title_stems]),
            positions={d.id: i for i, d in enumerate(documents)},
            abbreviations=_commonest_names([a.abbreviations for a in analysed]),
            documents=documents,
            titles=titles,
            title_starts=starts.astype(np.intp),
            second_titles=second_titles,
            bodies=bodies,
            mixed=mixed,
            mixed_weight=weight,
            one_title_each=len(titles) == len(documents),
            sentences=[a.sentences for a in analysed],
            bm25=bm25,
            vocabulary=frozenset(frequency),
            document_frequency=frequency,
        )


@dataclass(frozen=True)
class _Subjects:
    """Documents grouped by the subject of their question."""

    of_document: np.ndarray  # subject number of each document
    order: np.ndarray  # documents sorted by subject
    starts: np.ndarray  # where each subject's documents start in order
    names: list[str]  # each subject's name, as the first of its documents writes it

    @classmethod
    def of(cls, documents: list[Document]) -> _Subjects:
        numbers: dict[str, int] = {}
        names: list[str] = []
        each = []
        for document in documents:
            key = subject(document.question, document.language)
            if key not in numbers:
                numbers[key] = len(numbers)
                names.append(subject_name(document.question, document.language))
            each.append(numbers[key])
        of_document = np.array(each, dtype=np.intp)
        order = np.argsort(of_document, kind="stable")
        starts = np.searchsorted(of_document[order], np.arange(len(names)))
        return cls(of_document, order, starts.astype(np.intp), names)


def _cached_vectors(
    embedder: Embedder, cache: EmbeddingCache, texts: set[str]
) -> dict[str, np.ndarray]:
    """Each text's vector by this embedder, from the cache where it was encoded before."""
    keys = {t: text_key(t) for t in texts}
    cached = cache.get_many(keys.values())
    missing = sorted(t for t in texts if keys[t] not in cached)
    # Saved in chunks so that an interrupted first build keeps what it encoded.
    for start in range(0, len(missing), 1024):
        chunk = missing[start : start + 1024]
        encoded = embedder.encode_documents(chunk)
        fresh = {keys[t]: encoded[i] for i, t in enumerate(chunk)}
        cache.put_many(fresh.items())
        cached.update(fresh)
    return {t: cached[keys[t]] for t in texts}


def _commonest_names(defined: list[list[tuple[str, str]]]) -> dict[str, str]:
    """Each abbreviation with the wording the documents most often give it."""
    counts: dict[str, Counter[str]] = {}
    for pairs in defined:
        for abbreviation, name in pairs:
            counts.setdefault(abbreviation, Counter())[name] += 1
    return {a: names.most_common(1)[0][0] for a, names in counts.items()}


def _title_stems(document: Document) -> list[set[str]]:
    return [set(stems(t, document.language)) for t in (document.question, *document.also_asked)]


def _title_postings(rows: list[set[str]]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    rows_by_stem: dict[str, list[int]] = {}
    weights_by_stem: dict[str, list[float]] = {}
    for row, row_stems in enumerate(rows):
        for stem in row_stems:
            rows_by_stem.setdefault(stem, []).append(row)
            weights_by_stem.setdefault(stem, []).append(1 / len(row_stems))
    return {
        stem: (np.array(rows, dtype=np.intp), np.array(weights_by_stem[stem], dtype=np.float32))
        for stem, rows in rows_by_stem.items()
    }


# The kinds of entry whose answers describe a condition's signs: MedQuAD's GARD entries list
# them under "What are the symptoms of X?", MedlinePlus, GHR and NINDS in "What is X?".
_SIGNS_KINDS = ("symptoms", "information")
# Windows of 45 words (about the 64 tokens the entries' model reads), 10 shared with the next.
_PASSAGE_WORDS = 45
_PASSAGE_STEP = 35


def _symptom_passages(document: Document) -> list[str]:
    """The answer of a symptoms or general entry ("What are the signs and symptoms of X?",
    "What is X?") in overlapping windows of words the embedding model reads whole; none for
    entries of other kinds."""
    if question_kind(document.question, document.language) not in _SIGNS_KINDS:
        return []
    found = document.answer.split()
    if not found:
        return []
    starts = range(0, max(len(found) - _PASSAGE_WORDS + _PASSAGE_STEP, 1), _PASSAGE_STEP)
    return [" ".join(found[start : start + _PASSAGE_WORDS]) for start in starts]


def _body_text(document: Document) -> str:
    # The embedder truncates this to its document length, so the question and the opening of
    # the answer (where FAQ answers define their subject) are what it reads.
    return " ".join(p for p in (document.question, document.short_answer, document.answer) if p)


_PASSAGE_MIN_CHARS = 120
_PASSAGE_MAX_CHARS = 500


def _best_passage(
    answer: str, sentences: _Sentences, stem_ids: np.ndarray, stem_weights: np.ndarray
) -> str:
    """The sentence of the answer that shares the rarest words with the query, verbatim.

    stem_ids are the query's stem numbers in ascending order, stem_weights their rarity.
    """
    spans = sentences.spans
    if not len(spans):
        return answer[:_PASSAGE_MAX_CHARS]
    best = 0
    if stem_ids.size and sentences.stem_ids.size:
        where = np.searchsorted(stem_ids, sentences.stem_ids)
        where[where == stem_ids.size] = 0
        shared = stem_ids[where] == sentences.stem_ids
        weights = np.bincount(
            sentences.sentence[shared], weights=stem_weights[where[shared]], minlength=len(spans)
        )
        # The first of the best sentences; none sharing a word leaves the first sentence.
        best = int(np.argmax(weights))
    start, end = int(spans[best, 0]), int(spans[best, 1])
    # A very short sentence ("Yes.") says little on its own; read on into the next one.
    if end - start < _PASSAGE_MIN_CHARS and best + 1 < len(spans):
        end = int(spans[best + 1, 1])
    passage = answer[start:end]
    if len(passage) > _PASSAGE_MAX_CHARS:
        cut = passage.rfind(" ", 0, _PASSAGE_MAX_CHARS)
        passage = passage[: cut if cut > 0 else _PASSAGE_MAX_CHARS]
    return passage


def _best_of_rows(snapshot: _Snapshot, rows: np.ndarray) -> np.ndarray:
    """Per document, the largest value among its title rows."""
    if snapshot.one_title_each:
        return rows
    best: np.ndarray = np.maximum.reduceat(rows, snapshot.title_starts)
    return best


def _similarity(matrix: np.ndarray, vector: np.ndarray) -> np.ndarray:
    """Dot product of each row of the matrix with the vector.

    einsum runs in the calling thread; a BLAS matrix-vector product hands the job to BLAS's
    worker threads, which keep spinning after it and then fight onnxruntime's threads for the
    two cores: on a quiet machine it cost long queries 3 ms of encoding, on a busy one it was
    slower throughout. A large matrix is instead split in two halves, one of them scored on a
    helper thread (einsum releases the GIL), which reads the matrix from memory about twice as
    fast and does nothing between queries.
    """
    if len(matrix) < _SPLIT_ROWS:
        small: np.ndarray = np.einsum("ij,j->i", matrix, vector)
        return small
    half = len(matrix) // 2
    scores = np.empty(len(matrix), dtype=np.result_type(matrix, vector))
    other_half = _helper().submit(np.einsum, "ij,j->i", matrix[half:], vector, out=scores[half:])
    np.einsum("ij,j->i", matrix[:half], vector, out=scores[:half])
    other_half.result()
    return scores


# Below this many rows the hand-over to the helper thread costs more than it saves.
_SPLIT_ROWS = 4096
_helper_lock = threading.Lock()
_helper_pool: ThreadPoolExecutor | None = None


def _helper() -> ThreadPoolExecutor:
    global _helper_pool
    with _helper_lock:
        if _helper_pool is None:
            _helper_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="engine-dot")
        return _helper_pool


_INFORMATION = KINDS.index("information")
_SYMPTOMS = KINDS.index("symptoms")


def _top(values: np.ndarray, count: int) -> np.ndarray:
    """Positions of the `count` largest values, largest first."""
    count = min(count, len(values))
    if count <= 0:
        return np.zeros(0, dtype=np.intp)
    top = np.argpartition(-values, count - 1)[:count]
    ordered: np.ndarray = top[np.argsort(-values[top], kind="stable")]
    return ordered


def _best_in_group(values: np.ndarray, group: np.ndarray) -> np.ndarray:
    """Each value replaced by the largest in its group: among the candidates on one subject
    (all of the subject's entries when it is among the best subjects)."""
    best = np.full(int(group.max()) + 1 if group.size else 0, -np.inf)
    np.maximum.at(best, group, values)
    grouped: np.ndarray = best[group]
    return grouped


def _scaled(values: np.ndarray) -> np.ndarray:
    """Values divided by the largest one (BM25 grows with the query's length), 0 if none."""
    top = float(values.max()) if values.size else 0.0
    scaled: np.ndarray = values / top if top > 0 else np.zeros_like(values)
    return scaled


def _title_similarity(
    snapshot: _Snapshot, positions: np.ndarray, vector: np.ndarray, rows: np.ndarray | None = None
) -> np.ndarray:
    """Per document at these positions, its best question or "also asked" similarity (of the
    title rows given, snapshot.titles by default)."""
    rows = snapshot.titles if rows is None else rows
    if snapshot.one_title_each:
        same: np.ndarray = np.einsum("ij,j->i", rows[positions], vector)
        return same
    ends = np.append(snapshot.title_starts[1:], len(rows))
    each = [np.arange(snapshot.title_starts[p], ends[p]) for p in positions]
    counts = np.array([len(r) for r in each])
    similarity = np.einsum("ij,j->i", rows[np.concatenate(each)], vector)
    best: np.ndarray = np.maximum.reduceat(similarity, np.cumsum(counts) - counts)
    return best


def _probability(scores: np.ndarray) -> np.ndarray:
    """Reranker scores as numbers between 0 and 1, in the same order."""
    probabilities: np.ndarray = 1.0 / (1.0 + np.exp(-scores))
    return probabilities


def _logit(probability: float) -> float:
    """The score whose _probability is this one (kept off 0 and 1)."""
    p = min(max(probability, 1e-6), 1 - 1e-6)
    return float(np.log(p / (1 - p)))
