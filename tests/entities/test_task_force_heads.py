"""The head of a task force keeps it as the portfolio, as the head of a unit does ("head of
the Organised Crime Task Force" -> Head of Organised Crime Task Force: ``UNIT_HEAD_PHRASES``);
a body named by "Force" alone is an organisation and leaves the title. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

ROWS = [
    pytest.param(
        "Detective Superintendent Ann Cole, head of the Organised Crime Task Force, said: "
        "“We will find them.”",
        ("Ann Cole", ["Detective Superintendent", "Head of Organised Crime Task Force"]),
        id="task-force-head",
    ),
    pytest.param(
        "Tom Hale, commander of the Joint Migrant Task Force, said: “We will find them.”",
        ("Tom Hale", ["Commander of Joint Migrant Task Force"]),
        id="task-force-commander",
    ),
    # near miss: "the Border Force" is an organisation, no unit
    pytest.param(
        "Tom Hale, director of the Border Force, said: “We will find them.”",
        ("Tom Hale", ["Director"]),
        id="border-force",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_task_force_heads(nlp: Language, text: str, expected: tuple[str, list[str]]) -> None:
    name, titles = expected
    assert people(nlp, text)[name].titles == titles
