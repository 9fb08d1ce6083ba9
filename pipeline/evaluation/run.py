"""Score a knowledge set against gold files: the corpus loop, and what ``pressfacts eval`` runs.

Gold files whose source no document carries are scored as all missed.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pressfacts.evaluation.dedup import (
    bcubed,
    gold_clusters,
    gold_quote_clusters,
    predicted_clusters,
)
from pressfacts.evaluation.entities import ENTITY_TYPES, score_entities
from pressfacts.evaluation.knowledge_io import (
    KnowledgeSet,
    find_document,
    mentioned_in,
    read_knowledge,
)
from pressfacts.evaluation.measures import Miss
from pressfacts.evaluation.quotes import Sentence, gold_sentences, score_quotes
from pressfacts.evaluation.report import EvalReport
from pressfacts.evaluation.statistics import STAT_FIELDS, score_statistics
from pressfacts.models.gold import GoldFile, load_gold_dir

if TYPE_CHECKING:
    from spacy.language import Language


def score(knowledge: KnowledgeSet, gold_files: Sequence[GoldFile]) -> EvalReport:
    """Score a knowledge set against gold files.

    Args:
        knowledge: The records to score.
        gold_files: One gold file per scored input.

    Returns:
        The report of every figure and miss.
    """
    report = EvalReport(documents=len(gold_files))
    entities = knowledge.entity_by_id
    all_gold: list[Sentence] = []
    matched: list[Sentence] = []  # predicted sentences that match a gold one
    matched_gold: list[int] = []  # the index in all_gold of the gold sentence each matches
    for gold in gold_files:
        name = gold.source
        document = find_document(gold, knowledge.documents)
        if document is None:
            report.misses.append(Miss(name, "missing document", "no document has this source"))
        ent = score_entities(name, document, mentioned_in(knowledge.entities, document), gold)
        report.entities_by_type = {
            t: report.entities_by_type[t] + ent.by_type[t] for t in ENTITY_TYPES
        }
        report.titles = report.titles + ent.titles
        quo = score_quotes(name, document, mentioned_in(knowledge.quotes, document), gold, entities)
        report.quotes = report.quotes + quo.score
        report.attribution = report.attribution + quo.attribution
        offset = len(all_gold)
        all_gold += gold_sentences(gold)
        matched += [pred for pred, _ in quo.items]
        matched_gold += [offset + gold_sentence.index for _, gold_sentence in quo.items]
        sta = score_statistics(name, document, mentioned_in(knowledge.statistics, document), gold)
        report.statistics = report.statistics + sta.score
        report.fields = {k: report.fields[k] + sta.fields[k] for k in STAT_FIELDS}
        report.misses += ent.misses + quo.misses + sta.misses
    sentence_labels = gold_clusters(all_gold)
    quote_labels = gold_quote_clusters(all_gold, sentence_labels)
    report.dedup = bcubed(
        predicted_clusters(matched),
        [sentence_labels[k] for k in matched_gold],
        empty=1.0 if not all_gold else 0.0,
        gold_for_precision=[quote_labels[k] for k in matched_gold],
    )
    return report


def score_files(knowledge_path: Path, gold_dir: Path) -> EvalReport:
    """Score a ``knowledge.jsonl`` against a folder of gold files."""
    return score(read_knowledge(knowledge_path), load_gold_dir(gold_dir))


def run_and_score(
    inputs: list[Path],
    gold_dir: Path,
    workdir: Path,
    overrides: dict[str, Any] | None = None,
    nlp: Language | None = None,
) -> EvalReport:
    """Run the pipeline on inputs, write the knowledge set to workdir, and score it.

    Args:
        inputs: The input files, as ``pressfacts run`` takes them.
        gold_dir: The folder of gold files for those inputs.
        workdir: Where ``knowledge.jsonl`` is written.
        overrides: Dotted config keys for the pipeline (``--ner-model``).
        nlp: A pipeline already built, to score many sets with one (a built pipeline is
            kept for the process's life, out of the collector's scans); None builds one
            from ``overrides``.

    Returns:
        The report.
    """
    from pressfacts.knowledge.build import build_knowledge_set
    from pressfacts.knowledge.store import write_knowledge_set
    from pressfacts.nlp import build_nlp  # the pipeline, imported when run
    from pressfacts.reader.read import read_inputs

    pipeline = nlp if nlp is not None else build_nlp(overrides)
    records = build_knowledge_set(read_inputs([str(path) for path in inputs]), pipeline)
    return score_files(write_knowledge_set(records, workdir), gold_dir)


def input_files(folder: Path) -> list[Path]:
    """The input files of a folder, in name order (hidden files left out)."""
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def evaluate(
    target: Path, gold_dir: Path, workdir: Path, overrides: dict[str, Any] | None = None
) -> EvalReport:
    """What ``pressfacts eval`` does: score a ``knowledge.jsonl``, or run a folder first.

    Args:
        target: A ``knowledge.jsonl``, or a folder of inputs to run the pipeline on.
        gold_dir: The folder of gold files.
        workdir: Where a run writes its knowledge set.
        overrides: Dotted config keys for the pipeline, when a folder is run.

    Returns:
        The report.
    """
    if target.is_dir():
        return run_and_score(input_files(target), gold_dir, workdir, overrides)
    return score_files(target, gold_dir)
