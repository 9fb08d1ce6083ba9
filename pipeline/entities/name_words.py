"""The words of a person's name, as regex parts of the person rules
(:mod:`pressfacts.entities.person_rules`): a capitalised word with its accented, Welsh,
"Mc"/"Mac"/"O'" and hyphenated forms, up to four words of one line with particles and a
middle initial ("Jo R. Bell", "Ursula von der Leyen").
"""

from __future__ import annotations

import sys

_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0175\u0177"
"""Lower-case letters of a name word: ASCII, the accented Latin-1 letters ("Siân", "Zoë",
"Seán", "Chloé") and the Welsh circumflexed w and y ("Dafŷdd")."""
_LOWER_RUN = f"[{_LOWER}]++" if sys.version_info >= (3, 11) else f"[{_LOWER}]+"
"""A name word's lower-case letters, taken whole (possessive, where ``re`` has it): what
follows a name word in every pattern (a space, a hyphen, a comma, a colon, a bracket,
the end of a word) is never a lower-case letter, so giving some back cannot lead to a
match; the same matches, without retrying every shorter run at each capital."""
_JOINED = rf"(?:[-’'](?:Ma?c)?[A-Z]{_LOWER_RUN})*"
"""Further parts of a hyphenated or apostrophised name word: "-Jones", "-McKay"."""
NAME_TOKEN = (
    rf"(?:Mc[A-Z]{_LOWER_RUN}{_JOINED}|Ma?c[A-Z]{_LOWER_RUN}{_JOINED}|O[’'][A-Z]{_LOWER_RUN}"
    rf"{_JOINED}|[A-Z]{_LOWER_RUN}{_JOINED})"
)
NAME_TOKEN_REST = (
    rf"(?:(?<=M)a?c[A-Z]{_LOWER_RUN}{_JOINED}|(?<=O)[’'][A-Z]{_LOWER_RUN}{_JOINED}"
    rf"|{_LOWER_RUN}{_JOINED})"
)
"""A name word after its capital: ``[A-Z]`` then this matches what ``NAME_TOKEN`` does
(a test checks both on the same words)."""
_PARTICLE = r"(?:de|van|von|der|den|da|di|du|le|la|bin|al|ap)"
# words of a name are on one line: "Report by Jo Bell\nSam Lee" is two names
NAME_WORD = (  # a middle initial, with or without its stop ("Jo R. Bell", "Jo R Bell")
    rf"[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}(?:[A-Z]\.[ \t]+|(?![AI][ \t])[A-Z][ \t]+)?{NAME_TOKEN}"
)
NAME = rf"(?P<name>{NAME_TOKEN}(?:{NAME_WORD}){{0,3}})"
NAME_PAIR = rf"(?P<name>{NAME_TOKEN}{NAME_WORD})"  # after a place: "South Yorkshire Jo Bell"
NAME_START = r"(?<![\w’'])"  # no word goes on before a name
POST_NOMINALS = r"(?:\s+(?:OBE|MBE|CBE|KBE|DBE|QPM|KPM|DL|MP|MSP|MS|AM|MLA|KC|QC|JP|BEM))*"
