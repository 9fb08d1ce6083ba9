"""A knight or dame named again by honorific and given name ("Sir Peter", "Dame Helen").

British usage shortens "Sir Peter Wanless" to "Sir Peter", never to "Sir Wanless": the
family-name short forms do not find it, and the honorific rules read it as a person named
"Peter". :data:`HONORIFIC_GIVEN_FORMS` names the honorifics so shortened;
:func:`given_name_short_forms` gives such a mention the full name of the person introduced
before it with the same honorific and given name (rule ``honorific_given_name``). Not "Sir
Peter" with no "Sir Peter …" introduced before it, nor "Mr Peter" (no such usage).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from pressfacts.entities.person_context import PersonMention

HONORIFIC_GIVEN_FORMS: Final[dict[str, str]] = {
    # "Sir Peter Wanless … Sir Peter said"
    "sir": "Sir",
    # "Dame Helen Rattray … Dame Helen said"
    "dame": "Dame",
}
"""The honorifics a person is named again by with the given name alone, by rule name."""


def _honorific(text: str, person: PersonMention) -> str | None:
    words = text[person.start : person.end].split()
    if len(words) < 2:
        return None
    return next((form for form in HONORIFIC_GIVEN_FORMS.values() if words[0] == form), None)


def given_name_short_forms(text: str, people: Sequence[PersonMention]) -> None:
    """Give each one-word person named by honorific and given name ("Dame Helen") the name of
    the last person before it introduced with that honorific and given name ("Dame Helen
    Rattray"), in place (rule ``honorific_given_name``)."""
    ordered = sorted(people, key=lambda person: person.start)
    for index, person in enumerate(ordered):
        if " " in person.name:
            continue
        honorific = _honorific(text, person)
        if honorific is None:
            continue
        for earlier in reversed(ordered[:index]):
            parts = earlier.name.split()
            if (
                len(parts) > 1
                and parts[0] == person.name
                and _honorific(text, earlier) == honorific
            ):
                person.name = earlier.name
                person.rule = "honorific_given_name"
                break
