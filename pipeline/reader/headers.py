"""Headers on top of a text input: YAML front matter, a fenced YAML block, a date line.

A header gives the title, url and publication date; the body under it is what offsets
point into. A header that is not valid YAML never costs the body: its simple
``key: value`` lines are read leniently (so ``title: WATCH: 167 reports`` still gives a
title), and the document carries a warning saying what was wrong. YAML is read with
the safe loader only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # PyYAML is imported on the first YAML header: most texts have none
    import yaml

# "---\ntitle: T\n---\nbody": front matter at the very top (after an optional BOM/space).
# Does not match a "---" rule further down the text.
_FRONT_MATTER = re.compile(r"\A\ufeff?\s*---[ \t]*\n(?P<yaml>.*?)\n---[ \t]*(?:\n|\Z)", re.S)
# "```yaml\ntitle: T\n```\nbody"; does not match a fenced block that is not at the top.
_FENCED_YAML = re.compile(r"\A\ufeff?\s*```ya?ml[ \t]*\n(?P<yaml>.*?)\n```[ \t]*(?:\n|\Z)", re.S)
# "date 2023-04-19 Text…" or "date: 2023-04-19\n"; does not match "dated 2023-04-19".
_DATE_LINE = re.compile(r"\A\s*date:?[ \t]+(?P<date>\d{4}-\d{2}-\d{2})\b[ \t]*\n?", re.I)
# One lenient header line, "title: WATCH: 167 reports" -> (title, "WATCH: 167 reports");
# does not match "  - a list item" or "no colon here".
_SIMPLE_LINE = re.compile(r"\A(?P<key>[A-Za-z_][\w.-]{0,60})[ \t]*:[ \t]*(?P<value>.{0,2000})\Z")


@dataclass(frozen=True)
class Header:
    """A decoded input split into its header fields and body, with what was wrong."""

    fields: dict[str, Any]
    body: str
    warnings: tuple[str, ...] = field(default=())


def split_header(text: str) -> Header:
    """Split a decoded input into header fields and body (stripped); never raises."""
    for pattern in (_FRONT_MATTER, _FENCED_YAML):
        match = pattern.match(text)
        if match:
            fields, warnings = parse_yaml_header(match.group("yaml"))
            return Header(fields, text[match.end() :].strip(), warnings)
    match = _DATE_LINE.match(text)
    if match:
        return Header({"date": match.group("date")}, text[match.end() :].strip())
    return Header({}, text.strip())


def parse_yaml_header(source: str) -> tuple[dict[str, Any], tuple[str, ...]]:
    """Header fields from YAML text, and the warnings when it is not a valid YAML mapping."""
    import yaml

    try:
        fields = yaml.safe_load(source)
    except yaml.YAMLError as error:
        reason = _yaml_problem(error)
        lenient = _simple_lines(source)
        note = "; its key: value lines were read as plain text" if lenient else ""
        return lenient, (f"header is not valid YAML: {reason}{note}",)
    if fields is None:
        return {}, ()
    if not isinstance(fields, dict):
        return {}, (f"header is not a YAML mapping (a {type(fields).__name__}): ignored",)
    return fields, ()


def _yaml_problem(error: yaml.YAMLError) -> str:
    """One line: the parser's problem and where it is in the header."""
    problem, mark = getattr(error, "problem", None), getattr(error, "problem_mark", None)
    if problem and mark is not None:
        return f"{problem} (header line {mark.line + 1}, column {mark.column + 1})"
    return " ".join(str(error).split())[:200]


def _simple_lines(source: str) -> dict[str, Any]:
    """``key: value`` lines, each value a plain string (quotes around it taken off)."""
    fields: dict[str, Any] = {}
    for line in source.splitlines():
        match = _SIMPLE_LINE.match(line.strip())
        if match and not line[:1].isspace():
            value = match.group("value").strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]
            fields.setdefault(match.group("key"), value)
    return fields
