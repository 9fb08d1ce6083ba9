"""A load killed mid-way (SIGKILL, no clean-up) leaves the previous state, on both databases.

The load runs in a child process whose writing step is wrapped to report, after every
row is written but before the commit, and then wait; the test kills it there.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from pressfacts.load import load_knowledge_set

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import sys, time
from pathlib import Path
from pressfacts.load import loader

written = loader.apply_diffs

def write_then_wait(*args):
    written(*args)
    print("written", flush=True)
    time.sleep(120)

loader.apply_diffs = write_then_wait
loader.load_knowledge_set(Path(sys.argv[1]), sys.argv[2])
"""


def test_a_killed_load_leaves_the_previous_state(
    tmp_path: Path,
    database_url: str,
    open_database: Callable,
    small_corpus: Callable,
    write: Callable,
) -> None:

    first = write(tmp_path / "v1" / "knowledge.jsonl", small_corpus(1))
    load_knowledge_set(first, database_url)
    db = open_database(database_url)
    before = db.dump()

    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(ROOT / "outputs" / "knowledge.jsonl"), database_url],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "written"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert db.dump() == before
    # and the database is not left locked: the next load goes through
    assert load_knowledge_set(ROOT / "outputs" / "knowledge.jsonl", database_url).changed
