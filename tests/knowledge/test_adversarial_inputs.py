"""No adversarial pattern hangs the pipeline: a ~200 kB text of each finishes.

The patterns (``benchmarks/adversarial.py``): many quote marks on one line and over
many paragraphs, many "1,234,567.89" figures, many "Chief Inspector Smith Jones"
names, text with no white space, runs of blank lines. Each 200 kB text goes through
the knowledge-set build as the CLI runs it, under a 60 s alarm that only catches a
hang (a quadratic stage on 200 kB); timings are the benchmark's job
(``benchmarks/bench_adversarial.py`` prints the 200 kB / 20 kB ratios).
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest
from spacy.language import Language

from pressfacts import build_knowledge_set
from pressfacts.reader.read import SourceDocument

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from adversarial import PATTERNS, adversarial_text

HANG_SECONDS = 60
SIZE = 200_000


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


@pytest.mark.parametrize("pattern", sorted(PATTERNS))
def test_a_200_kb_adversarial_text_finishes(nlp: Language, hang_guard: None, pattern: str) -> None:
    text = adversarial_text(pattern, SIZE)
    records = build_knowledge_set([SourceDocument(source=f"{pattern}.txt", text=text)], nlp)
    documents = [record for record in records if record.kind == "document"]
    assert len(documents) == 1
