"""Patterns rebuilt from the regex cache match as freshly compiled ones do.

Each probe runs in a fresh interpreter (the cache replaces the compiler for a process):
the first run compiles and writes the cache, the second reads it back.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# (pattern, flags, text): invented text; every feature that the compiled code carries
CASES = [
    (r"(?P<rank>Chief|Deputy)\s+Constable\s+(?P<name>[A-Z][a-z]+)", 0, "Deputy Constable Rowe"),
    (r"(?i)operation\s+(\w+)", 0, "the OPERATION Larch arrests"),
    (r"^\s*-\s*(.+)$", 8, "intro\n - Sam Ode, director\n"),  # re.MULTILINE
    (r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", 0, "up from 1,234,567.89 to 2,000"),
    (r"(?<![\w'])(?:north|south)[ \t]+(?=wales)", 2, "across North Wales"),  # re.IGNORECASE
    (r"(a)|(b)(?(2)c|d)", 0, "xbc"),
    (r"[“\"](?P<quote>[^”\"]+)[”\"]", 0, "she said: “We listen.”"),
]

_PROBE = """
import json, re, sys
from pathlib import Path
from pressfacts.regex_cache import enable
print(json.dumps(enable(Path(sys.argv[1]))))
for pattern, flags, text in json.loads(sys.argv[2]):
    compiled = re.compile(pattern, flags)
    print(json.dumps([
        compiled.flags, compiled.groups, dict(compiled.groupindex),
        [(m.span(), m.groups(), m.groupdict()) for m in compiled.finditer(text)],
    ]))
"""


def _probe(path: Path, env: dict[str, str] | None = None) -> list[object]:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, str(path), json.dumps(CASES)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )
    return [json.loads(line) for line in result.stdout.splitlines()]


def _fresh(pattern: str, flags: int, text: str) -> list[object]:
    import re

    compiled = re.compile(pattern, flags)
    found = [(m.span(), m.groups(), m.groupdict()) for m in compiled.finditer(text)]
    # as JSON gives it back: tuples become lists
    return json.loads(
        json.dumps([compiled.flags, compiled.groups, dict(compiled.groupindex), found])
    )


@pytest.mark.skipif(sys.version_info < (3, 11), reason="the cache needs re._compiler")
def test_cached_patterns_match_as_compiled(tmp_path: Path) -> None:
    path = tmp_path / "regex.bin"
    first = _probe(path)  # compiles, writes the cache at exit
    assert path.exists()
    second = _probe(path)  # rebuilds every pattern from the cache
    expected = [_fresh(*case) for case in CASES]
    assert first == [True, *expected]
    assert second == [True, *expected]


@pytest.mark.skipif(sys.version_info < (3, 11), reason="the cache needs re._compiler")
def test_unreadable_cache_is_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "regex.bin"
    path.write_bytes(b"not a cache")
    assert _probe(path)[0] is True
    assert _probe(path)[1:] == [_fresh(*case) for case in CASES]
    assert path.read_bytes() != b"not a cache"


def test_turned_off(tmp_path: Path) -> None:
    path = tmp_path / "regex.bin"
    assert _probe(path, {"PRESSFACTS_REGEX_CACHE": "0"})[0] is False
    assert not path.exists()


_LEADS_PROBE = """
import json, sys
from pathlib import Path
from pressfacts.regex_cache import enable
enable(Path(sys.argv[1]))
from pressfacts.statistics import exclusions, periods  # their scanners read the leads
from pressfacts.statistics.rule_leads import _pattern_leads, pattern_leads
from pressfacts.statistics.period_table import PERIOD_RULES
patterns = [rule.pattern for rule in PERIOD_RULES]
print(json.dumps([[pattern_leads(p), _pattern_leads(p)] for p in patterns]))
"""


@pytest.mark.skipif(sys.version_info < (3, 11), reason="the cache needs re._compiler")
def test_leads_kept_in_the_cache_are_the_leads_read(tmp_path: Path) -> None:
    path = tmp_path / "regex.bin"
    runs = []
    for _ in range(2):  # the first run reads the leads and keeps them, the second reuses
        result = subprocess.run(
            [sys.executable, "-c", _LEADS_PROBE, str(path)],
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        runs.append(json.loads(result.stdout))
    assert runs[0] == runs[1]
    assert all(kept == read for kept, read in runs[1])
    assert any(read for _, read in runs[1])  # some rule has leads
