"""Score a knowledge set against gold annotations, exactly as the contract says.

`knowledge-set.md`, section "Scoring", defines every figure computed here:

- entities: precision, recall and F1 over (document, entity) pairs, per type and
  overall, and title accuracy over matched PERSON pairs;
- quotes: precision, recall and F1 over quote sentences, and attribution accuracy
  over matched sentences;
- statistics: precision, recall and F1, and the accuracy of qualifier, change, area
  and period over matched pairs;
- deduplication: B-cubed precision, recall and F1 of the quote records over the
  matched sentences of the whole corpus.

Choices the contract leaves open, made here once:

- Matching is one-to-one within a document and best-first: all candidate pairs are
  ranked, then taken greedily while both sides are free. A second predicted record
  for the same gold item is therefore a false positive (a split entity is an error).
- An empty ratio: precision is 1.0 when nothing is predicted and nothing is gold,
  else 0.0 when nothing is predicted; recall likewise. An accuracy over no matched
  pairs is 1.0 when there is no gold item of that kind, else 0.0.
- Gold files whose source no document carries are scored as all missed.

Sentences are split by a small regex splitter of this module, not by the pipeline's
sentence stage, so the scorer measures that stage instead of sharing its errors.
This module is a typed library; ``pressfacts eval`` is a thin layer over it.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import TypeVar

from rapidfuzz import fuzz

from pressfacts.knowledge.store import read_knowledge_set
from pressfacts.models.gold import GoldEntity, GoldFile, GoldStatistic, load_gold_dir
from pressfacts.models.records import (
    DocumentRecord,
    EntityRecord,
    QuoteRecord,
    StatisticRecord,
)

ENTITY_TYPES = ("PERSON", "FORCE", "CHARITY", "ORG")
STAT_FIELDS = ("qualifier", "change", "area", "period")
QUOTE_THRESHOLD = 90.0
VALUE_TOLERANCE = 0.05
CONTEXT_CHARS = 60

# ---------------------------------------------------------------------------
# Figures


def _ratio(numerator: int, denominator: int, *, empty: float) -> float:
    return numerator / denominator if denominator else empty


@dataclass(frozen=True)
class Score:
    """Counts of true positives, predictions and gold items, and the P/R/F1 they give."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def p(self) -> float:
        """Precision; 1.0 when nothing is predicted and nothing is gold."""
        return _ratio(self.tp, self.predicted, empty=1.0 if self.gold == 0 else 0.0)

    @property
    def r(self) -> float:
        """Recall; 1.0 when nothing is gold and nothing is predicted."""
        return _ratio(self.tp, self.gold, empty=1.0 if self.predicted == 0 else 0.0)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.predicted + other.predicted, self.gold + other.gold)

    def to_json(self) -> dict[str, float]:
        """``{"p", "r", "f1"}`` rounded to four places, plus the counts."""
        return {
            "p": round(self.p, 4),
            "r": round(self.r, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "predicted": self.predicted,
            "gold": self.gold,
        }


@dataclass(frozen=True)
class Accuracy:
    """Share of correct items among matched pairs."""

    correct: int = 0
    total: int = 0
    gold: int = 0

    @property
    def value(self) -> float:
        """correct / total; over no pairs 1.0 when there was no gold item, else 0.0."""
        return _ratio(self.correct, self.total, empty=1.0 if self.gold == 0 else 0.0)

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(
            self.correct + other.correct, self.total + other.total, self.gold + other.gold
        )


@dataclass(frozen=True)
class BCubed:
    """B-cubed precision and recall, averaged over the clustered items."""

    p: float
    r: float

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def to_json(self) -> dict[str, float]:
        """``{"p", "r", "f1"}`` rounded to four places."""
        return {"p": round(self.p, 4), "r": round(self.r, 4), "f1": round(self.f1, 4)}


@dataclass(frozen=True)
class Miss:
    """One error, with where it is and enough context to find it."""

    doc: str
    kind: str
    detail: str
    context: str = ""


# ---------------------------------------------------------------------------
# Normalisation and sentences

_PUNCT = re.compile(r"[^\w\s]|_")
_APOSTROPHES = re.compile(r"['’‘`]")
_SPACES = re.compile(r"\s+")
_QUOTE_MARKS = re.compile(r"[\"“”„‟«»‹›'‘’‚‛`´]")
_DASHES = re.compile(r"[-‐‑‒–—―−]+")
_SENTENCE_END = re.compile(r"""(?<=[.!?…])["”’')\]]*(?=\s+["“‘(\[]?[A-Z0-9])|\n+""")
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "no", "nos", "prof", "rev", "sgt", "insp", "supt", "det"}
    | {"cllr", "co", "ltd", "inc", "vs", "etc", "e.g", "i.e"}
)


def fold_name(name: str) -> str:
    """Fold a name for comparison: case-folded, punctuation removed, leading "the" removed.

    Apostrophes vanish (``Barnardo's`` → ``barnardos``); other punctuation becomes a
    space, so ``North-West`` and ``North West`` fold alike.

    >>> fold_name("The Lucy Faithfull Foundation")
    'lucy faithfull foundation'
    >>> fold_name("Stop it Now!")
    'stop it now'
    """
    text = _APOSTROPHES.sub("", name.casefold())
    text = _SPACES.sub(" ", _PUNCT.sub(" ", text)).strip()
    return text[4:] if text.startswith("the ") else text


def normalise_quote(text: str) -> str:
    """Fold a quote sentence: case, quote marks, dashes, underscores and white space.

    >>> normalise_quote("  “We’re   here — _always_.” ")
    "we're here - always."
    """
    text = text.casefold().replace("_", "")
    text = _QUOTE_MARKS.sub(lambda m: "'" if m.group() in "'‘’‚‛`´" else '"', text)
    text = _DASHES.sub("-", text)
    text = _SPACES.sub(" ", text).strip()
    return text.replace('"', "").strip()


def split_sentences(text: str) -> list[str]:
    """Split a quote into sentences: at . ! ? (and closing quotes) before a capital or
    digit, and at line breaks; common abbreviations (Mr., Dr., St.) do not end one.

    >>> split_sentences("We acted. Mr. Day agreed!\\nIt works")
    ['We acted.', 'Mr. Day agreed!', 'It works']
    """
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        candidate = text[start : match.start()]
        last_word = candidate.rstrip(".!?…\"”’')]").rsplit(maxsplit=1)[-1:] or [""]
        if "\n" not in match.group() and last_word[0].casefold().strip(".") in _ABBREVIATIONS:
            continue
        pieces.append(candidate)
        start = match.end()
    pieces.append(text[start:])
    stripped = (piece.strip().strip("_").strip() for piece in pieces)
    return [piece for piece in stripped if any(ch.isalnum() for ch in piece)]


# ---------------------------------------------------------------------------
# Reading the knowledge set


@dataclass(frozen=True)
class KnowledgeSet:
    """The records of one ``knowledge.jsonl``, grouped by kind."""

    documents: list[DocumentRecord]
    entities: list[EntityRecord]
    quotes: list[QuoteRecord]
    statistics: list[StatisticRecord]

    @property
    def entity_by_id(self) -> dict[str, EntityRecord]:
        """Entities keyed by id."""
        return {entity.id: entity for entity in self.entities}


def read_knowledge(path: Path) -> KnowledgeSet:
    """Read and validate every line of a ``knowledge.jsonl``.

    Args:
        path: The file.

    Returns:
        Its records, grouped by kind.

    Raises:
        ValueError: A line is not a valid record; the message names the line.
    """
    groups: dict[type, list[object]] = defaultdict(list)
    for record in read_knowledge_set(path):
        groups[type(record)].append(record)
    return KnowledgeSet(
        documents=groups[DocumentRecord],  # type: ignore[arg-type]
        entities=groups[EntityRecord],  # type: ignore[arg-type]
        quotes=groups[QuoteRecord],  # type: ignore[arg-type]
        statistics=groups[StatisticRecord],  # type: ignore[arg-type]
    )


def find_document(gold: GoldFile, documents: Sequence[DocumentRecord]) -> DocumentRecord | None:
    """The document one of whose sources has the gold file's source as its base name."""
    for document in documents:
        if any(PurePath(source).name == gold.source for source in document.sources):
            return document
    return None


# ---------------------------------------------------------------------------
# Matching

T = TypeVar("T")
U = TypeVar("U")


def greedy_match(
    predicted: Sequence[T],
    gold: Sequence[U],
    score: Callable[[T, U], float | tuple[float, ...] | None],
) -> list[tuple[int, int]]:
    """One-to-one best-first assignment.

    Args:
        predicted: The predicted items.
        gold: The gold items.
        score: Rank of a pair, higher is better; None when the pair cannot match.

    Returns:
        ``(predicted index, gold index)`` pairs, each index used at most once. Ties go
        to the earlier predicted, then the earlier gold item, so the result is stable.
    """
    candidates = []
    for i, pred in enumerate(predicted):
        for j, item in enumerate(gold):
            rank = score(pred, item)
            if rank is not None:
                key = rank if isinstance(rank, tuple) else (rank,)
                candidates.append((key, i, j))
    candidates.sort(key=lambda c: (tuple(-k for k in c[0]), c[1], c[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def _context(document: DocumentRecord | None, start: int, end: int) -> str:
    if document is None:
        return ""
    left = max(0, start - CONTEXT_CHARS)
    right = min(len(document.text), end + CONTEXT_CHARS)
    snippet = document.text[left:start] + "[" + document.text[start:end] + "]"
    snippet += document.text[end:right]
    return _SPACES.sub(" ", snippet).strip()


def _find_context(document: DocumentRecord | None, needles: Iterable[str]) -> str:
    if document is None:
        return "(no document for this source)"
    lowered = document.text.casefold()
    for needle in needles:
        at = lowered.find(needle.casefold()) if needle else -1
        if at >= 0:
            return _context(document, at, at + len(needle))
    return ""


def _first_mention_context(mentions: Sequence[object], document: DocumentRecord | None) -> str:
    for mention in mentions:
        if document is not None and getattr(mention, "doc", None) == document.id:
            return _context(document, mention.start, mention.end)  # type: ignore[attr-defined]
    return ""


# ---------------------------------------------------------------------------
# Entities


def _keys(name: str, aliases: Iterable[str]) -> set[str]:
    return {fold_name(form) for form in (name, *aliases)} - {""}


def _entity_rank(pred: EntityRecord, gold: GoldEntity) -> tuple[float, ...] | None:
    if pred.type != gold.type:
        return None
    pred_keys, gold_keys = _keys(pred.name, pred.aliases), _keys(gold.name, gold.aliases)
    if not pred_keys & gold_keys:
        return None
    return (float(fold_name(pred.name) == fold_name(gold.name)), float(len(pred_keys & gold_keys)))


@dataclass
class _EntityResult:
    by_type: dict[str, Score]
    titles: Accuracy
    misses: list[Miss]


def score_entities(
    name: str, document: DocumentRecord | None, predicted: Sequence[EntityRecord], gold: GoldFile
) -> _EntityResult:
    """Entity P/R/F1 counts per type and title accuracy for one document."""
    pairs = greedy_match(predicted, gold.entities, _entity_rank)
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    by_type = {
        t: Score(
            tp=sum(1 for i, _ in pairs if predicted[i].type == t),
            predicted=sum(1 for e in predicted if e.type == t),
            gold=sum(1 for e in gold.entities if e.type == t),
        )
        for t in ENTITY_TYPES
    }
    misses = [
        Miss(
            name,
            "false entity",
            f"{e.type} {e.name!r}",
            _first_mention_context(e.mentions, document),
        )
        for i, e in enumerate(predicted)
        if i not in matched_p
    ]
    misses += [
        Miss(
            name,
            "missed entity",
            f"{e.type} {e.name!r}",
            _find_context(document, [e.name, *e.aliases]),
        )
        for j, e in enumerate(gold.entities)
        if j not in matched_g
    ]
    titles = Accuracy(gold=sum(1 for e in gold.entities if e.type == "PERSON"))
    for i, j in pairs:
        pred, item = predicted[i], gold.entities[j]
        if item.type != "PERSON":
            continue
        missing = sorted({fold_name(t) for t in item.titles} - {fold_name(t) for t in pred.titles})
        titles = titles + Accuracy(correct=int(not missing), total=1)
        if missing:
            misses.append(
                Miss(
                    name,
                    "wrong titles",
                    f"{item.name!r}: gold {item.titles}, predicted {pred.titles}",
                )
            )
    return _EntityResult(by_type, titles, misses)


# ---------------------------------------------------------------------------
# Quotes


@dataclass(frozen=True)
class _Sentence:
    text: str
    norm: str
    quote_id: str | None = None
    speaker: str | None = None
    doc: str = ""
    index: int = 0


@dataclass
class _QuoteResult:
    score: Score
    attribution: Accuracy
    items: list[tuple[_Sentence, _Sentence]]  # (predicted sentence, matched gold sentence)
    misses: list[Miss]


def gold_sentences(gold: GoldFile) -> list[_Sentence]:
    """The sentences of a gold file's quotes, in order, with their speakers."""
    texts = [(q.speaker, s) for q in gold.quotes for s in split_sentences(q.text)]
    return [
        _Sentence(s, normalise_quote(s), speaker=speaker, doc=gold.source, index=k)
        for k, (speaker, s) in enumerate(texts)
    ]


def predicted_sentences(
    document: DocumentRecord | None, quotes: Sequence[QuoteRecord]
) -> list[_Sentence]:
    """The sentences of every quote mention in a document, with quote id and speaker id."""
    if document is None:
        return []
    return [
        _Sentence(s, normalise_quote(s), quote_id=q.id, speaker=q.speaker)
        for q in quotes
        for m in sorted(q.mentions, key=lambda m: m.start)
        if m.doc == document.id
        for s in split_sentences(m.text)
    ]


def _quote_rank(pred: _Sentence, gold: _Sentence) -> float | None:
    similarity = fuzz.ratio(pred.norm, gold.norm)
    return similarity if similarity >= QUOTE_THRESHOLD else None


def _speaker_is(
    pred_id: str | None, gold: GoldFile, speaker: str | None, entities: dict[str, EntityRecord]
) -> bool:
    if speaker is None or pred_id is None:
        return speaker is None and pred_id is None
    entity = entities.get(pred_id)
    if entity is None:
        return False
    gold_entity = next((e for e in gold.entities if e.name == speaker), None)
    gold_keys = _keys(speaker, gold_entity.aliases if gold_entity else [])
    return bool(_keys(entity.name, entity.aliases) & gold_keys)


def _speaker_name(pred_id: str | None, entities: dict[str, EntityRecord]) -> str:
    if pred_id is None:
        return "none"
    entity = entities.get(pred_id)
    return repr(entity.name) if entity else f"{pred_id} (no such entity)"


def score_quotes(
    name: str,
    document: DocumentRecord | None,
    quotes: Sequence[QuoteRecord],
    gold: GoldFile,
    entities: dict[str, EntityRecord],
) -> _QuoteResult:
    """Quote sentence P/R/F1 counts and attribution accuracy for one document."""
    preds = predicted_sentences(document, quotes)
    golds = gold_sentences(gold)
    pairs = greedy_match(preds, golds, _quote_rank)
    misses: list[Miss] = []
    attribution = Accuracy(gold=len(golds))
    for i, j in pairs:
        ok = _speaker_is(preds[i].speaker, gold, golds[j].speaker, entities)
        attribution = attribution + Accuracy(correct=int(ok), total=1)
        if not ok:
            detail = (
                f"gold {golds[j].speaker!r}, predicted {_speaker_name(preds[i].speaker, entities)}"
            )
            misses.append(Miss(name, "wrong speaker", detail, golds[j].text))
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    misses += [
        Miss(name, "false quote", "", p.text) for i, p in enumerate(preds) if i not in matched_p
    ]
    misses += [
        Miss(name, "missed quote", f"speaker {g.speaker!r}", g.text)
        for j, g in enumerate(golds)
        if j not in matched_g
    ]
    items = [(preds[i], golds[j]) for i, j in pairs]
    return _QuoteResult(Score(len(pairs), len(preds), len(golds)), attribution, items, misses)


# ---------------------------------------------------------------------------
# Statistics


def unit_class(unit: str) -> str:
    """``percent``, ``times`` or ``count`` (any other unit)."""
    return unit if unit in ("percent", "times") else "count"


def _period_of(stat: StatisticRecord | GoldStatistic) -> tuple[str, str] | None:
    if stat.period is None:
        return None
    return (stat.period.start.isoformat(), stat.period.end.isoformat())


def _field_values(stat: StatisticRecord | GoldStatistic) -> dict[str, object]:
    return {
        "qualifier": stat.qualifier,
        "change": stat.change,
        "area": fold_name(stat.area) if stat.area else None,
        "period": _period_of(stat),
    }


def _stat_rank(pred: StatisticRecord, gold: GoldStatistic) -> tuple[float, ...] | None:
    if abs(pred.value - gold.value) > VALUE_TOLERANCE or unit_class(pred.unit) != unit_class(
        gold.unit
    ):
        return None
    pf, gf = _field_values(pred), _field_values(gold)
    agree = sum(pf[k] == gf[k] for k in STAT_FIELDS)
    return (float(pred.unit == gold.unit), float(agree), -abs(pred.value - gold.value))


def _describe_stat(stat: StatisticRecord | GoldStatistic) -> str:
    period = _period_of(stat)
    parts = [f"{stat.value:g} {stat.unit}"]
    parts += [
        f"{k}={v}"
        for k, v in (("qualifier", stat.qualifier), ("change", stat.change), ("area", stat.area))
        if v
    ]
    if period:
        parts.append(f"period={period[0]}..{period[1]}")
    return " ".join(parts)


def _number_forms(value: float) -> list[str]:
    if value == int(value):
        whole = int(value)
        return [f"{whole:,}", str(whole)]
    return [f"{value:g}"]


@dataclass
class _StatResult:
    score: Score
    fields: dict[str, Accuracy]
    misses: list[Miss]


def score_statistics(
    name: str, document: DocumentRecord | None, predicted: Sequence[StatisticRecord], gold: GoldFile
) -> _StatResult:
    """Statistic P/R/F1 counts and field accuracies for one document."""
    pairs = greedy_match(predicted, gold.statistics, _stat_rank)
    fields = {k: Accuracy(gold=len(gold.statistics)) for k in STAT_FIELDS}
    misses: list[Miss] = []
    for i, j in pairs:
        pf, gf = _field_values(predicted[i]), _field_values(gold.statistics[j])
        for key in STAT_FIELDS:
            ok = pf[key] == gf[key]
            fields[key] = fields[key] + Accuracy(correct=int(ok), total=1)
            if not ok:
                figure = f"{gold.statistics[j].value:g} {gold.statistics[j].unit}"
                detail = f"{figure}: gold {gf[key]}, predicted {pf[key]}"
                misses.append(
                    Miss(
                        name,
                        f"wrong {key}",
                        detail,
                        _first_mention_context(predicted[i].mentions, document),
                    )
                )
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    misses += [
        Miss(
            name, "false statistic", _describe_stat(s), _first_mention_context(s.mentions, document)
        )
        for i, s in enumerate(predicted)
        if i not in matched_p
    ]
    misses += [
        Miss(
            name,
            "missed statistic",
            _describe_stat(s),
            _find_context(document, _number_forms(s.value)),
        )
        for j, s in enumerate(gold.statistics)
        if j not in matched_g
    ]
    return _StatResult(Score(len(pairs), len(predicted), len(gold.statistics)), fields, misses)


# ---------------------------------------------------------------------------
# Deduplication


def _components(
    items: Sequence[_Sentence], linked: Callable[[_Sentence, _Sentence], bool]
) -> list[int]:
    """Connected-component label of each item under ``linked`` (union-find)."""
    parent = list(range(len(items)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for a, first in enumerate(items):
        for b in range(a + 1, len(items)):
            if linked(first, items[b]):
                parent[root(b)] = root(a)
    return [root(k) for k in range(len(items))]


def _similar(first: _Sentence, second: _Sentence) -> bool:
    return fuzz.ratio(first.norm, second.norm) >= QUOTE_THRESHOLD


def gold_clusters(sentences: Sequence[_Sentence]) -> list[int]:
    """Gold cluster of each gold sentence: sentences of different documents at least
    90% similar are joined (transitively); every other sentence is its own cluster."""
    return _components(sentences, lambda a, b: a.doc != b.doc and _similar(a, b))


def predicted_clusters(sentences: Sequence[_Sentence]) -> list[int]:
    """Predicted cluster of each matched predicted sentence: its quote record.

    Within a record, only copies of one sentence (at least 90% similar) are one
    cluster: the different sentences of a multi-sentence quote belong to one record
    rightly, and taking the record alone as the cluster would count them as wrongly
    merged. A record split in two, or a copy left in a record of its own, lowers recall.
    """
    return _components(sentences, lambda a, b: a.quote_id == b.quote_id and _similar(a, b))


def bcubed(predicted: Sequence[Hashable], gold: Sequence[Hashable], *, empty: float) -> BCubed:
    """B-cubed precision and recall of a predicted clustering against a gold one.

    Args:
        predicted: Predicted cluster label of each item.
        gold: Gold cluster label of each item (same order).
        empty: The figure to give when there are no items.

    Returns:
        The averages over items of |same predicted ∩ same gold| divided by the size of
        the item's predicted cluster (precision) and of its gold cluster (recall).
    """
    if not predicted:
        return BCubed(empty, empty)
    n = len(predicted)
    precision = recall = 0.0
    for k in range(n):
        same_p = {m for m in range(n) if predicted[m] == predicted[k]}
        same_g = {m for m in range(n) if gold[m] == gold[k]}
        both = len(same_p & same_g)
        precision += both / len(same_p)
        recall += both / len(same_g)
    return BCubed(precision / n, recall / n)


# ---------------------------------------------------------------------------
# The report


@dataclass
class EvalReport:
    """Every figure of the contract's Scoring section, and every miss behind them."""

    documents: int = 0
    entities_by_type: dict[str, Score] = field(
        default_factory=lambda: {t: Score() for t in ENTITY_TYPES}
    )
    titles: Accuracy = field(default_factory=Accuracy)
    quotes: Score = field(default_factory=Score)
    attribution: Accuracy = field(default_factory=Accuracy)
    statistics: Score = field(default_factory=Score)
    fields: dict[str, Accuracy] = field(
        default_factory=lambda: {k: Accuracy() for k in STAT_FIELDS}
    )
    dedup: BCubed = field(default_factory=lambda: BCubed(1.0, 1.0))
    misses: list[Miss] = field(default_factory=list)

    @property
    def entities(self) -> Score:
        """Entity counts over every type."""
        total = Score()
        for score in self.entities_by_type.values():
            total = total + score
        return total

    def to_json(self) -> dict[str, object]:
        """The figures for machines, in the shape ``pressfacts eval --json`` prints."""
        return {
            "documents": self.documents,
            "entities": {
                **self.entities.to_json(),
                "by_type": {t: s.to_json() for t, s in self.entities_by_type.items()},
            },
            "titles": round(self.titles.value, 4),
            "quotes": self.quotes.to_json(),
            "attribution": round(self.attribution.value, 4),
            "statistics": {
                **self.statistics.to_json(),
                "fields": {k: round(a.value, 4) for k, a in self.fields.items()},
            },
            "dedup": self.dedup.to_json(),
        }

    def headline(self) -> dict[str, float]:
        """The overall figures the regression test guards."""
        return {
            "entities.f1": round(self.entities.f1, 4),
            "quotes.f1": round(self.quotes.f1, 4),
            "attribution": round(self.attribution.value, 4),
            "statistics.f1": round(self.statistics.f1, 4),
            "dedup.f1": round(self.dedup.f1, 4),
        }

    def format_report(self) -> str:
        """A readable table of the figures, then every miss with its document and context."""
        lines = [f"Evaluated {self.documents} documents", ""]
        lines.append(f"{'':<22}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'pred':>6}{'gold':>6}")

        def row(label: str, s: Score) -> str:
            return (
                f"{label:<22}{s.p:>8.3f}{s.r:>8.3f}{s.f1:>8.3f}{s.tp:>6}{s.predicted:>6}{s.gold:>6}"
            )

        lines.append(row("entities", self.entities))
        lines += [row(f"  {t}", s) for t, s in self.entities_by_type.items()]
        lines.append(row("quote sentences", self.quotes))
        lines.append(row("statistics", self.statistics))
        d = self.dedup
        lines.append(f"{'dedup (B-cubed)':<22}{d.p:>8.3f}{d.r:>8.3f}{d.f1:>8.3f}")
        lines.append("")
        lines.append(f"{'accuracy':<22}{'':>8}{'':>8}{'value':>8}{'ok':>6}{'of':>6}")
        accuracies = [("titles", self.titles), ("attribution", self.attribution)]
        accuracies += [(f"statistic {k}", a) for k, a in self.fields.items()]
        lines += [
            f"{label:<22}{'':>16}{a.value:>8.3f}{a.correct:>6}{a.total:>6}"
            for label, a in accuracies
        ]
        if self.misses:
            lines += ["", f"Misses ({len(self.misses)}):"]
            for miss in self.misses:
                text = f"[{miss.doc}] {miss.kind}: {miss.detail}".rstrip(": ")
                lines.append(text)
                if miss.context:
                    lines.append(f"    {miss.context}")
        return "\n".join(lines)


def _mentions_in(records: Iterable[T], document: DocumentRecord | None) -> list[T]:
    if document is None:
        return []
    return [r for r in records if any(m.doc == document.id for m in r.mentions)]  # type: ignore[attr-defined]


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
    all_gold: list[_Sentence] = []
    matched: list[_Sentence] = []  # predicted sentences that match a gold one
    matched_gold: list[int] = []  # the index in all_gold of the gold sentence each matches
    for gold in gold_files:
        name = gold.source
        document = find_document(gold, knowledge.documents)
        if document is None:
            report.misses.append(Miss(name, "missing document", "no document has this source"))
        ent = score_entities(name, document, _mentions_in(knowledge.entities, document), gold)
        report.entities_by_type = {
            t: report.entities_by_type[t] + ent.by_type[t] for t in ENTITY_TYPES
        }
        report.titles = report.titles + ent.titles
        quo = score_quotes(name, document, _mentions_in(knowledge.quotes, document), gold, entities)
        report.quotes = report.quotes + quo.score
        report.attribution = report.attribution + quo.attribution
        offset = len(all_gold)
        all_gold += gold_sentences(gold)
        matched += [pred for pred, _ in quo.items]
        matched_gold += [offset + gold_sentence.index for _, gold_sentence in quo.items]
        sta = score_statistics(name, document, _mentions_in(knowledge.statistics, document), gold)
        report.statistics = report.statistics + sta.score
        report.fields = {k: report.fields[k] + sta.fields[k] for k in STAT_FIELDS}
        report.misses += ent.misses + quo.misses + sta.misses
    labels = gold_clusters(all_gold)
    report.dedup = bcubed(
        predicted_clusters(matched),
        [labels[k] for k in matched_gold],
        empty=1.0 if not all_gold else 0.0,
    )
    return report


def score_files(knowledge_path: Path, gold_dir: Path) -> EvalReport:
    """Score a ``knowledge.jsonl`` against a folder of gold files."""
    return score(read_knowledge(knowledge_path), load_gold_dir(gold_dir))


def run_and_score(inputs: list[Path], gold_dir: Path, workdir: Path) -> EvalReport:
    """Run the pipeline on inputs, write the knowledge set to workdir, and score it.

    Args:
        inputs: The input files, as ``pressfacts run`` takes them.
        gold_dir: The folder of gold files for those inputs.
        workdir: Where ``knowledge.jsonl`` is written.

    Returns:
        The report.
    """
    from pressfacts.knowledge.build import build_knowledge_set
    from pressfacts.knowledge.store import write_knowledge_set
    from pressfacts.nlp import build_nlp  # the pipeline, imported when run
    from pressfacts.reader.read import read_inputs

    records = build_knowledge_set(read_inputs([str(path) for path in inputs]), build_nlp())
    return score_files(write_knowledge_set(records, workdir), gold_dir)


def input_files(folder: Path) -> list[Path]:
    """The input files of a folder, in name order (hidden files left out)."""
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def evaluate(target: Path, gold_dir: Path, workdir: Path) -> EvalReport:
    """What ``pressfacts eval`` does: score a ``knowledge.jsonl``, or run a folder first.

    Args:
        target: A ``knowledge.jsonl``, or a folder of inputs to run the pipeline on.
        gold_dir: The folder of gold files.
        workdir: Where a run writes its knowledge set.

    Returns:
        The report.
    """
    if target.is_dir():
        return run_and_score(input_files(target), gold_dir, workdir)
    return score_files(target, gold_dir)


def read_baseline(path: Path) -> dict[str, float]:
    """The recorded headline figures (see :meth:`EvalReport.headline`)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {str(k): float(v) for k, v in data.items()}


def write_baseline(path: Path, report: EvalReport) -> None:
    """Record a report's headline figures, key-sorted, for the regression test."""
    path.write_text(
        json.dumps(report.headline(), indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )


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
    "normalise_quote",
    "read_knowledge",
    "run_and_score",
    "score",
    "score_files",
    "split_sentences",
]
