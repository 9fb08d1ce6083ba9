"""Organisations a statement passes through, which are not its speaker.

"In a statement released through Humberside Police, they said: …": the force passed the
family's words on; the quote is not the force's. An organisation named right after one
of :data:`CONDUITS` ("through", "via") in a cue clause is a channel, not a voice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol, TypeVar


class _Mention(Protocol):
    @property
    def type(self) -> str: ...

    @property
    def start(self) -> int: ...


Mention = TypeVar("Mention", bound=_Mention)

CONDUITS = re.compile(r"\b(?:through|via)\s+(?:the\s+)?$", re.I)
"""The words right before an organisation that make it a statement's channel."""
_REACH = 16
"""How far before the organisation (characters) its channel word is looked for."""


def voices(text: str, mentions: Iterable[Mention]) -> list[Mention]:
    """The organisations among ``mentions`` that may speak: not people, and not named as
    a channel ("released through Humberside Police")."""
    return [
        m
        for m in mentions
        if m.type != "PERSON" and not CONDUITS.search(text, max(0, m.start - _REACH), m.start)
    ]
