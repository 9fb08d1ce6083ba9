"""Commands that do not run the pipeline do not import spaCy (nor pydantic for help).

Each command line runs in a fresh interpreter, which then reports the heavy modules it
loaded; ``pressfacts --help`` must stay quick, and spaCy costs about a second. Not timed:
the test checks what is imported, not how long it takes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("spacy", "pydantic", "tqdm", "sqlalchemy", "jinja2")
NOT_FOR_RUN = ("spacy.cli", "typer", "click", "requests", "httpx", "weasel", "jsonlines")
"""What ``pressfacts run`` needs none of: spaCy's command line and what it imports, and
jsonlines (only readers of a knowledge set use it)."""
SEEDS_KNOWLEDGE = str(ROOT / "outputs" / "knowledge.jsonl")

_PROBE = """
import contextlib, io, json, sys
from pressfacts.cli import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    try:
        main(json.loads(sys.argv[1]))
    except SystemExit:
        pass
print(json.dumps(sorted(name for name in {heavy} if name in sys.modules)))
"""


def _imported(argv: list[str], heavy: tuple[str, ...] = HEAVY) -> list[str]:
    """The ``heavy`` modules a fresh interpreter holds after ``pressfacts ARGV``."""
    probe = _PROBE.format(heavy=heavy)
    result = subprocess.run(
        [sys.executable, "-c", probe, json.dumps(argv)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--help"], []),
        (["--version"], []),
        (["run", "--help"], []),
        (["eval", "--help"], []),
        (["schema"], ["pydantic"]),
        (["eval", "--gold", str(ROOT / "seeds" / "gold"), SEEDS_KNOWLEDGE], ["pydantic"]),
        (["report", SEEDS_KNOWLEDGE, "--out", "{tmp}"], ["jinja2", "pydantic"]),
    ],
)
def test_commands_import_only_what_they_need(
    argv: list[str], expected: list[str], tmp_path: Path
) -> None:
    argv = [arg.replace("{tmp}", str(tmp_path / "report")) for arg in argv]
    assert _imported(argv) == expected


def test_run_imports_spacy_without_its_command_line(tmp_path: Path) -> None:
    """The probe itself sees spaCy when a command loads it; ``run`` leaves out spaCy's
    command line (:mod:`pressfacts.lean_spacy`) and jsonlines."""
    text = tmp_path / "one.txt"
    text.write_text("Kent Police said 12 people were arrested in 2023.\n", encoding="utf-8")
    argv = ["run", str(text), "--out", str(tmp_path / "out"), "--quiet"]
    assert _imported(argv, ("spacy", *NOT_FOR_RUN)) == ["spacy"]
