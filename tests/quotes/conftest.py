"""Fixtures of the quote-stage tests: the cue words, built once per session."""

from __future__ import annotations

import pytest

from pressfacts.quotes.cues import Cues
from pressfacts.registry import word_list


@pytest.fixture(scope="session")
def cues() -> Cues:
    """The quote stage's cues from its shipped word lists."""
    return Cues(
        word_list("speech_verbs"),
        word_list("gendered_words"),
        word_list("speaker_nouns"),
        word_list("organisation_references"),
    )
