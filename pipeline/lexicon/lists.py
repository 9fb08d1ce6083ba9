"""The markers that open a list line, one table for every stage that reads lists.

Why one table: the line-wrap reader, the headline test, part-of-a-whole lists, list
units, list areas and period reach each read list lines, and each had kept its own copy
of the bullet characters; the copies had drifted (one knew "▪" and "●", another not).
Each is a regex source, so a stage builds its own pattern around it.
"""

from __future__ import annotations

import re

BULLET_CHARS = "-•*·▪●◦–—"
"""Characters that mark a list line: hyphen, bullets, middle dot, squares, dashes."""
BULLET = f"[{re.escape(BULLET_CHARS)}]"
"""One bullet (regex source): "- 40 arrests", "• 12 charges", "▪ Hull"."""
NUMBERED = r"\d{1,2}[.)]"
"""A numbered item's marker (regex source): "1. 3 seizures", "2) Hull"; not "2,104"."""
LETTERED = r"\([a-z\d]\)"
"""A lettered or numbered item in brackets (regex source): "(a) …", "(3) …"."""
LIST_MARKER = f"(?:{BULLET}|{NUMBERED}|{LETTERED})"
"""Any list line's marker (regex source)."""
