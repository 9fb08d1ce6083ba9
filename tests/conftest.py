"""Shared fixtures: one pipeline for the whole test session (building it is the slow part)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from spacy.language import Language

from pressfacts import build_nlp

# CI runs the property tests on a fixed sequence of examples, so a submission never fails on
# the luck of a draw; local runs keep drawing new examples, which is where bugs are found.
# No per-example deadline anywhere: speed is measured by the benchmarks, and a busy machine
# must not turn a slow example into a failure.
SLOW_OK = [HealthCheck.too_slow]
settings.register_profile("ci", derandomize=True, deadline=None, suppress_health_check=SLOW_OK)
settings.register_profile("dev", deadline=None, suppress_health_check=SLOW_OK)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS = REPO_ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The default pressfacts pipeline."""
    return build_nlp()


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """Seed bodies by the first three characters of their file name ("000" … "004")."""
    from pressfacts.reader.read import read_inputs

    return {Path(d.source).name[:3]: d.text for d in read_inputs([str(SEEDS)])}
