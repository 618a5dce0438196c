"""Write bench/data/lay_qrels.txt from the focus and intent recorded with each lay query.

Each query in lay_queries.jsonl names the MedQuAD focus (condition) it is about, in every spelling
MedQuAD uses, and what the patient wants to know (information, symptoms, treatment, outlook,
inheritance). An entry on that condition whose question type matches gets grade 2 (it answers
the question); other entries on the same condition get grade 1 (related). Sources repeat a
condition (GARD, GHR, NINDS, MedlinePlus...), so a query usually has several grade-2 entries.

    python bench/lay_judgements.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import data_file  # noqa: E402

HERE = Path(__file__).resolve().parent

# Several sources describe symptoms inside their general entry rather than in a symptoms entry.
ANSWERING_TYPES = {
    "information": {"information"},
    "symptoms": {"symptoms", "information"},
    "treatment": {"treatment"},
    "outlook": {"outlook"},
    "inheritance": {"inheritance"},
}


def main() -> None:
    corpus = [json.loads(line) for line in data_file("medquad.jsonl").open(encoding="utf-8")]
    queries = [
        json.loads(line) for line in (HERE / "data" / "lay_queries.jsonl").open(encoding="utf-8")
    ]
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
    (HERE / "data" / "lay_qrels.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(queries)} queries, {len(lines)} judgements")


if __name__ == "__main__":
    main()
