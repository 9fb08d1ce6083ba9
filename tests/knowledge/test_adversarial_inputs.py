"""No adversarial pattern hangs the pipeline, and every offset it gives is exact.

The patterns (``benchmarks/adversarial.py``): many quote marks on one line and over
many paragraphs, many "1,234,567.89" figures, many "Chief Inspector Smith Jones"
names, text with no white space, runs of blank lines, many pronoun-attributed quotes.
Each 200 kB text goes through the knowledge-set build two ways: as the CLI runs it
(a text this long is processed in paragraph-aligned parts) and as one Doc (parts
switched off, so a stage quadratic in one Doc's length is not hidden). Each run is
under a 120 s alarm that only catches a hang; timings are the benchmark's job
(``benchmarks/bench_adversarial.py`` prints the 1 MB / 100 kB ratios). Every mention
of every record must be ``document.text[start:end]`` and the sentences must tile the
text in order.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from spacy.language import Language

from pressfacts import build_knowledge_set
from pressfacts.knowledge import parts
from pressfacts.reader.read import SourceDocument

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from adversarial import PATTERNS, adversarial_text

HANG_SECONDS = 120
SIZE = 200_000
PATHS = ("in parts", "as one doc")


class Hang(Exception):
    """The alarm went off: the pipeline did not finish in time."""


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise Hang(f"no result in {HANG_SECONDS} s")


@pytest.fixture
def hang_guard() -> Iterator[None]:
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(HANG_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _offset_errors(text: str, records: list[Any]) -> list[str]:
    """Every mention whose text is not ``text[start:end]``, by record id."""
    return [
        f"{record.id} {mention.start}:{mention.end}"
        for record in records
        if record.kind in {"entity", "quote", "statistic"}
        for mention in record.mentions
        if text[mention.start : mention.end] != mention.text
    ]


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("pattern", sorted(PATTERNS))
def test_a_200_kb_adversarial_text_finishes_with_exact_offsets(
    nlp: Language, hang_guard: None, monkeypatch: pytest.MonkeyPatch, pattern: str, path: str
) -> None:
    if path == "as one doc":
        monkeypatch.setattr(parts, "LONG_DOCUMENT_CHARS", 2 * SIZE)
    text = adversarial_text(pattern, SIZE)
    records = build_knowledge_set([SourceDocument(source=f"{pattern}.txt", text=text)], nlp)
    (document,) = [record for record in records if record.kind == "document"]
    assert (document.status, document.text) == ("ok", text)
    assert _offset_errors(text, records) == []
    ends = [0] + [end for _, end in document.sentences]
    assert all(
        ends[number] <= start < end <= len(text)
        for number, (start, end) in enumerate(document.sentences)
    )
