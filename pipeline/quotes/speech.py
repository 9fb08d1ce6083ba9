"""Speech or not: telling a quoted passage from a title, slogan or scare quote.

A passage of several paragraphs is speech; a title-cased phrase or one after
"so-called"/"called" is not; otherwise a passage with a cue of saying next to it is
speech (inside a sentence only from a few words up), and so is a passage standing as
its own sentence of ``min_speech_words`` words or more.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.quotes.attribution import CUED_RULES, Attribution
from pressfacts.quotes.marks import MARK_CHARS
from pressfacts.quotes.passages import Passage

_WORDS = re.compile(r"[^\W_][\w’'-]*")
_INLINE_MIN_WORDS = 3
_TITLE_MAX_WORDS = 8
_SMALL_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to"})


def looks_like_title(words: Sequence[str]) -> bool:
    """A short phrase whose words are mostly capitalised: a title, name or slogan."""
    content = [word for word in words if word.lower() not in _SMALL_WORDS]
    if not content or len(words) > _TITLE_MAX_WORDS:
        return False
    capitalised = sum(word[0].isupper() or word[0].isdigit() for word in content)
    return capitalised / len(content) >= 0.6 and (len(content) > 1 or len(words) == 1)


def head_position(text: str, head: tuple[int, int]) -> str:
    """Where a passage opens: "paragraph", "lead" (after ":" or ","), "sentence" or "inline"."""
    before = text[head[0] : head[1]].rstrip(" \t_*")
    if not before.strip(" \t_*"):
        return "paragraph"
    if before[-1] in ":,":
        return "lead"
    if before[-1] in ".!?" or before[-1] in MARK_CHARS:
        return "sentence"
    return "inline"


def is_speech(
    text: str,
    passage: Passage,
    attribution: Attribution,
    non_speech_cues: Sequence[str] = (),
    min_speech_words: int = 6,
) -> bool:
    """Whether a passage is speech rather than a title, slogan or scare quote.

    Args:
        text: the document text.
        passage: the passage.
        attribution: what the attribution rules found for it.
        non_speech_cues: words before a mark that make a name of it ("so-called").
        min_speech_words: words a passage with no cue of saying needs to be speech.
    """
    if passage.last_paragraph > passage.first_paragraph:
        return True
    words = [word for start, end in passage.runs for word in _WORDS.findall(text[start:end])]
    if not words:
        return False
    head = text[passage.head[0] : passage.head[1]].rstrip(" \t_*").lower()
    if any(re.search(rf"(?:^|\W){re.escape(cue)}$", head) for cue in non_speech_cues):
        return False
    position = head_position(text, passage.head)
    if looks_like_title(words) and position != "lead":
        return False
    if attribution.rule in CUED_RULES:
        return position != "inline" or len(words) >= _INLINE_MIN_WORDS
    last = text[passage.runs[-1][0] : passage.runs[-1][1]].rstrip(" _*”’\"'")
    standalone = position != "inline" and last[-1:] in {".", "!", "?"}
    return standalone and len(words) >= min_speech_words
