"""The benchmark corpus generator (``benchmarks/corpus.py``) makes as many distinct
releases as asked, for any seed: reprints edited down to a headline and one paragraph
used to crash it on the way to 2,000."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _corpus() -> ModuleType:
    path = ROOT / "benchmarks" / "corpus.py"
    spec = importlib.util.spec_from_file_location("corpus", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("count", "seed"), [(2000, 11), (2000, 1), (2000, 4), (50, 0)])
def test_generates_distinct_releases(count: int, seed: int) -> None:
    releases = _corpus().generate(count, seed)
    assert len(releases) == count
    assert len({release.text for release in releases}) == count
    assert len({release.source for release in releases}) == count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headline\n\nOne paragraph.\n", "Headline\n\nOne paragraph.\n"),
        ("Headline\n\nFirst.\n\nSecond.\n", "Headline\n\nFirst. Second.\n"),
    ],
)
def test_reparagraph_joins_two_paragraphs_after_the_headline(text: str, expected: str) -> None:
    assert _corpus()._reparagraph(random.Random(0), text) == expected
