"""The labelled question sets, their corpora and their tuning/test halves (bench/data/splits.json).

Every set is split once, by bench/split.py's fixed seed. Training (bench/train.py) reads every
set that is not held back whole, and the tuning halves of the sets in REPORTED; bench/quality.py
reports the test halves with the tuning halves beside them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from _common import HERE, demo_documents, medquad_documents, read_jsonl
from _data import data_file

from patientfaq.engine import Document
from patientfaq.engine.evaluate import read_qrels

# The sets of lay questions over MedQuAD, by split name: (queries file, qrels file).
MEDQUAD_LAY = {
    "lay": ("lay_queries.jsonl", "lay_qrels.txt"),
    "fresh": ("lay_queries_fresh.jsonl", "lay_qrels_fresh.txt"),
    "fresh2": ("lay_queries_fresh2.jsonl", "lay_qrels_fresh2.txt"),
    "blind": ("lay_queries_blind.jsonl", "lay_qrels_blind.txt"),
    "blind2": ("lay_queries_blind2.jsonl", "lay_qrels_blind2.txt"),
    "blind3": ("lay_queries_blind3.jsonl", "lay_qrels_blind3.txt"),
    "blind4": ("lay_queries_blind4.jsonl", "lay_qrels_blind4.txt"),
}
# The off-topic sets and the sets of lay questions over the demo, by split name: queries file.
OFFTOPIC = {
    "offtopic": "offtopic_queries.jsonl",
    "offtopic2": "offtopic_blind2.jsonl",
    "offtopic3": "offtopic_blind3.jsonl",
    "offtopic4": "offtopic_blind4.jsonl",
}
DEMO_LAY = {
    "demo_lay": "demo_lay_queries.jsonl",
    "demo2": "demo_lay_blind2.jsonl",
    "demo3": "demo_lay_blind3.jsonl",
    "demo4": "demo_lay_blind4.jsonl",
}
# Sets written blind and kept for one report: no training or tuning run reads them, and
# quality.py runs them only when asked with --held-back: the fourth blind sets. The second and
# third (blind2, offtopic2, demo2, blind3, offtopic3, demo3) have been reported and are training
# data, both halves, like the older sets.
HELD_BACK = frozenset({"blind4", "offtopic4", "demo4"})
# Held-back sets whose one report has been made but whose test half is still kept for another:
# their tuning halves are tuning data, read by bench/train.py and quality.py; their test halves
# are read only with --held-back. None at present.
REPORTED: frozenset[str] = frozenset()
# Kinds of answer (questions.KINDS) that the lay sets' intents ask for.
INTENT_KIND = {
    "information": "information",
    "symptoms": "symptoms",
    "treatment": "treatment",
    "outlook": "outlook",
    "inheritance": "inheritance",
    "causes": "causes",
    "diagnosis": "exams and tests",
}


@dataclass
class QuestionSet:
    """Questions over one corpus; qrels empty for questions nothing answers (off-topic)."""

    name: str
    corpus: str  # "medquad", "meqsum" or "demo"
    queries: list[tuple[str, str]]
    qrels: dict[str, dict[str, int]] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)  # qid -> kind of answer asked for
    styles: dict[str, str] = field(default_factory=dict)

    def half(self, which: str) -> QuestionSet:
        """The tuning ("tune") or test ("test") half, as split.py saved it."""
        wanted = set(splits()[self.name][which])
        return QuestionSet(
            name=f"{self.name} {which}",
            corpus=self.corpus,
            queries=[q for q in self.queries if q[0] in wanted],
            qrels={q: r for q, r in self.qrels.items() if q in wanted},
            kinds={q: k for q, k in self.kinds.items() if q in wanted},
            styles={q: s for q, s in self.styles.items() if q in wanted},
        )

    @property
    def answerable(self) -> list[tuple[str, str]]:
        """The questions that some entry answers."""
        return [q for q in self.queries if any(g >= 2 for g in self.qrels.get(q[0], {}).values())]


def in_use(table: dict[str, object]) -> list[str]:
    """The names in one of the tables above that training and tuning may read whole."""
    return [name for name in table if name not in HELD_BACK]


def tuning_halves(table: dict[str, object]) -> list[str]:
    """The names in one of the tables above whose tuning half only may be read (REPORTED)."""
    return [name for name in table if name in REPORTED]


def splits() -> dict[str, dict[str, list[str]]]:
    """bench/data/splits.json."""
    path = HERE / "data" / "splits.json"
    if not path.is_file():
        raise SystemExit(f"{path} is missing: run python bench/split.py")
    loaded: dict[str, dict[str, list[str]]] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def medquad_lay(name: str) -> QuestionSet:
    """One of the lay sets over MedQuAD."""
    queries_file, qrels_file = MEDQUAD_LAY[name]
    rows = read_jsonl(HERE / "data" / queries_file)
    return QuestionSet(
        name=name,
        corpus="medquad",
        queries=[(r["qid"], r["text"]) for r in rows],
        qrels=read_qrels(HERE / "data" / qrels_file),
        kinds={r["qid"]: INTENT_KIND[r["intent"]] for r in rows},
        styles={r["qid"]: r.get("style", "") for r in rows},
    )


def offtopic(corpus: str = "medquad", name: str = "offtopic") -> QuestionSet:
    """One of the sets of questions no medical FAQ answers, asked of the given corpus."""
    rows = read_jsonl(HERE / "data" / OFFTOPIC[name])
    return QuestionSet(
        name=name,
        corpus=corpus,
        queries=[(r["qid"], r["text"]) for r in rows],
        styles={r["qid"]: r.get("style", "") for r in rows},
    )


def meqsum() -> QuestionSet:
    """MeQSum dev: each long consumer question should find its own expert summary."""
    rows = read_jsonl(data_file("meqsum_dev.jsonl"))
    return QuestionSet(
        name="meqsum",
        corpus="meqsum",
        queries=[(str(r["id"]), r["chq"]) for r in rows],
        qrels={str(r["id"]): {f"s:{r['id']}": 2} for r in rows},
    )


def meqsum_documents() -> list[Document]:
    """The MeQSum summaries as one-line FAQ entries."""
    return [
        Document(id=f"s:{r['id']}", question=r["summary"], answer="")
        for r in read_jsonl(data_file("meqsum_dev.jsonl"))
    ]


def demo_lay(name: str = "demo_lay") -> QuestionSet:
    """One set of lay questions about the demo's English entries (entry null: not covered)."""
    rows = read_jsonl(HERE / "data" / DEMO_LAY[name])
    return QuestionSet(
        name=name,
        corpus="demo",
        queries=[(r["qid"], r["text"]) for r in rows],
        qrels={r["qid"]: {f"en:{r['entry']}": 2} for r in rows if r.get("entry")},
        styles={r["qid"]: r.get("style", "") for r in rows},
    )


def corpus_documents(corpus: str) -> list[Document]:
    """The documents of a corpus by name."""
    if corpus == "medquad":
        return medquad_documents()
    if corpus == "meqsum":
        return meqsum_documents()
    if corpus == "demo":
        return [d for d in demo_documents() if d.language == "en"]
    raise ValueError(corpus)
