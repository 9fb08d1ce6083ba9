"""A merged quote record whose mentions stay plain tuples until its line is made.

Why: a quote reprinted across a batch gathers a mention for every copy, so the
largest quote record grows with the batch (a few thousand mentions at 2,000
generated releases). Made as pydantic :class:`~pressfacts.models.records.Mention`
objects, then dumped as dicts, then as one JSON string, it raised the run's peak
memory by several times its own line, once per run, at the size of the batch.
:func:`lean_quote_record` validates the record's other fields as a
:class:`QuoteRecord` with no mentions, and keeps the mentions as the merge's
``(doc, start, end, text)`` tuples; :meth:`LeanQuoteRecord.json_line` validates
each as a ``Mention`` and serialises it one at a time, then joins them into the line
the writer would have made of the whole record: the same bytes. Used where records
are packed at once (:func:`~pressfacts.knowledge.combine.assemble` with ``pack``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from pressfacts.knowledge.store import JsonLine, json_line
from pressfacts.models.records import Mention, QuoteRecord

_NO_MENTIONS = '"mentions":[]}'


class LeanQuoteRecord(QuoteRecord):
    """A :class:`QuoteRecord` whose ``mentions`` are tuples with the fields of a mention
    (read ``.doc`` and the rest as on a ``Mention``); it writes its own line."""

    def json_line(self) -> JsonLine:
        """The record's line, as ``json_line(record.model_dump(mode="json"))`` makes it
        for the same record with ``Mention`` objects."""
        return JsonLine("".join(self.line_pieces()))

    def line_pieces(self) -> Iterator[str]:
        """:meth:`json_line` in pieces, a mention at a time: a widely reprinted quote's
        line (thousands of mentions) is never whole in memory where it is packed."""
        head = json_line({**self.model_dump(mode="json", exclude={"mentions"}), "mentions": []})
        if not head.endswith(_NO_MENTIONS):  # mentions must be the last field
            raise ValueError(f"{self.id}: unexpected quote line {head[-40:]!r}")
        yield head[: -len("]}")]
        for number, run in enumerate(self.mentions):
            mention = Mention(doc=run.doc, start=run.start, end=run.end, text=run.text)
            yield ("," if number else "") + json_line(mention.model_dump(mode="json"))
        yield "]}"


def lean_quote_record(
    ident: str, speaker: str | None, text: str, attribution: str | None, runs: Sequence[Any]
) -> LeanQuoteRecord:
    """A quote record with ``runs`` (tuples of doc, start, end, text) as its mentions;
    every other field validated as in :class:`QuoteRecord`."""
    header = QuoteRecord(id=ident, speaker=speaker, text=text, attribution=attribution, mentions=[])
    fields = {name: getattr(header, name) for name in QuoteRecord.model_fields}
    fields["mentions"] = list(runs)
    return LeanQuoteRecord.model_construct(header.model_fields_set, **fields)
