"""The first characters a regex match can start with (``regex_starts``): what is read from
a pattern, what is left alone, and that a pattern compiled with them finds the very
matches it finds without them, for every pattern of the pipeline.

Every text here is invented for the test.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from typing import Any

import pytest

import pressfacts
from pressfacts import regex_starts

_parser: Any = importlib.import_module("re._parser")
_compiler: Any = importlib.import_module("re._compiler")
_constants: Any = importlib.import_module("re._constants")


def starts(pattern: str, flags: int = 0) -> set[str] | None:
    """The characters of the set read for ``pattern`` (categories by name), or None."""
    items = regex_starts.first_chars(_parser.parse(pattern, flags), flags)
    if items is None:
        return None
    return {str(av) if op is _constants.CATEGORY else chr(av) for op, av in items}


CASES = {
    # a clause break: punctuation, or a space before "and", after a look-behind
    "punctuation_and_space": (
        r"[;:]|,\s+(?:while|but)|(?<=\w)\s+and\b",
        0,
        {";", ":", ",", "SPACE"},
    ),
    # zero-width items are passed over, an optional comma adds what follows it
    "optional_comma": (r"\b,?\s+out\s+of\b", 0, {",", "SPACE"}),
    # under IGNORECASE a letter brings its cases and the characters that fold to it
    "folded_letters": (r"\bkm\b|\bsq", re.I, {"k", "K", "\u212a", "s", "S", "\u017f"}),
    # an inline flag scopes the folding: "(?-i:[A-Z])" keeps to capitals
    "scoped_case": (r"(?-i:[A-C])\w+", re.I, {"A", "B", "C"}),
    "digits": (r"£?\d[\d,]*", 0, {"£", "DIGIT"}),
}
NO_SET = {
    "any_character": (r".+?,", 0),
    "negated_class": (r"[^a-z]+", 0),
    "may_be_empty": (r"(?:,\s*)?", 0),
    "word_characters": (r"\w+ly\b", 0),
    "most_letters": (r"(?:the|an|in|of|to|by|at|on|or|is|we|he|so|my|up|do)\b", re.I),
    "back_reference": (r"(?P<q>['\"])x(?P=q)|(?P=q)", 0),
    "cased_beyond_ascii": (r"\u00e9t\u00e9|,", re.I),
}


def _named(found: set[str] | None) -> set[str] | None:
    """Categories by their short names (SPACE, DIGIT) for the table."""
    if found is None:
        return None
    return {item.removeprefix("CATEGORY_") for item in found}


@pytest.mark.parametrize(("pattern", "flags", "expected"), CASES.values(), ids=CASES.keys())
def test_first_characters_read(pattern: str, flags: int, expected: set[str]) -> None:
    """Each case: a pattern, its flags, the characters (and categories) a match starts with."""
    assert _named(starts(pattern, flags)) == expected


@pytest.mark.parametrize(("pattern", "flags"), NO_SET.values(), ids=NO_SET.keys())
def test_no_set_where_it_cannot_help(pattern: str, flags: int) -> None:
    """Each case: a pattern a match of which may start anywhere, or almost: no set."""
    assert starts(pattern, flags) is None


TEXTS = [
    "Officers in Harlow made 312 arrests between April and June, up 14% on the year "
    "before; in Basildon, however, thefts fell from 1,204 to 980 - a drop of a fifth.",
    "The KELVIN \u212a and long \u017f letters, \u0130stanbul and \u0131, stand in a "
    "test line: Chief Insp. Ruth Ngata said: \u201cWe seized \u00a340,000 of cannabis.\u201d",
    "\n\n  (see the table)  | 2024/25 | 1,310 |\n| 2023/24 | 1,176 |\nNOTES TO EDITORS",
]


def _pipeline_patterns() -> list[re.Pattern[str]]:
    """Every compiled pattern a pressfacts module holds at its top level."""
    found: dict[tuple[str, int], re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(pressfacts.__path__, "pressfacts."):
        if info.name.endswith(("__main__", ".cli", "dask_engine")):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.setdefault((value.pattern, value.flags), value)
    return list(found.values())


def _matches(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], tuple[Any, ...]]]:
    return [(m.span(), m.groups()) for text in TEXTS for m in pattern.finditer(text)]


def test_every_pipeline_pattern_finds_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each of the pipeline's patterns (over a thousand), compiled with and without the
    sets, finds the same matches and groups in the texts; some get a set."""
    patterns = _pipeline_patterns()
    assert len(patterns) > 1000
    monkeypatch.setattr(_compiler, "_get_charset_prefix", _compiler._get_charset_prefix)
    plain = [_compiler.compile(p.pattern, p.flags) for p in patterns]
    assert regex_starts.install()
    with_sets = [_compiler.compile(p.pattern, p.flags) for p in patterns]
    assert [_matches(p) for p in with_sets] == [_matches(p) for p in plain]
    given = sum(
        1
        for p in patterns
        if regex_starts.first_chars(_parser.parse(p.pattern, p.flags), p.flags) is not None
    )
    assert given > 200


def test_the_ascii_folds_are_all_of_unicodes() -> None:
    """Read from Unicode's cases: the characters beyond ASCII whose lower or upper case is
    an ASCII letter's are exactly :data:`regex_starts.ASCII_FOLDS`."""
    import _sre

    found: dict[str, str] = {}
    for code in range(128, 0x110000):
        upper = chr(code).upper()
        for letter in (chr(_sre.unicode_tolower(code)), upper.lower() if len(upper) == 1 else ""):
            if len(letter) == 1 and letter.isascii() and letter.isalpha():
                found[letter] = found.get(letter, "") + chr(code)
                break
    assert found == regex_starts.ASCII_FOLDS


def test_a_pattern_the_reading_fails_on_compiles_as_python_would(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Should reading a parse tree fail (another Python's shapes), the pattern compiles
    without a set, and finds what it finds without the hook."""
    monkeypatch.setattr(_compiler, "_get_charset_prefix", _compiler._get_charset_prefix)
    assert regex_starts.install()

    def broken(parsed: Any, flags: int) -> None:
        raise ValueError("a parse tree of another shape")

    monkeypatch.setattr(regex_starts, "first_chars", broken)
    pattern = _compiler.compile(r"(?<=\w)\s+and\b|[;:]", 0)
    assert [m.span() for m in pattern.finditer("fish and chips; peas")] == [(4, 8), (14, 15)]
