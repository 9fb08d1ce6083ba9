"""Quote scoring for one document: sentence P/R/F1 and attribution accuracy.

Gold quote texts and the texts of predicted quote mentions are split into sentences;
a predicted sentence matches a gold sentence when their normalised texts are at least
90% similar (rapidfuzz ``fuzz.ratio``), each gold sentence matched at most once.
Attribution: of matched sentences, the share whose predicted speaker (its name or an
alias) equals the gold speaker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from pressfacts.evaluation.entities import name_keys
from pressfacts.evaluation.matching import greedy_match
from pressfacts.evaluation.measures import Accuracy, Miss, Score
from pressfacts.evaluation.normalise import normalise_quote, split_sentences
from pressfacts.models.gold import GoldFile
from pressfacts.models.records import DocumentRecord, EntityRecord, QuoteRecord

QUOTE_THRESHOLD = 90.0


@dataclass(frozen=True)
class Sentence:
    """One quote sentence: its text, folded text, and where it belongs.

    A predicted sentence carries its quote record's id and speaker id; a gold one its
    gold speaker name, gold file, its index among the file's gold sentences, and the
    index of its quote among the file's gold quotes.
    """

    text: str
    norm: str
    quote_id: str | None = None
    speaker: str | None = None
    doc: str = ""
    index: int = 0
    quote: int = 0


@dataclass
class QuoteResult:
    """The quote counts of one document, with attribution and the matched sentences."""

    score: Score
    attribution: Accuracy
    items: list[tuple[Sentence, Sentence]]  # (predicted sentence, matched gold sentence)
    misses: list[Miss]


def similar(first: Sentence, second: Sentence) -> bool:
    """Whether two sentences' folded texts are at least 90% similar."""
    return fuzz.ratio(first.norm, second.norm) >= QUOTE_THRESHOLD


def gold_sentences(gold: GoldFile) -> list[Sentence]:
    """The sentences of a gold file's quotes, in order, with their speakers."""
    texts = [(n, q.speaker, s) for n, q in enumerate(gold.quotes) for s in split_sentences(q.text)]
    return [
        Sentence(s, normalise_quote(s), speaker=speaker, doc=gold.source, index=k, quote=n)
        for k, (n, speaker, s) in enumerate(texts)
    ]


def predicted_sentences(
    document: DocumentRecord | None, quotes: Sequence[QuoteRecord]
) -> list[Sentence]:
    """The sentences of every quote mention in a document, with quote id and speaker id."""
    if document is None:
        return []
    return [
        Sentence(s, normalise_quote(s), quote_id=q.id, speaker=q.speaker)
        for q in quotes
        for m in sorted(q.mentions, key=lambda m: m.start)
        if m.doc == document.id
        for s in split_sentences(m.text)
    ]


def _quote_rank(pred: Sentence, gold: Sentence) -> float | None:
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
    gold_keys = name_keys(speaker, gold_entity.aliases if gold_entity else [])
    return bool(name_keys(entity.name, entity.aliases) & gold_keys)


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
) -> QuoteResult:
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
    return QuoteResult(Score(len(pairs), len(preds), len(golds)), attribution, items, misses)
