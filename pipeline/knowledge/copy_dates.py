"""An undated reprint dated by its dated copies: the year of its year-less dates.

Why: a local outlet's reprint often loses the date its original carries (no header
date, no date in the url), while its figures keep year-less calendar dates ("between
April and September", "from 1st September", "last week (February 27 - March 5)").
Alone, such a document cannot place those dates in a year and its figures get no
period. When the same release is in the batch with a date of its own (a header, a
dated url), that date places them: the reprint copies the original's words, so its
calendar dates are the original's.

What counts as a copy: a document that shares a quoted sentence of at least
:data:`MIN_SHARED_WORDS` words with it (quotes are what reprints keep word for word).
The date taken is the earliest of its dated copies (the original is the first to
appear), and only when they agree (all within :data:`COPY_SPREAD_DAYS` days): a stock
quote reused across years links releases of different dates, and then nothing is
borrowed. The borrowed date is approximate, so only the period rules that place a
calendar date in a year read it (:data:`pressfacts.statistics.periods.CALENDAR_RULES`);
a phrase relative to the publication date ("last year", "since March") stays undated.

This is a function of the whole set of documents, taken at the merge
(:func:`pressfacts.knowledge.combine.assemble`), so it stays order-free and
associative: the partials keep each document's own findings, and the records re-read
the undated copies' statistics against the date their set gives them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

from pressfacts.findings import PartialDate
from pressfacts.knowledge.build import DocumentFacts
from pressfacts.lexicon.text import quote_key, split_sentences
from pressfacts.reader.read import SourceDocument
from pressfacts.statistics.reference_dates import publication_reference

MIN_SHARED_WORDS = 8
"""How many words a quoted sentence needs to link two documents as copies."""
COPY_SPREAD_DAYS = 31
"""How far apart (days) the dated copies' dates may be for one of them to be borrowed."""
STOCK_HOLDERS = 16
"""A quoted sentence in more undated documents than this is a stock line (a charity's
standing quote), not a sign of copies: it links nothing, and the pass stays linear."""

Redate = Callable[[SourceDocument], list[Any] | None]
"""Re-extracts a document's statistics from its source (with ``copy_date`` set); None
when that fails (the document keeps its own)."""

COPY_NOTE = "no date of its own: "
"""How the warning a copy's date leaves on a document record begins."""


def quote_sentences(quotes: Iterable[str]) -> set[str]:
    """The linking keys of a document's quotes: each quoted sentence
    (:func:`~pressfacts.lexicon.text.split_sentences`) of at least
    :data:`MIN_SHARED_WORDS` words, folded as quotes are for dedup
    (:func:`~pressfacts.lexicon.text.quote_key`: punctuation, quote marks, case and
    spelling do not count: reprints change them)."""
    keys = set()
    for quote in quotes:
        for sentence in split_sentences(quote):
            key = quote_key(sentence)
            if len(key.split()) >= MIN_SHARED_WORDS:
                keys.add(key)
    return keys


def own_date(source: SourceDocument) -> PartialDate | None:
    """What a document states of its own date: its header or dateline date, else its
    url's (a year fixed by its text alone is too vague to lend)."""
    if source.published is not None:
        return PartialDate.of(source.published)
    return source.url_date


def _first_day(date: PartialDate) -> dt.date:
    return dt.date(date.year, date.month or 1, date.day or 1)


def borrowed_date(dates: Sequence[PartialDate]) -> PartialDate | None:
    """The date an undated copy takes from its dated copies' ``dates``: the earliest,
    when they all fall within :data:`COPY_SPREAD_DAYS` days of it; else None."""
    if not dates:
        return None
    days = sorted(dates, key=_first_day)
    earliest, latest = _first_day(days[0]), _first_day(days[-1])
    if (latest - earliest).days > COPY_SPREAD_DAYS:
        return None
    return replace(days[0], source="copy")


def copy_dates(documents: Sequence[DocumentFacts]) -> dict[str, tuple[PartialDate, str]]:
    """For each undated document with dated copies among ``documents``: the date it
    borrows and the id of the copy it comes from. One pass over the undated documents'
    quotes (indexed), one over the dated ones' (looked up): linear in the batch."""
    dated: list[tuple[DocumentFacts, PartialDate]] = []
    undated: list[DocumentFacts] = []
    for facts in documents:
        if facts.error is not None:
            continue
        source = facts.source  # read once: a frozen document thaws it on each read
        date = own_date(source)
        if date is not None:
            dated.append((facts, date))
        elif publication_reference(source.text, None) is None:
            undated.append(facts)
    if not dated or not undated:
        return {}
    keys: dict[str, set[str]] = {}  # linking key -> undated documents holding it
    for facts in undated:
        for key in quote_sentences(quote.text for quote in facts.quotes):
            keys.setdefault(key, set()).add(facts.id)
    keys = {key: holders for key, holders in keys.items() if len(holders) <= STOCK_HOLDERS}
    found: dict[str, list[tuple[PartialDate, str]]] = {}
    for facts, date in dated:
        linked = {
            ident
            for key in quote_sentences(quote.text for quote in facts.quotes)
            for ident in keys.get(key, ())
        }
        for ident in linked:
            found.setdefault(ident, []).append((date, facts.id))
    borrowed = {}
    for ident, copies in found.items():
        date = borrowed_date([date for date, _ in copies])
        if date is not None:
            borrowed[ident] = (date, min((_first_day(d), copy) for d, copy in copies)[1])
    return borrowed


def own_warnings(warnings: Iterable[str]) -> tuple[str, ...]:
    """A stored document record's warnings without the note of a copy's date: that note
    belongs to the set it was merged in, and a later merge makes it anew."""
    return tuple(warning for warning in warnings if not warning.startswith(COPY_NOTE))


def dated_by_copies(documents: list[DocumentFacts], redate: Redate) -> list[DocumentFacts]:
    """``documents`` with each undated copy of a dated one re-read against the borrowed
    date: its statistics extracted again by ``redate`` and, where that changed them, a
    warning on its record saying which copy dated it."""
    borrowed = copy_dates(documents)
    if not borrowed:
        return documents
    out = []
    for facts in documents:
        if facts.id not in borrowed:
            out.append(facts)
            continue
        date, copy = borrowed[facts.id]
        note = f"{COPY_NOTE}year-less dates read as of {date}, the date of its copy {copy}"
        source = replace(facts.source, copy_date=date, warnings=(*facts.source.warnings, note))
        statistics = redate(source)
        if statistics is None or statistics == facts.statistics:
            out.append(facts)  # the date changed nothing: no note either
            continue
        out.append(replace(facts, source=source, statistics=statistics))
    return out
