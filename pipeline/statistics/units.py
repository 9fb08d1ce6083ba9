"""The unit of a count: the thing counted, as a plural noun, never a verb form.

Percentages, money, multipliers and weights carry their unit from their shape
(:mod:`pressfacts.statistics.figures`); a plain count takes the first rule of
:data:`UNIT_RULES` that gives a noun: the noun after it ("1,747 people"), the unit of
the count it is compared with or changes ("418 offences, down from 475"), the sentence's
subject ("Reports rose from 120 to 410"), the total a partitive names ("Of the arrests,
12 were …"), the noun a copula joins to it ("29 were children"), "the number of X", the
figure it points back to ("of these"), or the count before it whose noun it leaves
unsaid ("14 knives in May and 26 in June"). A word that is a verb form ("arrested",
"told"), a question word ("when") or an adverb is never a unit: the count is then none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pressfacts.findings import StatisticFinding
from pressfacts.lexicon.number_words import TENS
from pressfacts.lexicon.number_words import UNITS as NUMBER_WORDS
from pressfacts.statistics.collective_subjects import collective_subject
from pressfacts.statistics.compound_units import DRIVE_MODIFIER, compound_unit
from pressfacts.statistics.gloss_units import of_whom_noun, ranked_with_noun
from pressfacts.statistics.passive_objects import noun_before_passive
from pressfacts.statistics.predicate_nouns import predicate_noun
from pressfacts.statistics.rate_units import RATE_BASE, rate_phrase, subject_rate
from pressfacts.statistics.subject_nouns import subject_when_passive, with_clause_level
from pressfacts.statistics.unit_words import (
    ADJECTIVES_JOINED_TO_PARTICIPLE,
    AGE_GROUP,
    BARE_PARTICIPLE,
    COORDINATED_BEFORE_NOUN,
    IRREGULAR_PAST,
    NOT_A_UNIT,
    PARTICIPLE_OBJECT,
    PLURAL_NEXT,
    PRONOUNS_SKIPPED,
    SINGULAR_IN_S,
    capitalised_role_at_stop,
    compound_head_ahead,
    found_participle_rest,
    joined_compound_after,
    participle_before_subject_plural,
    participle_fits,
    skipped_before_noun,
)

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_NEXT_WORD = re.compile(r" (?P<word>[a-z][a-z’'-]*)\b")
"""The next lower-case word, one space on: "parking| fines"."""
_COORDINATED = re.compile(
    r" (?:and|or) (?:[a-z][a-z-]* ){1,2}?(?P<noun>[a-z][a-z’'-]*s|staff|personnel|people)\b"
)
"""Two modifiers joined before one plural noun: "drink| and drug drivers", "sexual| and
violent offences"; the second of two words, before a collective noun too (rule
``joined_two_word_modifier``: "bank| and post office staff", "shop| and market stall
holders")."""
_QUOTED_NAME = re.compile(r"\s*[“\"‘'][^”\"’']{1,80}[”\"’']")
"""A quoted name of what is counted: 3,234 “communicating indecently with a child”
offences counts offences."""
TIME_OWNER = re.compile(
    r"\s*of\s+(?:(?:last|this|the|that|each)\s+)?(?:year|month|week|fortnight|quarter|weekend|"
    r"summer|winter|spring|autumn|season|term|night|match|campaign|operation|period|force|"
    r"division|service|charity|scheme|team|unit|company|firm|insurer|council|union|club|"
    r"nightclub|venue|pub|bar|panel|committee|board|report|review|inquiry|inspection|audit|"
    r"survey)['’]s(?=\s+[a-z])",
    re.I,
)
"""A part of a total owned by a time, by the body that counts it or by a report: "824 of last
year's disclosures", "40 of this month's arrests", "12 of the campaign's seizures", "six of
the night's calls", "40 of the charity's referrals", "two of the club's door staff", "nine of
the panel's recommendations", "40 of the survey's respondents" count the noun after the
possessive (read as "of the …"); not "two of the city's parks" (a place owns them)."""
OWNED_COUNTED_WHOLE = re.compile(r"\s*of\s+(?:the\s+)?[a-z-]+['’]s\s+[\d,]+(?=\s+[a-z])")
"""Rule ``owned_counted_whole``: a part of an owner's whole stated with its own count, "31 of
the county's 280 care homes", "15 of the force's 60 stations": the noun after that count;
not "two of the city's parks" (no count: a place owns them)."""
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,6}s")
"""The plural of an acronym: "PCs", "PCSOs", "ASBOs"."""
_NUMBER_WORDS = frozenset({"one", *NUMBER_WORDS, *TENS})
"""Number words, which count nothing: "compared with 48 five years ago"."""
_GLOSS = re.compile(
    r"\s*\(\s*(?:about|around|exactly|actually)?\s*[\d,.]+\s*\)|\s*\)(?=\s+[a-z])|"
    r"\s+(?:999|101|111|\d{1,3}-year-old)(?=\s+[a-z])"
)
"""A figure's bracketed gloss, or the bracket closing one: "Around 1,200 (1,187) homes" and the
1,187 both count homes (:mod:`~pressfacts.statistics.restatements` makes them one); a service
number or an age naming the noun: "12,500 999 calls" counts calls, "Two 15-year-old boys" boys."""
_SEASONS = frozenset({"spring", "summer", "autumn", "winter"})
_TIMES_AFTER_SKIPPED = _SEASONS | frozenset(
    {"quarter", "financial", "fiscal", "academic", "season", "week", "weekend", "fortnight"}
)
"""Words that, after a skipped word of time, make the phrase a time, not the thing counted:
"410 the previous summer", "from 219 the previous financial year", "19 the previous
quarter", "380 the previous season" (the count's noun is the one pointed back to); after
"the" too when "before" or "earlier" follows (rule ``time_span_not_unit``: "1,060 the
season before", "70 the week before")."""
_TIME_SKIPPED = frozenset({"previous", "preceding", "following", "same", "past"})
"""Skipped words that make a season after them a time ("the previous summer")."""
_SPAN_BEFORE = re.compile(r"\s+(?:before|earlier|prior)\b", re.I)
_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})
"""Words that, right after "of them" or "of which", open a phrase of its own ("eleven of
them the morning after drinking"): what follows is not the thing counted."""
_IRREGULAR_PLURALS = {"person": "people", "child": "children", "man": "men", "woman": "women"}
_UNCHANGED = ("people", "children", "men", "women", "staff", "police", "aircraft", "sheep", "deer",
              "cattle", "livestock", "poultry", "fish", "salmon", "trout", "grouse")  # fmt: skip
_NOUN_ENDING_ED = {"bed", "shed", "sled", "seed", "need", "deed", "feed", "speed", "red", "creed"}


def is_verb_form(word: str) -> bool:
    """A past form or adverb, never a counted noun ("arrested", "resulted", "quickly");
    "beds" and "needs" stay nouns."""
    return (word.endswith("ed") and word not in _NOUN_ENDING_ED) or (
        word.endswith("ly") and len(word) > 4
    )


def plural(word: str) -> str:
    """The plural of a counted noun ("child" -> "children", "offence" -> "offences")."""
    word = word.lower()
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word.endswith("s") or word in _UNCHANGED:
        return word
    if word.endswith("y") and not word.endswith(("ay", "ey", "oy")):
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("ch", "sh", "x")) else "s")


def noun_after(after: str) -> str | None:
    """The plural noun counted: the first common noun after the number, past adjectives,
    a capitalised or quoted name of the thing ("7,062 Sexual Communication with a Child
    offences" and 3,234 “communicating indecently with a child” offences count
    offences); an age group as written (rule ``age_group_noun``: "47 under-18s"); None at
    a verb form or function word, or a participle that is the count's verb (rule
    ``participle_count``: "with 31 completing a course")."""
    if unit := compound_unit(after):
        return unit
    if age_group := AGE_GROUP.match(after):  # rule age_group_noun: "47 under-18s"
        if not PLURAL_NEXT.match(after, age_group.end()):
            return age_group.group("group").lower()
        after = after[age_group.end() :]  # "40 under-11s teams": the noun after it
    gloss = _GLOSS.match(after) or DRIVE_MODIFIER.match(after)
    if gloss:
        after = after[gloss.end() :]
    quoted = _QUOTED_NAME.match(after)
    if quoted:
        after = after[quoted.end() :]
    owner = TIME_OWNER.match(after) or OWNED_COUNTED_WHOLE.match(after)
    if owner:
        after = " of the" + after[owner.end() :]
    in_name = adverb = False
    last_capital, previous, gap_start = "", "", 0
    joined = 0  # skipped words joined by "and"/"or": each lets the noun come one word later
    for index, match in enumerate(_WORD.finditer(after[:100])):
        word, written = match.group(0).lower(), match.group(0)
        if index == 0 and after[: match.start()].strip():
            return None  # punctuation between the number and the next word
        if previous in PRONOUNS_SKIPPED and after[gap_start : match.start()].strip():
            return None  # "six of them, the council said": the pronoun was the noun
        gap_start = match.end()
        if _ACRONYM_PLURAL.fullmatch(written) and (index == 0 or skipped_before_noun(previous)):
            return word  # "12 PCs", "40 PCSOs", "300 unlicensed HMOs": an acronym's plural
        if written[0].isupper() and word != "people" and index < 8:
            if capitalised_role_at_stop(written, after[match.end() :]):
                return word  # "40 TravelSafe Enforcement Officers, and …", "12 Wardens."
            in_name, last_capital = True, written
            continue
        if in_name and last_capital and word in CAPITALISED_ROLE_ENDS and _is_plural(last_capital):
            return last_capital.lower()  # "40 Police Community Support Officers across Powys"
        if in_name and word in ("with", "a", "an", "of", "the", "and", "for", "to", "in"):
            last_capital = ""
            continue
        if (
            index == 0
            and BARE_PARTICIPLE.fullmatch(word)
            and PARTICIPLE_OBJECT.match(after, match.end())
        ):
            return None  # rule participle_count: "with 31 completing a course"
        if previous in PRONOUNS_SKIPPED and word in _DETERMINERS:
            return None  # "11 of them the morning after": a phrase of its own, not the noun
        if (
            skipped_before_noun(word)
            and index < 3 + joined
            and participle_fits(word, after[match.end() :])
        ):
            previous = word
            continue
        joins = skipped_before_noun(previous) and (
            is_verb_form(previous) or _adjective_and_participle(previous, after[match.end() :])
        )
        if word in COORDINATED_BEFORE_NOUN and joins and not joined:
            # the participle after the join modifies the plural after it, as after an
            # adverb ("new and renewed permits")
            adverb = adverb or not is_verb_form(previous)
            joined, previous = 1, word
            continue
        if word in _TIMES_AFTER_SKIPPED and (
            previous in _TIME_SKIPPED
            or (previous == "the" and _SPAN_BEFORE.match(after, match.end()))
        ):
            return None  # "410 the previous summer", "70 the week before": a time
        if (
            index < 3 + joined
            and is_verb_form(word)
            and _modifies(word, after[match.end() :], adverb)
        ):
            adverb = word.endswith("ly")
            continue  # "1,380 fixed penalty notices", "210 illegally used e-scooters"
        if word in NOT_A_UNIT or word in _NUMBER_WORDS or is_verb_form(word):
            return None  # "48 five years ago": a number word counts nothing
        if word in IRREGULAR_PAST and not _PLURAL_AFTER.match(after[match.end() :]):
            if index < 3 and _modifies(word, after[match.end() :], adverb):
                continue  # "stolen motor vehicle parts": before a compound noun
            return None  # "130 thought the plan had worked": the count's verb
        if not written.islower() and word != "people":
            return None
        if word.endswith(("'s", "’s")):
            return None  # a possessive owns the noun after it: "two of the city's parks"
        return plural(_head(word, after[match.end() : match.end() + 60]))
    return None


def _adjective_and_participle(previous: str, rest: str) -> bool:
    """Whether the adjective ``previous``, then "and"/"or", joins a participle before a
    noun (``rest`` follows the joining word): "new and| renewed firearm certificates"."""
    if previous not in ADJECTIVES_JOINED_TO_PARTICIPLE:
        return False
    following = _NEXT_WORD.match(rest)
    if following is None or not is_verb_form(following.group("word")):
        return False
    return _modifies(following.group("word"), rest[following.end() :], False) or bool(
        _PLURAL_AFTER.match(rest[following.end() :])
    )


_COMPOUND_AFTER = re.compile(
    r"\s+(?P<modifier>[a-z]+)(?:\s+(?P<second>[a-z]+))?\s+(?P<noun>[a-z]+s)\b"
)
"""A compound noun of one or two modifiers and a plural after a participle: "fixed| penalty
notices", "forced| marriage protection orders"."""
_PLURAL_AFTER = re.compile(
    r"\s+(?:[a-z-]+s|" + "|".join(sorted(_IRREGULAR_PLURALS.values())) + r")\b"
)
"""A plural right after an irregular past form, which the form then describes ("12 lost
dogs"), irregular plurals included (rule ``irregular_plural_after``: "23 lost children",
"four stolen men's bikes" is the regular case)."""
PARTICIPLE_BEFORE_NAME = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+[^s\W]s\b")
"""A capitalised plural name right after a participle, which the participle modifies
(rule ``participle_before_name``): "four stolen| Range Rovers", "12 seized| Land Rovers";
the name is then counted as :data:`CAPITALISED_ROLE_ENDS` says."""


def _modifies(word: str, rest: str, after_adverb: bool) -> bool:
    """Whether the verb form ``word`` after a count modifies the noun after it rather than
    being the count's verb: an adverb before a participle ("illegally used"), a
    participle after one before a plural ("illegally used e-scooters"), a hyphened one
    before a plural ("drug-related arrests": never the count's own verb), or a participle
    before a compound noun of one or two modifiers ("fixed penalty notices", "forced
    marriage protection orders"; two joined: ``participle_before_joined_compound``); not
    "300 attended workshops" (the count's own verb and its object) nor "40 arrested in Leeds"."""
    if word.endswith("ly"):
        return True
    if PARTICIPLE_BEFORE_NAME.match(rest):
        return True  # "four stolen Range Rovers inside a container"
    if (after_adverb or "-" in word) and _PLURAL_AFTER.match(rest):
        return True
    if participle_before_subject_plural(word, rest):
        return True  # "14 fixed penalties were issued"
    compound = _COMPOUND_AFTER.match(rest)
    if compound is None:  # "stolen manhole and drain covers"
        return joined_compound_after(word, rest)
    return all(
        not part.endswith("s") and part not in NOT_A_UNIT
        for part in (compound.group("modifier"), compound.group("second") or "")
        if part
    )


CAPITALISED_ROLE_ENDS = frozenset(
    {"in", "across", "at", "from", "on", "who", "were", "are", "have", "had", "will", "during"}
    | {"over", "since", "last", "this", "between", "within", "by", "each", "every"}
    | {"inside", "outside", "near", "behind", "worth"}
)
"""Words after a capitalised name of the thing counted that end it: when its last word
is a plural ("12 Special Constables in Newport", "four more Independent Sexual Violence
Advisers across Essex", "three Child Safeguarding Practice Reviews during the year"),
that plural is the unit; before a lower-case noun the name only
describes it ("7,062 Sexual Communication with a Child offences")."""


def _is_plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "’s", "'s"))


PLURAL_MODIFIERS = frozenset(
    {"drugs", "weapons", "firearms", "arms", "lines", "goods", "explosives", "narcotics",
     "customs", "roads", "communications", "sports", "savings", "sales", "trafficking"}
)  # fmt: skip
"""Plural nouns that also modify a noun after them: "12 drugs warrants", "40 firearms
offences", "31 county lines arrests", "38 weapons sweeps" count warrants, offences,
arrests, sweeps; alone ("seized 12 drugs", "closed 14 county lines") they are counted."""


def _is_counted_plural(word: str) -> bool:
    """A plural noun that a count may count (not a verb form nor a function word)."""
    return _is_plural(word) and word not in NOT_A_UNIT and not is_verb_form(word)


def _head(word: str, rest: str) -> str:
    """The head of a compound noun: "parking fines" counts fines, "drink and drug drivers"
    drivers, "domestic abuse-related crimes" crimes (a hyphened participle before a
    plural); a plural ends it ("men stop searched"), unless one of :data:`PLURAL_MODIFIERS`
    or hyphened before another plural ("drugs warrants", "plain-clothes officers"); past an
    adjective, the plural head further on (rule ``compound_ahead``)."""
    for _ in range(3):
        following = _NEXT_WORD.match(rest)
        modifier = word in PLURAL_MODIFIERS or "-" in word  # "plain-clothes officers"
        if modifier and following and _is_counted_plural(following.group(1)):
            word, rest = following.group(1), rest[following.end() :]  # "drugs warrants"
            continue
        plural_word = word.endswith("s") and not word.endswith("ss") and word not in SINGULAR_IN_S
        if plural_word or word in _IRREGULAR_PLURALS.values():
            break  # a plural ends the noun: "men stop searched" counts men
        coordinated = _COORDINATED.match(rest)
        if coordinated:  # "drink and drug drivers" counts drivers
            word, rest = coordinated.group("noun"), rest[coordinated.end() :]
            continue
        following = _NEXT_WORD.match(rest)
        if not following:
            break
        noun = following.group(1)
        counted = _NEXT_WORD.match(rest, following.end())
        if "-" in noun and is_verb_form(noun) and counted and _is_counted_plural(counted[1]):
            word, rest = counted.group(1), rest[counted.end() :]  # "knife crime-related deaths"
            continue
        if noun in NOT_A_UNIT or skipped_before_noun(noun) or is_verb_form(noun):
            ahead = None if noun in NOT_A_UNIT else compound_head_ahead(rest)
            return ahead if ahead and _is_counted_plural(ahead) else word
        word, rest = noun, rest[following.end() :]
    return word


@dataclass(slots=True)  # not frozen: one per figure, and a frozen __init__ costs 3x
class UnitContext:
    """What the unit rules of one count look at. The fields only late rules read (the
    elided noun and the subjects a sentence's shape gives) are functions, called when
    a rule reaches them: most counts take their unit from the noun after them, and are
    spared those patterns."""

    after: str
    """The sentence after the number."""
    compared: bool
    """The number is a comparison's other side or a change ("down from 475", "a rise of 40")."""
    counted_before: str | None
    """The unit of the last count before it in its sentence."""
    subject: Callable[[], str | None]
    """The plural noun the sentence opens on ("Reports rose …")."""
    partitive: str | None
    """The total a partitive opening names ("Of the arrests, …")."""
    number_of: str | None
    """X of "the number of X" in the sentence."""
    anaphoric_unit: str | None
    """The unit of the figure it points back to, when it does ("of these")."""
    elided: Callable[[], bool] = lambda: False
    """Whether the words around it leave the noun of the count before it unsaid ("14
    knives in May and 26 in June"): :mod:`pressfacts.statistics.elided_counts`."""
    elided_subject: Callable[[], str | None] = lambda: None
    """The unit of the count in the sentence before, when this count opens its sentence as
    a passive's subject ("More than 400 were handed in"):
    :mod:`pressfacts.statistics.elided_subjects`."""
    level_subject: Callable[[], str | None] = lambda: None
    """The plural subject a level verb joins to it ("Calls reached 312"):
    :mod:`pressfacts.statistics.level_subjects`."""
    glossed: Callable[[], str | None] = lambda: None
    """The noun of a share a count glosses in brackets or between dashes ("two thirds of
    the reports - 152 - came from …"): :func:`~.gloss_units.glossed_noun`."""
    before: str = ""
    """The sentence before the number (rules ``ranked-with`` and ``of-whom-noun``)."""
    list_lead: Callable[[], str | None] = lambda: None
    """The noun of a breakdown's lead line, for a list line of a place and its count
    ("Arrests by area:" then "- Shropshire: 67"): :mod:`pressfacts.statistics.list_units`."""


OF_THESE = re.compile(r"\s*of\s+(?:these|those|them|whom|which)\b")
"""A count that is a part of one before it: "12 of these", "15 of them", "4 of whom"."""


def pointed_back_unit(after: str, counted_before: str | None, previous: str | None) -> str | None:
    """The unit of a count that points back: the count before it in its sentence when it
    is a part of it ("23 people, 15 of them …", "40 knives, 12 of which …"), else that of
    the figure pointed back to (``previous``), unless that is a share or a multiple."""
    if counted_before and OF_THESE.match(after):
        return counted_before
    if previous and previous not in ("percent", "times"):
        return previous
    return None


@dataclass(frozen=True)
class UnitRule:
    """A named way to find a count's unit; ``find`` gives None when it does not apply."""

    name: str
    find: Callable[[UnitContext], str | None]


def _usable(noun: str | None) -> str | None:
    return noun if noun and noun not in NOT_A_UNIT and not is_verb_form(noun) else None


def _plural_of(noun: str | None) -> str | None:
    return plural(noun) if noun else None


SHARED_NOUN_AFTER = re.compile(
    rf"\s+(?:and|or)\s+(?:\d[\d,]*(?:\.\d+)?|(?:{'|'.join((*NUMBER_WORDS, *TENS))}))(?=\s)",
    re.I,
)
"""Rule ``shared-noun-after``: a second count right after "and" or "or", whose noun the
first shares ("38 and 27 crashes respectively", "12 or 13 men")."""


def _shared_noun_after(after: str) -> str | None:
    shared = SHARED_NOUN_AFTER.match(after)
    return noun_after(after[shared.end() :]) if shared else None


def _after_found_participle(before: str, after: str) -> str | None:
    rest = found_participle_rest(before, after)
    return _usable(noun_after(rest)) if rest else None


UNIT_RULES: tuple[UnitRule, ...] = (
    UnitRule("noun-after", lambda c: noun_after(c.after)),
    UnitRule("participle-after-find-verb", lambda c: _after_found_participle(c.before, c.after)),
    UnitRule("shared-noun-after", lambda c: _shared_noun_after(c.after)),
    # "two thirds of the reports - 152 - came from …": the share's noun; "the most
    # burglaries (612), followed by Bradford (401)": the ranking's
    UnitRule("share-gloss", lambda c: c.glossed()),
    # "2,140 hate crimes, a rate of 3.3 per 1,000 people": the count the rate is of
    UnitRule("rate-of-count", lambda c: c.counted_before if RATE_BASE.match(c.after) else None),
    # "The rate was 41.2 per 10,000 children": no count before it, the base is the unit
    UnitRule("rate-base", lambda c: rate_phrase(c.after)),
    # "Referrals now arrive at a rate of about 200 a month": the subject, when no count is before
    UnitRule(
        "subject-rate",
        lambda c: None if c.counted_before else _usable(subject_rate(c.before, c.after)),
    ),
    UnitRule("compared-count", lambda c: c.counted_before if c.compared else None),
    # not past a "with" clause's own subject ("Thefts fell, with burglaries falling by 12%
    # to 310", "…, with burglaries dropping from 88": burglaries, the subject-level rule's)
    UnitRule(
        "subject-noun",
        lambda c: _usable(c.subject()) if c.compared and not with_clause_level(c.before) else None,
    ),
    UnitRule(
        "subject-when-passive",
        lambda c: _usable(subject_when_passive(c.before, c.after, c.subject)),
    ),
    UnitRule("subject-level", lambda c: _usable(c.level_subject())),
    # "the prison population has grown by nearly 9,000 to 86,400": people
    UnitRule("collective-subject", lambda c: collective_subject(c.before)),
    # what a part is ("Of the 48 drivers stopped, 11 were women") before what it is of
    UnitRule("predicate-noun", lambda c: _usable(predicate_noun(c.after))),
    UnitRule("partitive", lambda c: _usable(c.partitive)),
    UnitRule("number-of", lambda c: _plural_of(_usable(c.number_of))),
    # "checks on scrap metal dealers, eleven of whom …": the noun it is a part of, when
    # no count before it in its sentence is
    UnitRule(
        "of-whom-noun",
        lambda c: None if c.counted_before else _usable(of_whom_noun(c.before, c.after)),
    ),
    UnitRule("anaphora", lambda c: c.anaphoric_unit),
    UnitRule("elided-count", lambda c: c.counted_before if c.elided() else None),
    UnitRule("elided-subject", lambda c: c.elided_subject()),
    # "the largest share of thefts, with the Metropolitan Police recording 17,806"
    UnitRule("ranked-with", lambda c: _usable(ranked_with_noun(c.before, c.after))),
    UnitRule("list-lead", lambda c: c.list_lead()),
    # "… register their bikes after 1,240 were reported stolen": the noun named before
    UnitRule("noun-before-passive", lambda c: noun_before_passive(c.before, c.after)),
)
"""The unit rules of a count, in the order they are tried."""


def count_unit(context: UnitContext) -> tuple[str | None, str | None]:
    """(unit, rule name) of a count: the first rule of :data:`UNIT_RULES` that gives one."""
    for rule in UNIT_RULES:
        unit = rule.find(context)
        if unit:
            return unit, rule.name
    return None, None


def last_counted(found: Sequence[StatisticFinding]) -> str:
    """The unit of the last count (not a share or multiple) of ``found``, a sentence's
    figures read so far ("41 deaths, nine more than …": deaths)."""
    return next((f.unit for f in reversed(found) if f.unit not in ("percent", "times")), "")
