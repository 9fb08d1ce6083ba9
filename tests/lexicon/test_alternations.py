"""Alternations in one order in every process: longest first, ties alphabetically; and
every pattern the pipeline compiles is written the same whatever Python's hash seed
(a pattern written differently misses the regex cache at every start)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from pressfacts.lexicon.alternations import longest_first

# (words, ordered): invented word lists
ORDERS = [
    (["rise", "increase", "fall", "rises"], ["increase", "rises", "fall", "rise"]),
    ({"dip", "cut", "hike"}, ["hike", "cut", "dip"]),  # a set: the order is still fixed
    (["up", "up", "down"], ["down", "up"]),  # each word once
    ([], []),
]


@pytest.mark.parametrize(("words", "ordered"), ORDERS)
def test_longest_first_orders_words_the_same_every_time(
    words: list[str] | set[str], ordered: list[str]
) -> None:
    assert longest_first(words) == ordered


_COMPILED = """
import json, sys
from re import _compiler
original = _compiler.compile
seen = []
def spy(pattern, flags=0):
    frame = sys._getframe(1)
    while frame and frame.f_globals.get("__name__", "").split(".")[0] == "re":
        frame = frame.f_back
    caller = frame.f_globals.get("__name__", "") if frame else ""
    if isinstance(pattern, str) and caller.split(".")[0] in ("pressfacts", "spacy"):
        seen.append([caller, pattern, int(flags)])
    return original(pattern, flags)
_compiler.compile = spy
from pressfacts import build_nlp
build_nlp()
print(json.dumps(seen))
"""


def _patterns(seed: str) -> list[list[object]]:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PRESSFACTS_REGEX_CACHE": "0"}
    result = subprocess.run(
        [sys.executable, "-c", _COMPILED],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        timeout=300,
    )
    return json.loads(result.stdout)


def test_the_pipelines_patterns_do_not_depend_on_the_hash_seed() -> None:
    first, second = _patterns("1"), _patterns("2")
    assert len(first) > 500  # the pipeline's own patterns were seen
    differ = [entry for entry in second if entry not in first]
    assert differ == [], [str(entry)[:200] for entry in differ]
