"""Write the lay queries' qrels from the focus and intent recorded with each query.

lay_queries.jsonl gives lay_qrels.txt (the set the engine was tuned on, half of it held out);
lay_queries_fresh.jsonl gives lay_qrels_fresh.txt (40 later questions that no tuning read);
lay_queries_fresh2.jsonl gives lay_qrels_fresh2.txt (40 more, written blind, mostly about other
conditions, about half of them long narrative messages);
lay_queries_blind.jsonl gives lay_qrels_blind.txt (220 written blind over 141 other conditions,
across every MedQuAD source; each names its `style`: story, short, misspelt or plain);
lay_queries_blind2.jsonl gives lay_qrels_blind2.txt (197 more, written blind the same way over
168 conditions that no older set uses);
lay_queries_blind3.jsonl gives lay_qrels_blind3.txt (211 more, written blind the same way over
186 conditions that no older set uses);
lay_queries_blind4.jsonl gives lay_qrels_blind4.txt (260 more, written blind the same way over
184 conditions that no older set uses).
Each query names the MedQuAD focus (condition) it is about, in every spelling MedQuAD uses, and
what the patient wants to know (information, symptoms, treatment, outlook, inheritance, causes,
diagnosis: answered by MedQuAD's "exams and tests" entries, "How to diagnose X ?").
An entry on that condition whose question type matches gets grade 2 (it answers the question);
other entries on the same condition get grade 1 (related). Sources repeat a condition (GARD,
GHR, NINDS, MedlinePlus...), so a query usually has several grade-2 entries.

    python bench/lay_judgements.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import HERE, read_jsonl  # noqa: E402
from _data import data_file  # noqa: E402

# Several sources describe symptoms inside their general entry rather than in a symptoms entry.
ANSWERING_TYPES = {
    "information": {"information"},
    "symptoms": {"symptoms", "information"},
    "treatment": {"treatment"},
    "outlook": {"outlook"},
    "inheritance": {"inheritance"},
    "causes": {"causes"},
    "diagnosis": {"exams and tests"},
}

# Query file -> qrels file, both in bench/data.
SETS = {
    "lay_queries.jsonl": "lay_qrels.txt",
    "lay_queries_fresh.jsonl": "lay_qrels_fresh.txt",
    "lay_queries_fresh2.jsonl": "lay_qrels_fresh2.txt",
    "lay_queries_blind.jsonl": "lay_qrels_blind.txt",
    "lay_queries_blind2.jsonl": "lay_qrels_blind2.txt",
    "lay_queries_blind3.jsonl": "lay_qrels_blind3.txt",
    "lay_queries_blind4.jsonl": "lay_qrels_blind4.txt",
}


def judgements(corpus: list[dict], queries: list[dict]) -> list[str]:
    """TREC qrels lines for these queries; exits when a query has no answering entry."""
    lines = []
    for query in queries:
        foci = {name.lower() for name in query["focus"]}
        wanted = ANSWERING_TYPES[query["intent"]]
        answering = 0
        for entry in corpus:
            if entry.get("focus", "").lower() not in foci:
                continue
            grade = 2 if entry.get("qtype") in wanted else 1
            answering += grade == 2
            lines.append(f"{query['qid']} 0 {entry['id']} {grade}")
        if not answering:
            raise SystemExit(f"{query['qid']}: no MedQuAD entry answers it; fix its focus/intent")
    return lines


def main() -> None:
    corpus = read_jsonl(data_file("medquad.jsonl"))
    for queries_name, qrels_name in SETS.items():
        queries = read_jsonl(HERE / "data" / queries_name)
        lines = judgements(corpus, queries)
        (HERE / "data" / qrels_name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{qrels_name}: {len(queries)} queries, {len(lines)} judgements")


if __name__ == "__main__":
    main()
