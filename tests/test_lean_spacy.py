"""spaCy imported without its command line still gives its command line when asked.

Each probe runs in a fresh interpreter (spaCy is imported once per process).
"""

from __future__ import annotations

import subprocess
import sys

import pytest

_SETUP = "import sys\nfrom pressfacts.lean_spacy import import_spacy\nimport_spacy()\n"


@pytest.mark.parametrize(
    ("probe", "expected"),
    [
        # spaCy is imported, its command line is not
        ("print('spacy' in sys.modules, 'spacy.cli' in sys.modules)", "True False"),
        # the stand-in is gone once spaCy is imported
        ("print('spacy.cli.info' in sys.modules)", "False"),
        # a later import of the command line loads the real one
        ("import spacy.cli\nprint(spacy.cli.info.__module__)", "spacy.cli.info"),
        ("from spacy.cli import download\nprint(download.__module__)", "spacy.cli.download"),
        # spacy.info runs the real one when called
        ("import spacy\nprint(sorted(spacy.info())[:2])", "['location', 'pipelines']"),
        # catalogue reads entry points by group: the same ones, in the same order
        (
            "import catalogue\nfrom importlib.metadata import entry_points\n"
            "every = entry_points()\n"
            "print(all(list(catalogue.AVAILABLE_ENTRY_POINTS[group]) == "
            "list(every.select(group=group)) for group in every.groups))",
            "True",
        ),
        (
            "from spacy.util import registry\n"
            "print(registry.misc.get('pressfacts.word_list.v1').__module__)",
            "pressfacts.registry",
        ),
        # a second call does nothing
        ("import_spacy()\nprint('spacy.cli' in sys.modules)", "False"),
    ],
)
def test_import_spacy(probe: str, expected: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _SETUP + probe],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert result.stdout.strip().splitlines()[-1] == expected


def test_spacy_imported_before_is_left_alone() -> None:
    probe = "import spacy\n" + _SETUP + "print('spacy.cli' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "True"
