"""Renamed ids: which record of a new knowledge set now holds each vanished record of the old.

Why: ids are functions of content. When new documents merge into a knowledge set, a
quote can take a fuller reprint's text as its canonical text, a statistic a period a
reprint states, a family-name-only person the full name another release gives: the
record is the same, its id is not. ``pressfacts load`` keeps a database row (and its
history) when it is told ``old -> new`` in ``renamed-ids.jsonl`` beside the knowledge
set, instead of deleting it and inserting a new one.

How: a merge only adds documents, so an old record's mentions are still in the new
set. For each old entity, quote or statistic whose id is gone, the new record of the
same kind holding most of its mentions (ties: the smallest id) is its new id. Records
whose id still exists are not renamed, nor are records whose mentions are all gone.
The file accumulates across merges (``pressfacts load`` collapses chains), so a
database loaded several merges ago is still renamed right.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

RENAMED_IDS_FILE = "renamed-ids.jsonl"
"""The side file ``pressfacts load`` reads beside ``knowledge.jsonl``."""

_KINDS = ("entity", "quote", "statistic")
"""The kinds of record that can be renamed (a document's id is its text's hash)."""


def renamed_ids(old: Iterable[Any], new: Sequence[Any]) -> list[tuple[str, str]]:
    """``(old id, new id)`` for every record of ``old`` whose id is not in ``new``, by the
    mentions the two share; sorted by old id."""
    holder: dict[tuple[str, str, int, int], str] = {}
    ids = set()
    for record in new:
        if record.kind in _KINDS:
            ids.add(record.id)
            for mention in record.mentions:
                key = (record.kind, mention.doc, mention.start, mention.end)
                if key not in holder or record.id < holder[key]:
                    holder[key] = record.id
    renames = []
    for record in old:
        if record.kind not in _KINDS or record.id in ids:
            continue
        votes = Counter(
            holder[key]
            for mention in record.mentions
            if (key := (record.kind, mention.doc, mention.start, mention.end)) in holder
        )
        if votes:
            best = min(votes, key=lambda ident: (-votes[ident], ident))
            renames.append((record.id, best))
    return sorted(renames)


def read_renamed_lines(path: Path) -> list[dict[str, str]]:
    """The lines of an existing ``renamed-ids.jsonl`` (none when it is absent).

    Raises:
        ValueError: a line that is not ``{"old": id, "new": id}``; the message is one line.
    """
    if not path.exists():
        return []
    lines = []
    with path.open(encoding="utf-8") as handle:
        for number, text in enumerate(handle, start=1):
            if not text.strip():
                continue
            try:
                value = json.loads(text)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not JSON: {error.msg}") from error
            if not (
                isinstance(value, dict)
                and set(value) == {"old", "new"}
                and all(isinstance(v, str) for v in value.values())
            ):
                raise ValueError(f'{path}:{number}: not {{"old": id, "new": id}}')
            lines.append({"old": value["old"], "new": value["new"]})
    return lines


def renamed_lines(
    earlier: list[dict[str, str]], renames: list[tuple[str, str]]
) -> list[dict[str, str]]:
    """The file's lines after a merge: the earlier ones, then this merge's renames."""
    return [*earlier, *({"old": old, "new": new} for old, new in renames)]
