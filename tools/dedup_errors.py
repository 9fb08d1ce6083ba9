"""List the quote dedup errors of eval sets: gold clusters split, gold quotes merged.

Why: ``pressfacts eval`` gives the dedup figure (B-cubed, contract v2) but not which
quotes make it. This runs the pipeline on each set and, with the scorer's own matching
(:mod:`pressfacts.evaluation`), prints each gold sentence cluster whose sentences lie in
several predicted quote records (costs recall: a reprint kept apart) and each predicted
record that holds several gold quote clusters (costs precision: different quotes
merged). Usage: ``python tools/dedup_errors.py SET...``, each SET a folder with
``gold/`` and ``texts/`` (``seeds`` holds its gold in ``seeds/gold``).
"""

from __future__ import annotations

import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from spacy.language import Language

from pressfacts.evaluation.dedup import gold_clusters, gold_quote_clusters
from pressfacts.evaluation.knowledge_io import find_document, mentioned_in, read_knowledge
from pressfacts.evaluation.quotes import Sentence, gold_sentences, score_quotes
from pressfacts.evaluation.run import input_files
from pressfacts.knowledge.build import build_knowledge_set
from pressfacts.knowledge.store import write_knowledge_set
from pressfacts.models.gold import load_gold_dir
from pressfacts.nlp import build_nlp
from pressfacts.reader.read import read_inputs


def _folders(name: str) -> tuple[Path, Path]:
    """(gold, texts) of a set: ``DIR/gold`` and ``DIR/texts``, or the seeds' layout."""
    folder = Path(name)
    texts = folder / "texts"
    return folder / "gold", texts if texts.is_dir() else folder


def dedup_errors(name: str, nlp: Language) -> list[str]:
    """The lines reporting the split and merged clusters of one set."""
    gold_dir, texts = _folders(name)
    with tempfile.TemporaryDirectory() as work:
        records = build_knowledge_set(read_inputs([str(p) for p in input_files(texts)]), nlp)
        knowledge = read_knowledge(write_knowledge_set(records, Path(work)))
    every: list[Sentence] = []
    matched: list[tuple[Sentence, int]] = []  # (predicted sentence, index of its gold one)
    for gold in load_gold_dir(gold_dir):
        document = find_document(gold, knowledge.documents)
        quotes = mentioned_in(knowledge.quotes, document)
        result = score_quotes(gold.source, document, quotes, gold, knowledge.entity_by_id)
        offset = len(every)
        every += gold_sentences(gold)
        matched += [(pred, offset + found.index) for pred, found in result.items]
    sentence_labels = gold_clusters(every)
    quote_labels = gold_quote_clusters(every, sentence_labels)
    lines = [f"== {name}"]
    by_gold: dict[int, list[tuple[str | None, Sentence]]] = defaultdict(list)
    by_record: dict[str | None, list[tuple[int, Sentence]]] = defaultdict(list)
    for pred, index in matched:
        by_gold[sentence_labels[index]].append((pred.quote_id, every[index]))
        by_record[pred.quote_id].append((quote_labels[index], every[index]))
    for items in by_gold.values():
        if len({record for record, _ in items}) > 1:
            lines.append("-- split: one gold sentence cluster in several records")
            lines += [f"   {record} {s.doc} | {s.text[:100]}" for record, s in items]
    for record, held in by_record.items():
        if len({label for label, _ in held}) > 1:
            lines.append(f"-- merged: {record} holds several gold quote clusters")
            lines += [f"   gold quote {label} {s.doc} | {s.text[:100]}" for label, s in held]
    return lines


def main(names: list[str]) -> int:
    """Print the dedup errors of each named set."""
    nlp = build_nlp()
    for name in names:
        print("\n".join(dedup_errors(name, nlp)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
