"""The person rules of :mod:`pressfacts.entities.people`: the named table and the
regular expressions each rule and its helpers use, compiled once per pipeline.

Every pattern is bounded (a phrase is at most 120 characters, a name at most four
words on one line) and commented with an example it must find.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from pressfacts.entities.alternation import trie_alternation
from pressfacts.entities.body_phrases import BODY_GLOSS, BODY_HEADS, BODY_TAIL
from pressfacts.entities.credit_lines import CREDIT as _CREDIT
from pressfacts.entities.credit_lines import FILLER as _FILLER
from pressfacts.entities.lead_in_heads import LEAD_IN_HEADS, PLACE_COMMAND_HEADS, UNIT_HEAD_LEAD
from pressfacts.entities.name_led import name_led_filter as _name_led_filter
from pressfacts.entities.name_words import NAME as _NAME
from pressfacts.entities.name_words import NAME_PAIR as _NAME_PAIR
from pressfacts.entities.name_words import NAME_START as _NAME_START
from pressfacts.entities.name_words import NAME_TOKEN as _NAME_TOKEN
from pressfacts.entities.name_words import POST_NOMINALS as _POST_NOMINALS
from pressfacts.entities.person_descriptions import (
    DESCRIBED,
    DESCRIBED_APPOSITIVE,
    DESCRIBED_CALLED,
    DESCRIBED_GATE,
    DESCRIBED_THEN_SAYS,
    GIVEN_WHO_THEN_SPEAKS,
    GLOSS,
    KIN_BEFORE_NAME,
    KIN_VERB,
    NAMED_ONLY_AS,
    NAMED_ONLY_AS_GATE,
    THEN_DESCRIBED,
    WHO_THEN_SPEAKS,
)
from pressfacts.entities.person_events import AGE_ADDRESS as _AGE_ADDRESS
from pressfacts.entities.person_events import AGE_APPOSITIVE as _AGE_APPOSITIVE
from pressfacts.entities.person_events import AGE_NOUN as _AGE_NOUN
from pressfacts.entities.person_events import AGENT_BEFORE as _AGENT_BEFORE
from pressfacts.entities.person_events import COMMA_AGE as _COMMA_AGE
from pressfacts.entities.person_events import EVENT as _EVENT
from pressfacts.entities.portfolio_runs import APPOSITIVE_LIST_PART as _LIST_PART
from pressfacts.entities.portfolio_runs import CLOSING_LIST_PART as _CLOSING_LIST
from pressfacts.entities.portfolio_runs import IN_PLACE_RUN as _IN_PLACE_RUN
from pressfacts.entities.portfolio_runs import LOWER_PORTFOLIO as _LOWER_PORTFOLIO
from pressfacts.entities.portfolio_runs import OWNER_TITLE as _OWNER_TITLE
from pressfacts.entities.portfolio_runs import PLACE_RUN as _PLACE_RUN
from pressfacts.entities.portfolio_runs import place_before_name as _place_before_name
from pressfacts.entities.predicate_verbs import (
    ACTIVITY,
    APPOSITIVE_PREDICATE,
    CLAUSE_OPENERS,
    NOT_SAYING_NOUN,
    PREDICATE_ADVERB,
    WORK_PREDICATE,
)
from pressfacts.entities.title_words import (
    APPOSITIVE_BODY,
    CAPITALISED_WORDS,
    COMMAND_TIERS,
    POSSESSIVE_TITLE_HEADS,
    STAND_IN_PREFIX,
)
from pressfacts.entities.title_words import NAME_BRACKET as _PICTURED
from pressfacts.entities.title_words import POSSESSIVE_PLACE_TITLE as PLACE_TITLE

_NAME_END = r"(?![\w’])"
_SENTENCE_STOP = r"\.(?!(?<!\b[A-Z][a-z]\.)(?<!\b[A-Z]\.)[ \t]+[A-Z])"
"""A full stop inside a phrase: not one ending a sentence (a stop, then a capital: "for
Dunmore. He said"), unless the stop is a short abbreviation's ("St. Albans")."""
_PHRASE = rf"(?:[^,\n“”\".]|{_SENTENCE_STOP}){{2,120}}?"
"""A phrase between commas: no comma, line break, quote mark or sentence end inside it
(a full stop, then a capital: "commander for Dunmore. He said"; not the stop of a short
abbreviation, "St. Albans"; "!" may end a name, "Stop it Now! Helpline")."""
_CLAUSE = rf"(?:[^,\n“”\".]|{_SENTENCE_STOP}|(?<=\d),(?=\d{{3}})){{2,160}}?"
"""A relative clause between commas, as :data:`_PHRASE`, whose figures may hold a
thousands comma ("which supports around 3,000 victims a year")."""
_LISTED_OFFICE = r"(?:fire|crime)\s+and\s"  # "police, fire and …", "police, crime and …"
_PORTFOLIO = rf"{_PHRASE}(?:,\s+(?:[A-Z]|(?={_LISTED_OFFICE})|{_LIST_PART}){_PHRASE})*"
"""An appositive that may list capitalised parts ("Lead for Crime, Justice and Safety"),
or a commissioner's remits in lower case (:data:`_LISTED_OFFICE`: "the police, fire and
crime commissioner for Essex"), or a lower-case list closed by "and" (:data:`_LIST_PART`)."""
_ABBREVIATION_STOP = (
    r"(?:(?:(?<=\b[A-Z][a-z])|(?<=\b[A-Z][a-z]{2})|(?<=\b[A-Z][a-z]{3})|"
    r"(?<=\b[A-Z][a-z]{4}))\.)"
)
"""The stop of an abbreviated rank ("Insp. Jo Bell", "Det. Supt. Jo Bell"): after a
capitalised word of at most five letters; not a sentence's stop after a title word
("grateful to the commissioner. Demand on our helpline …": no name)."""
_PREFIX = rf"(?P<prefix>{STAND_IN_PREFIX})?"
# "Superintendent and knife crime lead Jo Bell": a rank, "and", then a lower-case
# portfolio ending in a role word, right before the name
_JOINED_PORTFOLIO = (
    r"(?:[ \t]+and[ \t]+(?P<joined>(?:[a-z][\w-]*[ \t]+){0,3}"
    r"(?:lead|officer|manager|co-?ordinator|advis[eo]r|director|head|chair|specialist)))?"
)


# the words after a name that some rules need, each also a text those rules' matches hold
_COLON_QUOTE = r":[ \t]*[“\"‘']"
ADDRESSEE_BEFORE = re.compile(
    r"\b(?:told|to|tells|telling)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w’'-]*[ \t]+){0,3}$"
)
"""Words before a name that make it whom a speaker addressed, not a speaker: "told the
Bucks Free Press: “…”", "said to Radio Kent: “…”"."""
_SEAT = r"(?:MP|MSP|MS|AM|MLA)\b"
_COMMA_WHO = r",[ \t]+who(?:se)?\b"
_DASH = r"[ \t]+[–—-]"  # a spaced dash setting off an appositive: "Jo Bell – head of X – said"


@dataclass(frozen=True)
class PersonRule:
    """A context that introduces a person; ``example`` is a sentence it must find.

    ``given_name``: the name's first word must be a known given name (the context alone
    is weak); ``single``: a given name alone is a name here ("Kayla, 15, said").
    """

    name: str
    example: str
    given_name: bool = True
    single: bool = False


_OF_PLACE = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?P<place>.+)", re.S)


def place_vouched(
    rule: PersonRule, match: re.Match[str], is_place: Callable[[str], bool]
) -> PersonRule:
    """Rule ``title_place_then_name`` with no known given name asked for when the words
    between the title and the name are one known place ("Mayor of Newham Rokhsana Fiaz
    said", "Police and Crime Commissioner for Gwent Ifeoma Obi said"): the place ends
    where the name begins, so the name is the title's; not "Commissioner for South East
    Wales said" (no known place before the last two words), where only a known given
    name tells a name from the place's last words."""
    if rule.name != "title_place_then_name" or not rule.given_name:
        return rule
    portfolio = _OF_PLACE.match(match.group("portfolio") or "")
    if portfolio is None or not is_place(portfolio.group("place")):
        return rule
    return replace(rule, given_name=False)


NAME_RANKS = ("Councillor", "Cllr", "Cllr.")  # after a title's comma: "The leader, Cllr Jo Bell,"
NAME_MAY_BE_CUT = frozenset({"rank_before_name", "title_phrase_then_name", "byline"})
"""Rules whose name may lose trailing words ("DI Jo Bell Chief" -> "Jo Bell")."""

CUE_AFTER = frozenset(
    {"name_then_verb", "name_age_address", "given_name_age", "name_colon_quote",
     "post_nominal", "name_who", "name_who_then_speaks", "name_event", "name_pictured"}
)  # fmt: skip
"""Rules whose cue follows the name: words before the name are not part of the cue."""

PERSON_RULES: tuple[PersonRule, ...] = (
    PersonRule("title_phrase_then_name", "Director of the Harbour Trust, Jo Bell, said", False),
    PersonRule("title_comma_name", "the Policing Minister, Amir Khan, has said"),
    PersonRule("title_place_then_name", "Police and Crime Commissioner for Dunmore Jo Bell said"),
    PersonRule("rank_before_name", "Detective Inspector Priya Nair said", False, single=True),
    PersonRule("attribution_line", "– Jo Bell, Chief Executive"),
    PersonRule("byline", "By Tom Reed, Crime Reporter"),
    PersonRule("byline_line", "By Kerenza Hocking\n", False),  # a byline line of its own
    PersonRule("name_appositive_verb", "Jo Bell, head of policy at the NSPCC, said"),
    PersonRule("name_then_verb", "Sarah Quinn said"),
    PersonRule("verb_then_name", "said resident Sarah Quinn"),
    PersonRule("verb_then_described_given", "said Joan, a widow from Hull", single=True),
    PersonRule("given_described_then_says", "Joan, a widow from Hull, said:", single=True),
    PersonRule("given_who_then_speaks", "Mai, who was found in Leeds, spoke", single=True),
    PersonRule("verb_owner_title_name", "said the Harbour Trust's head of services Jo Bell"),
    PersonRule("name_age_address", "Daniel Moss, 45, of Bramford Road"),
    PersonRule("given_name_age", "Kayla, 15, said", single=True),
    PersonRule("name_age_then_home", "Kwame Mensah, 27, of Lewisham", False),
    PersonRule("name_age_shared_home", "Ana Popa, 31, and Ion Rusu, 29, both of Luton", False),
    PersonRule("described_given_name", "One survivor, Tomas, who was trafficked", single=True),
    PersonRule("kin_given_name", "whose nephew Jermaine was shot dead", single=True),
    PersonRule("named_only_as", "a survivor who asked to be named only as Leah", single=True),
    PersonRule("described_called_given", "a shop assistant called Megan told us", single=True),
    PersonRule("name_colon_quote", "Maya Singh: “We listen.”"),
    PersonRule("post_nominal", "Claire Dunn MP welcomed"),
    PersonRule("name_who", "Derek Hale, who organised the protest, spoke"),
    PersonRule("name_who_then_speaks", "Seyi Obi, who has led it since 2004, said", False),
    PersonRule("according_to", "according to Leah Fox"),
    PersonRule("agent_titled_appositive", "opened by Jo Bell, the Chief Constable, on Monday"),
    PersonRule("passive_agent", "The review was led by Sarah Jones"),
    PersonRule("age_before_name", "officers arrested 23-year-old Callum Reid"),
    PersonRule("name_event", "Daniel Moss was jailed for six years"),
    PersonRule("sought_person", "appealing for help to find missing pensioner Doreen Hollis"),
    PersonRule("name_pictured", "Leah Fox (pictured) thanked the volunteers"),
    PersonRule("rank_surname", "Sergeant Pardey said", False),
)
"""Every rule that finds a person, in the order they are tried."""


@dataclass(frozen=True)
class RulePatterns:
    """The compiled patterns: one per rule (by rule name) and the helpers' patterns."""

    rules: dict[str, re.Pattern[str]]
    closing_appositive: re.Pattern[str]
    """", head of X at Kent Police." closing a sentence after a name."""
    appositive: re.Pattern[str]
    """", chief executive of the NSPCC, said" after a name."""
    title_after: re.Pattern[str]
    """A title right after a name in a byline: "By Tom Reed Crime Reporter"."""
    lead_in: re.Pattern[str]
    """A portfolio right before a rank: "Head of Public Protection Detective …"; a title
    set off by a comma before it: "Cardiff District Commander, Superintendent …"."""
    role_by_reference: re.Pattern[str]
    """"The officer, who is drugs lead for the force, said": a role for the last person."""
    short_title: re.Pattern[str]
    """A title right before a family name ("DI " in "DI Ashcroft")."""
    lede_title: re.Pattern[str]
    """A sentence whose subject is a title with no name, ending where the next begins:
    "Cumbria's police and crime commissioner has said so." (then "Jo Bell said …")."""
    lede_subject: re.Pattern[str]
    """A sentence opening on a title with no name as its subject, up to the next: "Kent's
    Police and Crime Commissioner has pledged 150 more officers." (then "Marc Jones said")."""
    name_led: re.Pattern[str]
    """Where some rule of ``NAME_LED`` may match: every rule's words after the name as
    one alternation, behind one name, in a look-ahead (one scan finds every place)."""


def compile_patterns(
    title: str, verb_list: Sequence[str], honorifics: Sequence[str]
) -> RulePatterns:
    """The patterns for a title alternation, the verbs of saying and the honorifics."""
    verbs = trie_alternation(verb_list)
    says = rf"(?:has\s+)?(?:{verbs})\b"
    # "the Chief Executive of the NSPCC, Sir Jo Bell, said": an honorific before the name
    honorific = rf"(?:(?P<honorific>{trie_alternation(honorifics)})[ \t]+)?"
    ranked = rf"{honorific}(?:(?P<name_rank>{trie_alternation(NAME_RANKS)})[ \t]+)?"
    titled = rf"(?P<titles>{_PREFIX}{title})"  # a stand-in's too: "Acting Chief Constable"
    # a place right before a name ("for South Wales Jo Bell"), short, of no title words
    place_word = rf"(?!(?:{title}|{trie_alternation(honorifics)})\b)[A-Z][\w’'-]*"
    place_run = _place_before_name(place_word)  # "for Hampshire and the Isle of Wight"
    # the appositive may end on a gloss of its body (rule body_gloss: "…, the road safety
    # charity,") and a relative clause about the organisation or the person: "Jo Bell,
    # director of the Harbour Trust, which runs two refuges, said" or on an auxiliary ("…,
    # will open the hub", "…, also welcomed": an adverb may come first): a title in the
    # appositive vouches for the name as a verb would, as a second named subject joined
    # does; or be set off by spaced dashes; a photo marker may stand before it
    closes = rf"(?:[ \t]?,|{_DASH})"
    appositive_then_verb = (
        rf"{_POST_NOMINALS}{_AGE_APPOSITIVE}(?:[ \t]*{_PICTURED}[^)\n]{{0,40}}\))?"
        rf"{APPOSITIVE_BODY}(?:[ \t]?,\s*|{_DASH}[ \t]*)"
        rf"(?P<appos>{_PORTFOLIO})(?:{BODY_GLOSS})?(?:,\s+(?:which|who|whose)\s+{_CLAUSE})?"
        rf"(?:{closes}?\s*{PREDICATE_ADVERB}{NOT_SAYING_NOUN}{says}"
        rf"|{closes}\s*{APPOSITIVE_PREDICATE})"
    )
    patterns = {
        "title_phrase_then_name": (
            rf"{_NAME_START}{titled}(?P<portfolio>\s+(?:of|for|at)\s+{_PHRASE})?,"
            rf"\s+{ranked}{_NAME},?\s+(?:{verbs}|{ACTIVITY})\b"  # or a verb of work
        ),
        # "the Home Secretary, Amir Khan, set out": a title then a comma and a name; or
        # the name ending the sentence ("opened by the Home Secretary, Amir Khan.")
        "title_comma_name": (
            rf"{_NAME_START}{titled}"
            rf"(?P<portfolio>[ \t]+(?:(?:of|for)[ \t]+(?:{_PLACE_RUN}|{_LOWER_PORTFOLIO})"
            rf"|in[ \t]+{_IN_PLACE_RUN}))?,"
            rf"[ \t]+{ranked}{_NAME}{_NAME_END}"
            rf"(?={_POST_NOMINALS}{GLOSS}{BODY_TAIL}(?:,|\.(?:\s|$)|\s+(?:has|had|is|was|will|{verbs})\b))"
        ),
        # "Police and Crime Commissioner for Dunmore Jo Bell said", "Chief Constable of Dunmore
        # Police Amir Khan said", "Head of enforcement Jo Bell said": the title's place, body
        # or portfolio, a two-word name, no comma (the run cut where a name can start, not on
        # a body's head or compass word); then a verb of saying, an auxiliary, of work or
        # stance, ", who/whose" or "and" + a second subject (joined_subject: "… and his deputy")
        "title_place_then_name": (
            rf"{_NAME_START}(?P<titles>{title})(?P<portfolio>[ \t]+(?:of|for)[ \t]+"
            rf"(?:{place_run}|{_LOWER_PORTFOLIO}))[ \t]+(?!{BODY_HEADS}\b){_NAME_PAIR}{_NAME_END}"
            rf"(?={_POST_NOMINALS}"
            rf"(?:,?\s+(?:{says}|{WORK_PREDICATE})|,\s+(?:who|whose)\b|"
            r"\s+and\s+(?=[A-Z]|(?:his|her|their|the)\s)))"
        ),
        # a collar number may stand between rank and name: "PC 2345 Jo Bell", and the
        # rank's acronym: "Police Community Support Officer (PCSO) Jo Bell"; rank and
        # name on one line ("Crime Reporter\n\nResidents" is no name)
        "rank_before_name": (
            rf"{_NAME_START}(?P<titles>{_PREFIX}{title}{_ABBREVIATION_STOP}?"
            rf"(?:[ \t]+{title}{_ABBREVIATION_STOP}?)?)"
            rf"{_JOINED_PORTFOLIO}(?:[ \t]+\([A-Z]{{2,6}}\))?[ \t]+"
            rf"(?:\d{{2,5}}[ \t]+)?{_NAME}{_NAME_END}"
        ),
        # a press-release attribution line after a quote: "– Jane Smith, Chief Executive"
        "attribution_line": (
            rf"(?m)^[ \t]*[-–—][ \t]*{_NAME}{_POST_NOMINALS}"
            rf"(?:,[ \t]*(?P<appos>[^\n]{{3,120}}?))?[ \t.]*$"
        ),
        # "By Tom Reed, Crime Reporter", "Picture: Sam Lee": must not match "by police"
        "byline": rf"{_CREDIT}[ \t]+{_NAME}{_NAME_END}",
        "byline_line": rf"\A[ \t]*By[ \t]+(?!(?:{_FILLER})\b)(?P<name>{_NAME_TOKEN}"
        rf"(?:[ \t]+(?!(?:{_FILLER})\b){_NAME_TOKEN}){{1,2}})[ \t]*\n",
        "name_appositive_verb": rf"{_NAME_START}{_NAME}{appositive_then_verb}",
        # "Sarah Quinn said", "Tom Reed of Kirklees Council said" (the body after "of/from")
        "name_then_verb": rf"{_NAME_START}{_NAME}{_POST_NOMINALS}{BODY_TAIL},?\s+{says}",
        "verb_then_name": rf"\b(?:{verbs})\s+{DESCRIBED}{_NAME}{_NAME_END}",
        "verb_then_described_given": rf"\b(?:{verbs})[ \t]+{_NAME}{_NAME_END}{THEN_DESCRIBED}",
        "given_described_then_says": DESCRIBED_THEN_SAYS,  # "Joan, a widow from Hull, said:"
        "given_who_then_speaks": GIVEN_WHO_THEN_SPEAKS,  # "Mai, who was found in Leeds, spoke"
        # "said Crimestoppers' director of operations Jo Bell": an organisation and a
        # lower-case title between the verb and the name (organisation_led_titles gives
        # the title); must not match "said Kent Police officers found Jo Bell" (no title
        # word among the phrase's first words)
        "verb_owner_title_name": rf"\b(?:{verbs})[ \t]+{_OWNER_TITLE}{_NAME}{_NAME_END}",
        # the court-report idiom: "Daniel Moss, 45, of Bramford Road"
        "name_age_address": rf"{_NAME_START}{_NAME}{_AGE_ADDRESS}",
        # "Kwame Mensah, 27, of Lewisham": an age and a home town make a person of any name
        "name_age_then_home": (
            rf"{_NAME_START}{_NAME}(?=,[ \t]*\d{{1,2}},[ \t]*(?:of|from)[ \t]+[A-Z])"
        ),
        # "Ana Popa, 31, and Ion Rusu, 29, both of Luton": two people with their ages and
        # one home they share ("both/all of"), each of any name; not "Kent, 12, and Essex, 9"
        "name_age_shared_home": (
            rf"{_NAME_START}{_NAME}(?=,[ \t]*\d{{1,2}},[ \t]*(?:and[ \t]+[A-Z][\w’'-]*"
            rf"(?:[ \t]+[A-Z][\w’'-]*){{1,2}},[ \t]*\d{{1,2}},[ \t]*)?(?:both|all)[ \t]+"
            r"(?:of|from)[ \t]+[A-Z])"
        ),
        # "Kayla, 15, said", "Kayla*, 15 from Leeds," (a changed name): not "May, 2019,"
        "given_name_age": (
            rf"{_NAME_START}{_NAME}\*?,[ \t]*(?:aged[ \t]+)?\d{{1,2}}(?=[ \t]*,(?!\d)|[ \t]+from\b)"
        ),
        # "One survivor, Tomas, who was trafficked", "Her son, Callum*, was 19": a described
        # person, then a given name in commas (not "One survivor, aged 30,"); an age before
        # it and a home town after it stay out ("one victim, 81-year-old Joan from Margate,")
        "described_given_name": (
            rf"{DESCRIBED_APPOSITIVE}(?:\d{{1,3}}-year-old[ \t]+)?{_NAME}"
            r"(?=\*?,|[ \t]+(?:from|of)[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?,)"
        ),
        # "whose nephew Jermaine was shot", "her son Ryan, 17,": kin, then the name and a verb
        "kin_given_name": rf"{KIN_BEFORE_NAME}{_NAME}{_NAME_END}(?=,|[ \t]+{KIN_VERB})",
        # "who asked to be named only as Leah", "known only as Sam": a pseudonym or a given
        # name the text says is all it gives; not "known as Operation Snap" (no "only")
        "named_only_as": rf"{NAMED_ONLY_AS}[ \t]+{_NAME}{_NAME_END}",
        "described_called_given": rf"{DESCRIBED_CALLED}{_NAME}{_NAME_END}",  # "a caller named Dev"
        # "Maya Singh: “We listen.”": a speaker intro without a verb
        "name_colon_quote": rf"{_NAME_START}{_NAME}{_POST_NOMINALS}{_COLON_QUOTE}",
        "post_nominal": rf"{_NAME_START}{_NAME}[ \t]+{_SEAT}",
        # "Derek Hale, who organised the protest,": "who" makes a person of the name
        "name_who": rf"{_NAME_START}{_NAME}{_COMMA_WHO}",
        "name_who_then_speaks": rf"{_NAME_START}{_NAME}{WHO_THEN_SPEAKS}",
        # "Daniel Moss was jailed", "Leah Fox has been appointed": what happens to people
        # in court reports and announcements; must not match "Kent Police was praised"
        "name_event": rf"{_NAME_START}{_NAME}{_POST_NOMINALS},?[ \t]+{_EVENT}",
        # "Leah Fox (pictured)": a photo caption marker after a name
        "name_pictured": rf"{_NAME_START}{_NAME}[ \t]*{_PICTURED}",
        # "according to Leah Fox": must not match "according to Kent Police" (no given name)
        "according_to": rf"\b[Aa]ccording[ \t]+to[ \t]+{_NAME}{_NAME_END}",
        # "launched in Preston by Jo Bell, the Police and Crime Commissioner for Kent, after
        # …": a passive's agent, then a title in commas (not "by Kent Police, the force …")
        "agent_titled_appositive": (
            rf"\bby[ \t]+{_NAME}{_NAME_END}(?={_POST_NOMINALS},[ \t]+(?:the[ \t]+)?(?:{title})\b)"
        ),
        # "arrested 23-year-old Callum Reid", "named as 19-year-old Amy Tully": an age
        # before a name (a known given name first); not "a 23-year-old man from Leeds"
        # whom police seek: "missing teenager Kayla Morris", "wanted man Connor Blake",
        # "speak to Aaron Fielding", "trace Leanne Price" (a known given name first)
        "sought_person": (
            rf"(?:\b[Mm]issing|\b[Ww]anted|\bspeak[ \t]+(?:to|with)|\btrace|\blocate|\bfind)"
            rf"[ \t]+(?:{_AGE_NOUN}[ \t]+|(?:school)?(?:girl|boy)[ \t]+)?{_NAME}{_NAME_END}"
        ),
        "passive_agent": rf"{_AGENT_BEFORE}{_NAME}{_NAME_END}",  # "was led by Sarah Jones"
        "age_before_name": (
            rf"(?<![\w-])\d{{1,3}}-year-old[ \t]+(?:{_AGE_NOUN}[ \t]+)?{_NAME}{_NAME_END}"
        ),
    }
    compiled = {name: re.compile(pattern) for name, pattern in patterns.items()}
    # the appositive may close its sentence, open a relative clause about the person or its
    # body ("added Jo Bell, helpline manager, who said …", "said Jo Bell, head of X, which
    # …"), stand before an adverbial clause ("…, after thefts rose": CLAUSE_OPENERS) or
    # before a gloss of its body (rule body_gloss): "said Jo Bell, head of X, the charity."
    closing_appositive = re.compile(
        rf"{_POST_NOMINALS},\s*(?P<appos>{_PHRASE}(?:,\s+{_CLOSING_LIST}{_PHRASE})?)(?=[.;:]\s|"
        rf"[.;]?$|,[ \t]+(?:who|whose|which|{CLAUSE_OPENERS})\b|{BODY_GLOSS}(?:[.;:]\s|[.;]?$|,))"
    )
    # "… of Kent Police said", "said Insp Jo Bell of Kent Police.", "ACO Jo Bell of Kent
    # Police, who …", "… of Kent Police, attended" (the body set off by a comma)
    appositive = re.compile(
        rf"{appositive_then_verb}|\s+(?:from|of|at)\s+(?P<org_tail>{_PHRASE})"
        rf"(?:\s+{says}|(?=[.;:,]\s|[.;]?$))"
    )
    # a title written right after a name in a byline: "By Tom Reed Crime Reporter"
    title_after = re.compile(
        rf"[ \t,]*\n?[ \t]*(?P<appos>(?:[A-Z][a-z]+[ \t]+){{0,3}}{title}){_NAME_END}"
    )
    # "Head of Public Protection (,) Detective Inspector Jo Bell": a portfolio before a rank
    # or after a possessive, set off by a comma: "the force's head of crime, DCI Jo Bell",
    # "the force's citizens in policing lead, Insp Jo Bell" (one linking word inside),
    # "the force's dog legislation officer, PC Jo Bell"
    # (must not match "the manager of the shop, DC Jo Bell": no possessive before it)
    lead_in = re.compile(
        rf"(?<![\w’'])(?P<lead>(?:{'|'.join(LEAD_IN_HEADS)})\s+of\s+"
        r"(?:[A-Z][\w’'&-]*,?\s+|of\s+|the\s+|and\s+|for\s+){1,8})$"
        r"|(?:[’']s|\bits|\bour|\btheir)[ \t]+(?P<after_possessive>(?:head|director|lead|manager|"
        r"cabinet[ \t]+member|portfolio[ \t]+holder)"
        rf"[ \t]+(?:of|for)[ \t]+(?:[\w&-]+[ \t]+){{0,4}}?[\w&-]+|(?:{title})|"
        r"(?:(?!(?:new|former|current|previous|then|first)\b)"
        rf"(?:[a-z][\w-]*|{'|'.join(COMMAND_TIERS)})[ \t]+)"
        r"(?:in[ \t]+)?(?:(?!(?:new|former|current|previous|then|first)\b)"
        rf"[a-z][\w-]*[ \t]+)?(?:{'|'.join(POSSESSIVE_TITLE_HEADS)})),[ \t]*$"
        # a commander's lower-case title and the place it commands, after a possessive:
        # "Kent Police's divisional commander for Medway, Supt Jo Bell" (rule
        # possessive_place_commander; not "the force's commander, Jo Bell": no place)
        r"|(?:[’']s|\bits|\bour|\btheir)[ \t]+(?P<possessive_place_commander>"
        rf"(?:[a-z][\w-]*[ \t]+){{1,2}}(?:{'|'.join(PLACE_COMMAND_HEADS)})[ \t]+(?:for|of)"
        rf"[ \t]+(?:the[ \t]+)?{CAPITALISED_WORDS}),[ \t]*$"
        rf"|(?:[’']s|\bits|\bour|\btheir)[ \t]+(?P<possessive_place_title>{PLACE_TITLE}),[ \t]*$"
        rf"|(?P<unit_head>{UNIT_HEAD_LEAD}),[ \t]*$"  # "Head of the X unit at Kent Police, DI …"
        # a capitalised title opening its sentence, then a comma and the rank: "Cardiff
        # District Commander, Superintendent Jo Bell" (not "On Monday, DI Jo Bell"); the
        # title's place or body may follow it ("District Commander for Newry, Supt …")
        r"|(?:(?<![\s\S])|(?<=\n)|(?<=[.!?][ \t]))"
        rf"(?P<title_comma>(?:[A-Z][\w’'-]*[ \t]+){{0,3}}(?:{title})"
        rf"(?:[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?{CAPITALISED_WORDS})?),[ \t]*$"
    )
    # "The officer, who is drugs lead for the force, said": a role for the person
    # named last; must not match "The officer who arrested him"
    role_by_reference = re.compile(
        r"\b[Tt]he[ \t]+(?:officer|detective|commissioner|inspector|superintendent|"
        r"sergeant|constable|minister|councillor|director|manager|chief[ \t]+executive),"
        rf"[ \t]+who[ \t]+(?:is|was)[ \t]+(?:the[ \t]+)?(?P<appos>{_PHRASE}),"
    )
    short_title = re.compile(rf"(?:{title})\.?\s+$")
    # the news lede: a reporting clause ending its sentence, a title with no name as its
    # subject, right before the person ("…, Kent's police chief has said.\n\nJo Bell
    # said"); must not match "DI Jo Bell has said." nor "The Home Secretary said the law
    # would change." (the clause does not end the sentence)
    lede_title = re.compile(
        rf"(?<![\w’'])(?P<titles>{title})(?P<portfolio>[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
        rf"[A-Z][\w’'-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'-]*){{0,3}})?[ \t]+(?:has[ \t]+)?"
        rf"(?:{verbs})(?:[ \t]+(?:today|yesterday|this[ \t]+week|on[ \t]+[A-Z][a-z]+))?"
        r"[.!?][ \t]*\n?[ \t]*\n?[ \t]*$"
    )
    # a sentence opening on such a title, with a verb of its own ("Kent's Police and Crime
    # Commissioner has pledged …", "The Chief Constable will retire …"); not "The officer
    # was charged." (after "The", a capitalised title only)
    lede_subject = re.compile(
        r"(?:(?<=\n)|(?<=[.!?][ \t])|\A)(?:The[ \t]+(?=[A-Z])|"
        rf"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){{0,2}}['’]s?[ \t]+)"
        rf"(?P<titles>{title})(?P<portfolio>)[ \t]+(?:has|have|had|will|is|was)[ \t]+"
        r"[a-z][^.!?\n]{0,240}[.!?][ \t]*\n?[ \t]*\n?[ \t]*$"
    )
    return RulePatterns(
        compiled,
        closing_appositive,
        appositive,
        title_after,
        lead_in,
        role_by_reference,
        short_title,
        lede_title,
        lede_subject,
        _name_led_filter({name: patterns[name] for name in NAME_LED}),
    )


def may_lead_in(text: str, start: int, end: int) -> bool:
    """False where :attr:`RulePatterns.lead_in` cannot match ``text[start:end]`` (its
    portfolio needs one of :data:`LEAD_IN_HEADS`, its possessive form a comma last but
    for spaces): found with ``in`` at C speed, where the pattern, which no literal
    opens, is tried at every character of the window."""
    window = text[start:end]
    return window.rstrip(" \t\n").endswith(",") or any(
        head.removesuffix(r"\w*") in window for head in LEAD_IN_HEADS
    )


NAME_LED = CUE_AFTER | {"name_appositive_verb", "name_age_then_home", "name_age_shared_home"}
"""Rules whose match begins with the name (their pattern starts with one): those whose
cue follows the name, the appositive ("Jo Bell, head of policy at X, said") and the age
and home ("Kwame Mensah, 27, of Lewisham"), which opens on the name too."""

MUST_CONTAIN: dict[str, re.Pattern[str]] = {
    "name_colon_quote": re.compile(_COLON_QUOTE),
    "described_given_name": re.compile(DESCRIBED_GATE),
    "named_only_as": re.compile(NAMED_ONLY_AS_GATE),
    "post_nominal": re.compile(_SEAT),
    "name_who": re.compile(_COMMA_WHO),
    "name_who_then_speaks": re.compile(_COMMA_WHO),
    "name_age_address": re.compile(_AGE_ADDRESS),
    "given_name_age": re.compile(_COMMA_AGE),
    "name_event": re.compile(rf"(?=[wh]){_EVENT}"),  # each event opens on "w" or "h"
    "name_pictured": re.compile(_PICTURED),
    "according_to": re.compile("ccording"),
    "age_before_name": re.compile("year-old"),
    "sought_person": re.compile("issing|anted|speak|trace|locate|find"),
    "role_by_reference": re.compile(r",[ \t]+who[ \t]+(?:is|was)"),
    "acronym_definition": re.compile(r"\([A-Z]{2,8}\)"),
}
"""What every match of a scan contains, by the scan's name: a text without it is not
scanned (found at C speed, where the scan proper tries every word of the text)."""

TITLE_LED = frozenset(
    {"title_phrase_then_name", "title_comma_name", "title_place_then_name", "rank_before_name"}
)
"""Rules whose match begins with a title (or a prefix right before one)."""
