"""Score a knowledge set against gold annotations, exactly as the contract says.

`knowledge-set.md`, section "Scoring", defines every figure computed here:

- entities: precision, recall and F1 over (document, entity) pairs, per type and
  overall, and title accuracy over matched PERSON pairs (``entities``);
- quotes: precision, recall and F1 over quote sentences, and attribution accuracy
  over matched sentences (``quotes``);
- statistics: precision, recall and F1, and the accuracy of qualifier, change, area
  and period over matched pairs (``statistics``);
- deduplication: B-cubed precision, recall and F1 of the quote records over the
  matched sentences of the whole corpus (``dedup``).

Choices the contract leaves open, made here once:

- Matching is one-to-one within a document and best-first (``matching``).
- An empty ratio: precision is 1.0 when nothing is predicted and nothing is gold,
  else 0.0 when nothing is predicted; recall likewise. An accuracy over no matched
  pairs is 1.0 when there is no gold item of that kind, else 0.0 (``measures``).
- Gold files whose source no document carries are scored as all missed (``run``).

The other modules: ``normalise`` (folding and the scorer's own sentence splitter),
``knowledge_io`` (records grouped by kind), ``report`` (the figures and their table),
``baseline`` (the regression test's recorded figures). ``pressfacts eval`` is a thin
layer over :func:`evaluate`.
"""

from pressfacts.evaluation.baseline import read_baseline, write_baseline
from pressfacts.evaluation.dedup import (
    bcubed,
    gold_clusters,
    gold_quote_clusters,
    predicted_clusters,
)
from pressfacts.evaluation.knowledge_io import KnowledgeSet, find_document, read_knowledge
from pressfacts.evaluation.measures import Accuracy, BCubed, Miss, Score
from pressfacts.evaluation.normalise import fold_name, normalise_quote, split_sentences
from pressfacts.evaluation.quotes import gold_sentences
from pressfacts.evaluation.report import EvalReport
from pressfacts.evaluation.run import evaluate, input_files, run_and_score, score, score_files

__all__ = [
    "Accuracy",
    "BCubed",
    "EvalReport",
    "KnowledgeSet",
    "Miss",
    "Score",
    "bcubed",
    "evaluate",
    "find_document",
    "fold_name",
    "gold_clusters",
    "gold_quote_clusters",
    "gold_sentences",
    "input_files",
    "normalise_quote",
    "predicted_clusters",
    "read_baseline",
    "read_knowledge",
    "run_and_score",
    "score",
    "score_files",
    "split_sentences",
    "write_baseline",
]
