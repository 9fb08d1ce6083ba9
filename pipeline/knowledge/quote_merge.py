"""Quote records from one Doc, and their deduplication across documents.

Why: the same words reach many documents: exact reprints, re-paragraphed copies,
copies trimmed to a first sentence, copies with small edits or typos ("Lucy
Faithful"), and a long quote printed in one document as several shorter ones. They
are one quote record with a mention for every contiguous run of quoted words.

How, in about linear time (no comparison of every quote with every other), and
exactly (the same groups as comparing every pair):
1. :func:`~pressfacts.lexicon.text.quote_key` (the one text normaliser) folds case,
   quote marks, dashes, punctuation, white space and British/American spelling
   (-ise/-ize, -our/-or, -tre/-ter, -ence/-ense).
2. Each quote is cut into word shingles (:data:`SHINGLE_WORDS` words). A quote is
   linked (union-find) to another that has the same normalised text, or shares at
   least half the shingles of the smaller of the two (a trimmed or typo'd copy: a
   typo breaks only the shingles it falls in, and each piece of a split quote lies
   inside the long version), or shares a long run of words (:data:`LONG_RUN_SHINGLES`
   shingles). Press releases recycle stock phrases ("we have a duty to protect
   children from harm"), so two quotes given to different speakers link only when
   the smaller lies almost wholly in the other (:data:`CONTAINMENT_OTHER_SPEAKER`): a
   reprint that disagrees on the speaker. Short quotes one word apart (a typo breaks
   most of their shingles) link too, and the parts of a quote split by its attribution
   join when a copy prints them in one run (:mod:`~pressfacts.knowledge.quote_near`).
3. Candidates come from prefix filtering (a set-similarity join): shingles are
   ordered rarest first (document frequency over the batch), and a quote's *prefix*
   is its rarest ``n - t + 1`` shingles, where ``t`` is the fewest shared shingles
   that can link it as the smaller of a pair (:func:`_min_overlap`). If two quotes
   link, the smaller one's prefix holds a shingle of the larger, so looking up each
   quote's prefix in the postings of all quotes, and each quote's shingles in the
   postings of prefixes, finds every linked pair; each candidate is then checked by
   counting its shared shingles. No posting list is capped, so recall does not fall
   as the batch grows; stock phrases are common, so they sit at the end of the order
   and rarely reach a prefix. The index holds each distinct text once (with the
   speakers of all its copies) and only the shingles two or more texts hold: a
   shingle one text holds links nothing, so leaving it out is exact, and the memory
   touched per quote stays about the same as the batch grows
   (:mod:`~pressfacts.knowledge.quote_shingles` cuts, counts and keeps the shingles).
4. Per cluster: the canonical text is the fullest version (most words; ties to the
   version most copies print); the speaker is the one most copies give, and the
   attribution says so when copies disagree; the id hashes the normalised canonical
   text. A quote printed once, in one run (most of a large batch), takes its speaker
   and attribution as they are. :func:`merge_quotes` makes the records in the order
   of the quotes (reading their memory in order) and puts each at its place in id
   order; :func:`merged_quotes` makes them one at a time in id order, for a caller
   that packs or writes each at once.
"""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from pressfacts.knowledge.quote_held import Held, HeldQuotes, Run
from pressfacts.knowledge.quote_near import (
    join_split_parts,
    link_one_word_edits,
    link_trimmed_copies,
    one_word_apart,
    trimmed_copy,
)
from pressfacts.knowledge.quote_record import lean_quote_record
from pressfacts.knowledge.quote_shingles import (
    SHINGLE_WORDS,
    WordHashes,
    shared_shingles,
    word_shingles,
)
from pressfacts.lexicon.text import quote_key, quote_words
from pressfacts.lifetime import collector_paused
from pressfacts.models.ids import hash16, quote_id
from pressfacts.models.records import Mention, QuoteRecord

CONTAINMENT = 0.5
CONTAINMENT_OTHER_SPEAKER = 0.8
LONG_RUN_SHINGLES = 12


@dataclass(frozen=True)
class QuotePartial:
    """One quote of one document before the merge: its runs as mentions, its speaker."""

    doc: str
    mentions: tuple[Mention, ...]
    speaker: str | None
    attribution: str
    follows: bool = False
    """A part split off by its attribution from the document's quote before it."""

    @property
    def text(self) -> str:
        """The quoted words, runs joined by a space."""
        return " ".join(mention.text for mention in self.mentions)


def shingles(words: Sequence[str], size: int = SHINGLE_WORDS) -> set[str]:
    """Runs of ``size`` consecutive words (the whole text when shorter), as hashes."""
    if len(words) < size:
        return {hash16(" ".join(words))} if words else set()
    return {hash16(" ".join(words[i : i + size])) for i in range(len(words) - size + 1)}


def doc_quotes(doc: Doc, doc_id: str, text: str | None = None) -> list[QuotePartial]:
    """The quotes of ``doc`` (``doc._.quotes``) as partials, with exact mentions;
    ``text`` is ``doc.text`` when the caller has it (spaCy builds that anew on each read)."""
    partials: list[QuotePartial] = []
    text = doc.text if text is None else text  # once per Doc, not per mention
    for finding in doc._.quotes or []:
        mentions = tuple(
            Mention(doc=doc_id, start=start, end=end, text=text[start:end])
            for start, end in finding.runs
        )
        partials.append(
            QuotePartial(doc_id, mentions, finding.speaker, finding.attribution, finding.follows)
        )
    return partials


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, first: int, second: int) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _linked(count: int, smaller: int, same_speaker: bool) -> bool:
    if not same_speaker:
        return count / smaller >= CONTAINMENT_OTHER_SPEAKER
    return count / smaller >= CONTAINMENT or count >= LONG_RUN_SHINGLES


def _min_overlap(size: int) -> int:
    """A lower bound on the shared shingles that can link a quote of ``size`` shingles
    to one at least as large (:func:`_linked` with ``smaller == size``); at least 1."""
    return max(1, min(size // 2, LONG_RUN_SHINGLES))


def _shingle_ids(normals: Sequence[str]) -> list[frozenset[int]]:
    """Each normalised text's shingles as small integers (one id per distinct shingle)."""
    ids: dict[tuple[str, ...], int] = {}
    return [frozenset(ids.setdefault(run, len(ids)) for run in word_shingles(n)) for n in normals]


def cluster(
    texts: Sequence[str],
    speakers: Sequence[str | None] | None = None,
    normals: Sequence[str] | None = None,
    words: WordHashes | None = None,
) -> list[list[int]]:
    """Groups of indices of ``texts`` that are copies of one quote (see the module doc).

    Exact: the groups are the connected components of "linked" over every pair, found
    through a prefix-filtered index instead of comparing every pair; work is about
    linear in total words while each quote's rarer shingles are shared by few quotes.

    Args:
        texts: quote texts.
        speakers: their speakers, when known (None: unknown, agrees with anyone).
        normals: their :func:`quote_key` forms, when the caller has them already.
        words: the words of each distinct normal form, in order of first sight, when
            the caller has them already.
    """
    who = list(speakers) if speakers is not None else [None] * len(texts)
    normals = list(normals) if normals is not None else [quote_key(text) for text in texts]
    distinct = _DistinctTexts(split_words=words is None)
    numbers = [distinct.add(normal, speaker) for normal, speaker in zip(normals, who, strict=True)]
    return distinct.groups(numbers, words)


class _DistinctTexts:
    """The distinct normalised texts of a batch's quotes, numbered in order of first
    sight, with the speakers their copies give and their words' hashes: copies with the
    same words are one quote whatever their speakers, so the index works on distinct
    texts."""

    def __init__(self, split_words: bool = True) -> None:
        self.number: dict[str, int] = {}
        self.normals: list[str] = []
        self.named: list[set[str]] = []
        self.unnamed: list[bool] = []
        self.words = WordHashes()
        self._split_words = split_words

    def add(self, normal: str, speaker: str | None, words: Sequence[str] | None = None) -> int:
        """Note a copy of ``normal`` given to ``speaker`` (None: unknown); its text's
        number. ``words``: its words as the caller holds them (else split here, unless
        the caller hashes the words itself)."""
        number = self.number.get(normal)
        if number is None:
            number = self.number[normal] = len(self.normals)
            self.normals.append(normal)
            self.named.append(set())
            self.unnamed.append(False)
            if words is not None:
                self.words.add(words)
            elif self._split_words:
                self.words.add(normal.split())
        if speaker is None:
            self.unnamed[number] = True
        else:
            self.named[number].add(speaker)
        return number

    def groups(self, numbers: Iterable[int], words: WordHashes | None = None) -> list[list[int]]:
        """Groups of indices of copies (whose texts' ``numbers`` are given in order) that
        are copies of one quote (``words``: the caller's hashes of the distinct texts'
        words, else those gathered here)."""
        union = _link_texts(self.normals, self.named, self.unnamed, words or self.words)
        groups: dict[int, list[int]] = defaultdict(list)
        for index, number in enumerate(numbers):
            groups[union.find(number)].append(index)
        return list(groups.values())


def _link_texts(
    normals: Sequence[str],
    named: Sequence[set[str]],
    unnamed: Sequence[bool],
    words: WordHashes | None = None,
) -> _UnionFind:
    """Union-find over distinct texts: linked as :func:`_linked` says for some pair of
    their copies. A text's copies agree on the speaker with another's when either has
    a copy with no speaker or they share one; a link that holds with different
    speakers holds with the same, so only the looser test needs the speakers."""
    union = _UnionFind(len(normals))

    def agree(first: int, second: int) -> bool:
        return unnamed[first] or unnamed[second] or not named[first].isdisjoint(named[second])

    sizes, sets, prefixes = shared_shingles(normals, _min_overlap, words)
    everyone: dict[int, list[int]] = defaultdict(list)  # shingle -> texts holding it
    in_prefix: dict[int, list[int]] = defaultdict(list)  # shingle -> texts whose prefix holds it
    kept = [len(keys) for keys in sets]
    for index, keys in enumerate(sets):
        candidates: set[int] = set()
        for key in prefixes[index]:  # this text as the smaller of a pair
            if key in everyone:
                candidates.update(everyone[key])
        for key in keys:  # an earlier text as the smaller
            if key in in_prefix:
                candidates.update(in_prefix[key])
        size, held, root = sizes[index], kept[index], union.find(index)
        mine: set[int] | None = None  # this text's shingles as a set, made when first needed
        for other in candidates:  # the hot loop: _linked written out, no call per pair
            smaller = (sizes[other] if sizes[other] < size else size) or 1
            # the kept shingles bound the shared ones: most candidates fail here,
            # without counting the intersection or finding a root
            bound = kept[other] if kept[other] < held else held
            if not (bound / smaller >= CONTAINMENT or bound >= LONG_RUN_SHINGLES):
                continue
            if union.find(other) == root:
                continue
            if mine is None:
                mine = set(keys)
            count = len(mine.intersection(sets[other]))
            if _linked(count, smaller, False) or (
                _linked(count, smaller, True) and agree(index, other)
            ):
                union.union(other, index)
                root = union.find(index)
        for key in keys:
            everyone[key].append(index)
        for key in prefixes[index]:
            in_prefix[key].append(index)

    link_one_word_edits(normals, agree, union.union)
    link_trimmed_copies(
        normals,
        sets,
        lambda key: everyone.get(key, ()),
        agree,
        union.union,
        lambda a, b: union.find(a) == union.find(b),
    )
    return union


def cluster_exhaustive(
    texts: Sequence[str], speakers: Sequence[str | None] | None = None
) -> list[list[int]]:
    """The groups :func:`cluster` must find, by comparing every pair (quadratic; for tests)."""
    who = list(speakers) if speakers is not None else [None] * len(texts)
    union = _UnionFind(len(texts))
    normals = [quote_key(text) for text in texts]
    sets = _shingle_ids(normals)
    for index in range(len(texts)):
        for other in range(index):
            if normals[other] == normals[index]:
                union.union(other, index)
                continue
            count = len(sets[index] & sets[other])
            smaller = min(len(sets[other]), len(sets[index])) or 1
            same = who[other] is None or who[index] is None or who[other] == who[index]
            near = same and (
                one_word_apart(normals[other].split(), normals[index].split())
                or trimmed_copy(normals[other], normals[index], count)
            )
            if (count and _linked(count, smaller, same)) or near:
                union.union(other, index)
    groups: dict[int, list[int]] = defaultdict(list)
    for index in range(len(texts)):
        groups[union.find(index)].append(index)
    return list(groups.values())


def _canonical(members: Sequence[Held], normals: Sequence[str]) -> int:
    """The fullest version (its index); ties go to the version most copies print, then
    document order. ``normals`` are the members' :func:`quote_key` forms."""
    if len(members) == 1:  # most quotes of a large batch are printed once
        return 0
    votes = Counter(normals)
    best = min(
        range(len(members)),
        key=lambda i: (
            -len(normals[i].split()),
            -votes[normals[i]],
            members[i].doc,
            members[i].runs[0].start,
        ),
    )
    return best


PRONOUN_WAY = "; pronoun"
"""Rule ``named_over_pronoun``: on a tie of copies, a speaker named outright beats one a
copy reached by a pronoun ("split quote: added; pronoun 'he'", a reprint's moved line)."""


def _speaker(
    members: Sequence[Held], canonical: Held, remap: dict[str, str]
) -> tuple[str | None, str]:
    """The speaker most copies give (ties: ``named_over_pronoun``), and how it was found."""
    speakers = [remap.get(m.speaker, m.speaker) if m.speaker else None for m in members]
    votes = Counter(speaker for speaker in speakers if speaker)
    if not votes:
        return None, canonical.attribution
    own = remap.get(canonical.speaker, canonical.speaker) if canonical.speaker else None
    ways = zip(members, speakers, strict=True)
    named = Counter(s for m, s in ways if s and PRONOUN_WAY not in m.attribution)
    chosen = max(votes, key=lambda s: (votes[s], named[s], s == own, s))
    if len(votes) == 1 and len(speakers) == votes[chosen]:
        return chosen, canonical.attribution
    source = next(m for m, s in zip(members, speakers, strict=True) if s == chosen)
    basis = canonical if own == chosen else source
    others = ", ".join(
        f"{speaker or 'none'} {count}"
        for speaker, count in sorted(Counter(speakers).items(), key=lambda kv: str(kv[0]))
        if speaker != chosen
    )
    note = f"; copies disagree: {chosen} in {votes[chosen]} of {len(members)} (others: {others})"
    return chosen, basis.attribution + note


def merge_quotes(
    partials: Iterable[QuotePartial], entity_remap: dict[str, str]
) -> list[QuoteRecord]:
    """Deduplicated quote records across documents, sorted by id.

    Args:
        partials: quotes of every document (:func:`doc_quotes`).
        entity_remap: entity ids folded into others by the entity merge; applied to
            speakers.
    """
    with collector_paused():  # the records and the merge's state are all kept to the end
        items, named = _named_groups(partials, entity_remap)
        # made in the order of the quotes, whose memory is then read in order (in id
        # order each record's pieces lie anywhere in a large batch), each put in its
        # place in id order
        idents = list(named)
        place = [0] * len(idents)
        for at, index in enumerate(sorted(range(len(idents)), key=idents.__getitem__)):
            place[index] = at
        records: list[QuoteRecord] = [None] * len(idents)  # type: ignore[list-item]
        for index, (ident, (group, best)) in enumerate(named.items()):
            records[place[index]] = _record(ident, [items[i] for i in group], best, entity_remap)
        return records


def _named_groups(
    partials: Iterable[QuotePartial], entity_remap: dict[str, str]
) -> tuple[HeldQuotes, dict[str, tuple[list[int], int]]]:
    """The quotes as held (on disk), and each group of copies (indices into them) with
    its canonical member's index, by quote id, in the order of the groups' first quotes.
    In memory meanwhile: each distinct normalised text once, its words' hashes, and a
    number per quote."""
    items = HeldQuotes()
    distinct = _DistinctTexts()
    numbers = array("i")  # each quote's distinct text
    follows: list[bool] = []  # each quote: a part split off from the quote before it
    # reprints repeat texts: each folded once (its words are hashed at first sight only,
    # so none are held: a list of words per text was the merge's largest transient)
    keys: dict[str, str] = {}
    last_doc = None
    for partial in partials:
        if not partial.mentions:
            continue
        follows.append(partial.follows and partial.doc == last_doc)
        last_doc = partial.doc
        text = items.add(partial)
        speaker = entity_remap.get(partial.speaker, partial.speaker) if partial.speaker else None
        normal = keys.get(text)
        if normal is None:
            words = quote_words(text)
            normal = keys[text] = " ".join(words)
            numbers.append(distinct.add(normal, speaker, words))
        else:  # its normal is numbered already: no words needed
            numbers.append(distinct.add(normal, speaker))
    del keys
    normals = distinct.normals
    named: dict[str, tuple[list[int], int]] = {}  # id -> the group and its canonical index
    groups = join_split_parts(
        distinct.groups(numbers), follows, lambda index: normals[numbers[index]]
    )
    for group in groups:
        if len(group) == 1:  # most quotes of a large batch are printed once
            named[quote_id(normals[numbers[group[0]]])] = (group, 0)
            continue
        texts = [normals[numbers[index]] for index in group]
        best = _canonical([items[index] for index in group], texts)
        named[quote_id(texts[best])] = (group, best)
    return items, named


def _record_fields(
    members: Sequence[Held], best: int, entity_remap: dict[str, str]
) -> tuple[str | None, str, list[Run]]:
    """A group's speaker, attribution, and mentions (distinct, in document order)."""
    canonical = members[best]
    if len(members) == 1 and len(canonical.runs) == 1:  # a quote printed once, in one run
        speaker = canonical.speaker
        return (
            entity_remap.get(speaker, speaker) if speaker else None,
            canonical.attribution,
            [canonical.runs[0]],
        )
    speaker, attribution = _speaker(members, canonical, entity_remap)
    runs = {(m.doc, m.start, m.end): m for member in members for m in member.runs}
    return speaker, attribution, sorted(runs.values(), key=lambda m: (m.doc, m.start, m.end))


def _record(
    ident: str,
    members: Sequence[Held],
    best: int,
    entity_remap: dict[str, str],
    lean: bool = False,
) -> QuoteRecord:
    """The record of one group of copies (``best`` indexes its canonical member)."""
    speaker, attribution, runs = _record_fields(members, best, entity_remap)
    text = members[best].text
    if lean:
        return lean_quote_record(ident, speaker, text, attribution, runs)
    mentions = [
        _VALIDATE_MENTION({"doc": m.doc, "start": m.start, "end": m.end, "text": m.text})
        for m in runs
    ]
    return _VALIDATE_QUOTE(  # type: ignore[no-any-return]
        {
            "id": ident,
            "speaker": speaker,
            "text": text,
            "attribution": attribution,
            "mentions": mentions,
        }
    )


_VALIDATE_MENTION = Mention.__pydantic_validator__.validate_python
_VALIDATE_QUOTE = QuoteRecord.__pydantic_validator__.validate_python
"""The models' validators, called with a dict: the same records as the models' calls
with keywords, without the keyword call."""


def merged_quotes(
    partials: Iterable[QuotePartial], entity_remap: dict[str, str], lean: bool = False
) -> Iterator[QuoteRecord]:
    """:func:`merge_quotes` with the records made one at a time, in id order, as the
    iterator is read: the groups are found and named first, each record is built
    when its turn comes, so a caller that packs or writes them never holds them all.
    With ``lean``, records whose mentions stay tuples until their line is made
    (:mod:`~pressfacts.knowledge.quote_record`), for a caller that packs them."""
    with collector_paused():  # the held quotes and the index are kept to the groups' end
        items, named = _named_groups(partials, entity_remap)
        ordered = sorted(named.items(), reverse=True)
        del named
    while ordered:
        ident, (group, best) = ordered.pop()  # each group freed once its record is made
        yield _record(ident, [items[index] for index in group], best, entity_remap, lean)
