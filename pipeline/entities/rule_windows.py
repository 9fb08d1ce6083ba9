"""A token Matcher run only in windows around anchor words, with only the rules that may
match there.

Most of a release holds no council, court or charity service, so the organisation
patterns (:mod:`pressfacts.entities.org_patterns`) run only in token windows around an
anchor word (a word every match of some rule holds or is followed by), the windows
merged where they touch. Inside a window, only the rules whose anchor words stand in it
can find anything that counts: a rule's match holds its anchor word, or is followed by it
within a few tokens (its window then reaches back over the match); and a rule whose
patterns each need some literal word the window lacks ("Council" with a capital, "our"
before a service) cannot match there either. So each window is matched, rule by rule in
the order the rules were added, by the Matchers of the rules left alone (a window with
none left is not matched at all); each rule's Matcher is built the first time a window
needs it and kept. A rule's own Matcher finds exactly what the full one finds for that
rule (its greedy filter is the rule's own). A Matcher per rule set, kept least recently
used, was built about 730 times over the eval sets' 1,928 texts (some 2.3 ms each, 4% of
the pipeline's CPU); a Matcher per rule is built once per rule matched (116), and a
window runs four or five of them.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from spacy.attrs import LOWER, NORM, ORTH
from spacy.errors import MatchPatternError
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.schemas import validate_token_pattern
from spacy.tokens import Doc

from pressfacts.entities.lexeme_flags import WordFlags

_ATTRS = [ORTH, LOWER, NORM]
"""The token attributes a pattern's literal tokens are read by."""

Pattern = list[dict[str, Any]]


class WindowedMatcher:
    """Matches token patterns by key, in windows around each key's anchor words."""

    def __init__(self, nlp: Language, before: int, after: int) -> None:
        self._nlp = nlp
        self._before, self._after = before, after
        self._flags = WordFlags(nlp.vocab)
        """Tests on a word's text, read as lexeme flags (the same words match)."""
        self._written: list[tuple[str, list[Pattern], str]] = []
        """The patterns as added, until :meth:`seal` flags them."""
        self._patterns: dict[str, tuple[list[Pattern], str]] = {}
        """Key -> its patterns as a Matcher takes them (word tests as flags), and greedy."""
        self._rank: dict[str, int] = {}
        """Key -> its place in the order added (:meth:`seal`): a window's matches come key by
        key in that order."""
        self._keys_by_word: dict[str, set[str]] = {}
        self._everywhere: set[str] = set()
        self._held: set[str] = set()
        """Keys whose every match holds an anchor word, a match over a settled token
        being of no use to the caller."""
        self._anchors = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._kept: dict[str, Matcher] = {}
        self._required: dict[str, list[list[frozenset[int]]]] = {}
        """Key -> for each of its patterns, the literal tokens it needs, each as the
        hashes of its words (one of which some token of a match has)."""

    def add(
        self,
        key: str,
        patterns: list[Pattern],
        anchors: set[str] | None,
        greedy: str,
        held: bool = False,
    ) -> None:
        """Add ``patterns`` under ``key`` (as ``Matcher.add``); ``anchors``: lower-case
        words a match holds or is followed by, None when the key may match anywhere;
        ``held``: every match holds one of them, and the caller has no use for a match
        over a settled token (see :meth:`__call__`)."""
        errors = {index: validate_token_pattern(pattern) for index, pattern in enumerate(patterns)}
        if any(errors.values()):  # checked as written: the Matchers take flags unchecked
            raise MatchPatternError(key, {index: err for index, err in errors.items() if err})
        if self._patterns:
            raise RuntimeError(f"rule {key!r} added after the Matcher was sealed")
        self._written.append((key, patterns, greedy))
        strings = self._nlp.vocab.strings
        strings.add(key)  # for good: a rule's Matcher built in a memory zone names it after
        for pattern in patterns:
            literals = [frozenset(strings.add(w) for w in words) for words in _literals(pattern)]
            self._required.setdefault(key, []).append(literals)
        if anchors is None:
            self._everywhere.add(key)
            return
        if held:
            self._held.add(key)
        for word in anchors:
            if word not in self._keys_by_word:
                self._anchors.add(word, [self._nlp.make_doc(word)])
            self._keys_by_word.setdefault(word, set()).add(key)

    def seal(self) -> None:
        """Write the patterns for the Matchers once every rule is added: the word tests
        the rules use most become lexeme flags (:class:`WordFlags`)."""
        if self._patterns or not self._written:
            return
        self._flags.reserve(
            token for _, patterns, _ in self._written for p in patterns for token in p
        )
        for key, patterns, greedy in self._written:
            flagged = [[self._flags.token(token) for token in pattern] for pattern in patterns]
            self._patterns.setdefault(key, ([], greedy))[0].extend(flagged)
        self._written = []
        self._rank = {key: rank for rank, key in enumerate(self._patterns)}
        self._required = {key: _fewest_needs(needs) for key, needs in self._required.items()}

    def windows(self, doc: Doc) -> list[tuple[int, int, frozenset[str]]]:
        """Token windows around the anchor words, merged where they touch, each with the
        keys that may match in it."""
        return [(start, end, keys) for start, end, keys, _ in self._windows(doc, frozenset())]

    def _windows(
        self, doc: Doc, settled: Collection[int]
    ) -> list[tuple[int, int, frozenset[str], frozenset[str]]]:
        """:meth:`windows`, each also with the keys that have an anchor word in it that
        is not all on ``settled`` tokens."""
        strings = doc.vocab.strings
        windows: list[tuple[int, int, frozenset[str], frozenset[str]]] = []
        keys: set[str] = set()
        unsettled: set[str] = set()
        for word_id, index, word_end in self._anchors(doc):
            start, end = max(0, index - self._before), min(len(doc), index + self._after)
            if windows and start <= windows[-1][1]:
                start = windows.pop()[0]
            else:
                keys, unsettled = set(self._everywhere), set()
            word_keys = self._keys_by_word[strings[word_id]]
            keys |= word_keys
            if not all(token in settled for token in range(index, word_end)):
                unsettled |= word_keys
            windows.append((start, end, frozenset(keys), frozenset(unsettled)))
        return windows

    def __call__(
        self, doc: Doc, settled: Collection[int] = frozenset()
    ) -> list[tuple[int, int, int]]:
        """``(match_id, start, end)`` in Doc tokens, window by window, in each window rule
        by rule in the order added, each rule's as the full Matcher gives them; except
        that a held key (:meth:`add`) whose anchor words in a window all stand on
        ``settled`` tokens is not matched there: each of its matches there would hold a
        settled token, of no use to the caller."""
        windows = self._windows(doc, settled)
        if not windows:
            return []
        self.seal()
        values = doc.to_array(_ATTRS)  # read per window, not turned to lists whole
        found: list[tuple[int, int, int]] = []
        for window_start, window_end, keys, unsettled in windows:
            keys = frozenset(key for key in keys if key in unsettled or key not in self._held)
            if not keys:
                continue  # every rule here would find only what the caller drops
            present = set(values[window_start:window_end].ravel().tolist())
            viable = frozenset(key for key in keys if self._may_match(key, present))
            if not viable:
                continue  # no rule has the words it needs here
            window = doc[window_start:window_end]
            for key in sorted(viable, key=self._rank.__getitem__):
                found += [
                    (match_id, window_start + start, window_start + end)
                    for match_id, start, end in self._matcher(key)(window)
                ]
        return found

    def _may_match(self, key: str, present: set[int]) -> bool:
        """Some pattern of ``key`` finds each literal word it needs among ``present`` (the
        window's ORTH, LOWER and NORM values, pooled: a word found under another
        attribute lets the pattern through, never the other way): else it cannot match."""
        for literals in self._required[key]:
            for words in literals:
                if words.isdisjoint(present):
                    break
            else:
                return True
        return False

    def match_at(self, doc: Doc, key: str, start: int, reach: int) -> tuple[int, int] | None:
        """The longest match of ``key`` starting at token ``start`` within ``reach`` tokens,
        as (start, end), or None: a name a longer match of the same key had swallowed."""
        self.seal()
        window = doc[start : min(len(doc), start + reach)]
        ends = [end for _, first, end in self._matcher(key)(window) if first == 0]
        return (start, start + max(ends)) if ends else None

    def _matcher(self, key: str) -> Matcher:
        """The Matcher of ``key`` alone, built the first time it is needed and kept."""
        matcher = self._kept.get(key)
        if matcher is None:
            matcher = self._kept[key] = Matcher(self._nlp.vocab, validate=False)
            matcher.add(key, self._patterns[key][0], greedy=self._patterns[key][1])
        return matcher


def _literals(pattern: Pattern) -> list[set[str]]:
    """The literal tokens every match of ``pattern`` has: for each token without an
    operator, each of ORTH, LOWER, NORM it fixes, as its words (one, or ``IN`` words)."""
    found: list[set[str]] = []
    for token in pattern:
        if "OP" in token:
            continue
        for attr in ("ORTH", "LOWER", "NORM"):
            value = token.get(attr)
            words = {value} if isinstance(value, str) else set((value or {}).get("IN", []))
            if words:
                found.append(words)
    return found


def _fewest_needs(needs: list[list[frozenset[int]]]) -> list[list[frozenset[int]]]:
    """A key's patterns' literal needs, each set of needs once, without those holding
    another's (a pattern that needs more than another can pass only where it does):
    :meth:`WindowedMatcher._may_match` gives the same answer, from fewer tests (a rule of
    72 patterns needs two sets)."""
    sets = {frozenset(literals) for literals in needs}
    fewest = [needed for needed in sets if not any(other < needed for other in sets)]
    return [
        sorted(needed, key=sorted)
        for needed in sorted(fewest, key=lambda n: sorted(map(sorted, n)))
    ]
