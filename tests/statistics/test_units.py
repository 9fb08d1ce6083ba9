"""Units of counts: one row per unit rule, and words that are never units."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.level_subjects import level_subject
from pressfacts.statistics.predicate_nouns import predicate_noun
from pressfacts.statistics.units import UNIT_RULES, noun_after, plural


def units(nlp: Language, text: str) -> list[tuple[float, str]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2024, 3, 5)
    doc = nlp(doc)
    return [(f.value, f.unit) for f in doc._.statistics]


UNIT_ROWS = [
    pytest.param("Wardens issued 314 parking fines in Hull.", [(314, "fines")], id="noun-after"),
    pytest.param(
        "Prison staff in Hull seized 41 adapted phone chargers.",
        [(41, "chargers")],
        id="participle-after-find-verb",
    ),
    pytest.param(
        "Crewe and Nantwich recorded 38 and 27 crashes respectively.",
        [(38, "crashes"), (27, "crashes")],
        id="shared-noun-after",
    ),
    pytest.param(
        "Derby saw 912 burglaries last year, a rate of 3.6 per 1,000 homes.",
        [(912, "burglaries"), (3.6, "burglaries")],
        id="rate-of-count",
    ),
    pytest.param(
        "That is a rate of 27.4 per 10,000 children.",
        [(27.4, "per 10,000 children")],
        id="rate-base",
    ),
    pytest.param(
        "Complaints now arrive at a rate of 35 a week.",
        [(35, "complaints")],
        id="subject-rate",
    ),
    pytest.param(
        "Officers logged 418 thefts, down from 475.",
        [(418, "thefts"), (475, "thefts")],
        id="compared-count",
    ),
    pytest.param(
        "Complaints rose from 120 to 410 in Derby.",
        [(120, "complaints"), (410, "complaints")],
        id="subject-noun",
    ),
    pytest.param(
        "Officers in Wigan recovered 310 bikes. About 120 were returned to owners.",
        [(310, "bikes"), (120, "bikes")],
        id="elided-subject",
    ),
    pytest.param(
        "Officers made 60 arrests.\n\nArrests by area:\n- Hull: 40\n- Goole: 20\n",
        [(60, "arrests"), (40, "arrests"), (20, "arrests")],
        id="list-lead",
    ),
    pytest.param(
        "Thefts from vans peaked in May, when 212 were reported.",
        [(212, "thefts")],
        id="subject-when-passive",
    ),
    pytest.param(
        "Burglaries in Ely stood at more than 240 last year.",
        [(240, "burglaries")],
        id="subject-level",
    ),
    pytest.param(
        "The prison population has risen by 2,300 to 88,100 since January.",
        [(2300, "people"), (88100, "people")],
        id="collective-subject",
    ),
    pytest.param(
        "Police in Luton made 60 arrests. Of the arrests, 14 were for burglary.",
        [(60, "arrests"), (14, "arrests")],
        id="partitive",
    ),
    pytest.param(
        "Cumbria Police stopped 48 drivers on the A66. Of the 48 drivers stopped, 11 were women.",
        [(48, "drivers"), (48, "drivers"), (11, "women")],
        id="predicate-noun",
    ),
    pytest.param(
        "The number of callers in Bath reached 2,300.", [(2300, "callers")], id="number-of"
    ),
    pytest.param(
        "Officers in Bolton seized 80 knives. Of these, 30 were hidden.",
        [(80, "knives"), (30, "knives")],
        id="anaphora",
    ),
    pytest.param(
        "Wardens in Hull removed 31 cars in May and 44 in June.",
        [(31, "cars"), (44, "cars")],
        id="elided-count",
    ),
    pytest.param(
        "Officers in York took 90 calls. Half of the calls (45) came at night.",
        [(90, "calls"), (50, "percent"), (45, "calls")],
        id="share-gloss",
    ),
    pytest.param(
        "Officers in Hull checked scrap metal dealers, 11 of whom were fined.",
        [(11, "dealers")],
        id="of-whom-noun",
    ),
    pytest.param(
        "Hull had the most thefts, with Humberside Police recording 410 in 2023.",
        [(410, "thefts")],
        id="ranked-with",
    ),
    pytest.param(
        "Police in Ely urged riders to mark their bikes after 90 were stolen.",
        [(90, "bikes")],
        id="noun-before-passive",
    ),
]


def test_every_unit_rule_has_a_row() -> None:
    assert {rule.name for rule in UNIT_RULES} == {row.id for row in UNIT_ROWS}


MORE_RATE_ROWS = [
    pytest.param(
        "The rate in Neath was 5.2 per 1,000 older people.",
        [(5.2, "per 1,000 older people")],
        id="rate-base-with-a-word-before-the-noun",
    ),
    pytest.param(
        "Rhyl saw 640 thefts, a rate of 2.5 per 1,000 residents.",
        [(640, "thefts"), (2.5, "thefts")],
        id="rate-of-a-count-before-it-keeps-its-noun",
    ),
    pytest.param(
        "In Leek, where the trust opened a second hub last spring, referrals more than "
        "doubled to 212.",
        [(2, "times"), (212, "referrals")],
        id="subject-level-after-a-multiple-and-a-long-opening",
    ),
    pytest.param(
        "Reports to the line nearly tripled to 96.",
        [(3, "times"), (96, "reports")],
        id="subject-level-after-a-multiple",
    ),
    pytest.param(
        "Conwy had the lowest rate, 1.8 per 1,000.",
        [(1.8, "per 1,000")],
        id="rate-base-with-its-noun-left-unsaid",
    ),
    pytest.param(
        "In Bangor it was 2.6 per 10,000, the council said.",
        [(2.6, "per 10,000")],
        id="rate-base-alone-before-a-comma",
    ),
    pytest.param(  # the longest base first: "per 100,000", not "per 100" before a comma
        "The force's rate of knife crime was 128 per 100,000 population.",
        [(128, "per 100,000 population")],
        id="rate-base-of-a-hundred-thousand",
    ),
    pytest.param(
        "Its rate was 3.1 per 100,000, the lowest in Wales.",
        [(3.1, "per 100,000")],
        id="rate-base-of-a-hundred-thousand-before-a-comma",
    ),
    pytest.param(  # "the rate of violent crime": no adjective as the unit ("violents")
        "Cleveland had the highest rate of violent crime, at 52.3 offences per 1,000 "
        "people, compared with a national rate of 33.1.",
        [(52.3, "offences"), (33.1, "crimes")],
        id="rate-of-a-mass-noun-is-no-adjective-unit",
    ),
    pytest.param(  # the first of two counts shares the second's noun; not past a verb
        "Officers arrested 12 or 13 men in Hull.",
        [(12, "men"), (13, "men")],
        id="shared-noun-after-or",
    ),
    pytest.param(
        "Officers arrested 12 and charged 5 people.",
        [(5, "people")],
        id="shared-noun-after-not-past-a-verb",
    ),
    # rule rate-base-before-verb: a verb after the base is no plural noun of it
    pytest.param(
        "The county's rate of 14.2 per 1,000 people is below the national average.",
        [(14.2, "per 1,000 people")],
        id="rate-base-then-is",
    ),
    pytest.param(
        "Its rate of 6.1 per 10,000 was higher than in 2024.",
        [(6.1, "per 10,000")],
        id="rate-base-alone-then-was",
    ),
    pytest.param(
        "A rate of 8.2 per 1,000 households has been recorded.",
        [(8.2, "per 1,000 households")],
        id="rate-base-then-has",
    ),
    pytest.param(
        "It was 2.6 per 10,000 of them.",
        [],
        id="rate-base-then-other-words-is-no-unit",
    ),
    pytest.param(
        "Rotherham logged 77 burglaries in 2024 compared with 2018, when there were 140.",
        [(77, "burglaries"), (140, "burglaries")],
        id="a-level-after-when-there-were-counts-the-count-before",
    ),
    pytest.param(
        "The hub opened in 2018, when there were 9 volunteers.",
        [(9, "volunteers")],
        id="when-there-were-with-a-noun-of-its-own",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE_RATE_ROWS)
def test_rate_units(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert units(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), UNIT_ROWS)
def test_unit_rules(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert units(nlp, text) == expected


# the ``partitive`` rule's total named with a participle after it, or an irregular plural
# a subject with modifiers and an aside before its change verb counts the level reached
MODIFIED_SUBJECT_ROWS = [
    pytest.param(
        "Domestic abuse-related crimes, however, went up by 5% in Carlisle, to 3,480.",
        [(5, "percent"), (3480, "crimes")],
        id="modifiers-and-an-aside",
    ),
    pytest.param(
        "Vehicle thefts fell by 8% in Dover, to 610.",
        [(8, "percent"), (610, "thefts")],
        id="one-modifier",
    ),
    pytest.param(
        "Online fraud reports, meanwhile, went down by 3% to 1,150.",
        [(3, "percent"), (1150, "reports")],
        id="two-modifiers-went-down",
    ),
    pytest.param(
        "But violent crimes went up by 4% in Barrow, to 900.",
        [(4, "percent"), (900, "crimes")],
        id="an-opening-conjunction",
    ),
    pytest.param(
        "Serious injuries also fell, from 480 to 455.",
        [(480, "injuries"), (455, "injuries")],
        id="an-adverb-before-the-verb",
    ),
    pytest.param(
        "Cycle thefts meanwhile rose from 210 to 260.",
        [(210, "thefts"), (260, "thefts")],
        id="meanwhile-before-the-verb",
    ),
    # a phrase after the subject's head is no modifier: the head is counted
    pytest.param(
        "Collisions involving quad bikes in the county fell from 52 in 2023 to 38 in 2024.",
        [(52, "collisions"), (38, "collisions")],
        id="involving-after-the-head",
    ),
    pytest.param(
        "Crashes with cyclists rose from 20 to 31.",
        [(20, "crashes"), (31, "crashes")],
        id="with-after-the-head",
    ),
    pytest.param(
        "In Barnsley alone, referrals from schools rose by 46 on the year before.",
        [(46, "referrals")],
        id="from-after-the-head",
    ),
    pytest.param(
        "Complaints from residents fell by 19 in Ely.",
        [(19, "complaints")],
        id="from-after-the-head-no-opening",
    ),
]


# a time the whole belongs to between a part and its noun
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drink was a factor in 11 of last year's fatal crashes.", [(11, "crashes")]),
        ("Crews reached 40 of this month's reported fires.", [(40, "fires")]),
        ("Six of the year's deaths were riders.", [(6, "deaths")]),
        # near miss: no noun after the possessive time
        ("Seven of last year's were in Leeds.", []),
        # rule owned_counted_whole: the whole's own count, then its noun
        (
            "Inspectors rated 14 of the county's 190 nursing homes as unsafe.",
            [(14, "homes"), (190, "homes")],
        ),
        (
            "Surveyors found 9 of the city's 52 bridges needed repairs.",
            [(9, "bridges"), (52, "bridges")],
        ),
    ],
)
def test_a_part_of_a_time_s_whole(nlp: Language, text: str, expected: object) -> None:
    assert units(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), MODIFIED_SUBJECT_ROWS)
def test_modified_subjects(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert units(nlp, text) == expected


PARTITIVE_ROWS = [
    pytest.param(
        "Of the 58 people arrested in Hull, 41 have been charged and 12 released.",
        [(58, "people"), (41, "people"), (12, "people")],
        id="participle",
    ),
    pytest.param(
        "Of the 30 children referred in Bury, 12 were seen within a week.",
        [(30, "children"), (12, "children")],
        id="irregular-plural",
    ),
    pytest.param(
        "Of the 64 older drivers who took part in Wrexham, 50 passed the course.",
        [(64, "drivers"), (50, "drivers")],
        id="modifier-and-relative-clause",
    ),
    pytest.param(
        "Of the 210 young people who were referred in Bolton, 88 joined a club.",
        [(210, "people"), (88, "people")],
        id="two-word-noun-who-were",
    ),
    # a longer relative clause, up to the comma: its parts still take the whole's noun
    pytest.param(
        "Of the 140 women who have finished the course, 92 found work.",
        [(140, "women"), (92, "women")],
        id="relative-clause-of-four-words",
    ),
    pytest.param(
        "Of the 75 tenants who had lived in the flats for more than ten years by the end "
        "of June, 41 moved out.",
        [(75, "tenants"), (41, "tenants")],
        id="a-long-relative-clause",
    ),
    pytest.param(
        "Of the force's officers, 512 are based in Derby and 288 in Chesterfield.",
        [(512, "officers"), (288, "officers")],
        id="a-possessive-whole",
    ),
    pytest.param(
        "Of its volunteers, 120 are in Swansea and 45 in Neath.",
        [(120, "volunteers"), (45, "volunteers")],
        id="its-whole",
    ),
    # a time after the participle ("seized this summer", "stopped last month")
    pytest.param(
        "Of the bikes seized this summer in Leeds, 140 were crushed and eight were stolen.",
        [(140, "bikes"), (8, "bikes")],
        id="participle-and-a-time",
    ),
    pytest.param(
        "Of the cars stopped last month, 61 were untaxed.",
        [(61, "cars")],
        id="participle-and-last-month",
    ),
    # counts written as words take the whole's noun too, and the gapped one after them
    pytest.param(
        "Of the seizures, seven were in Dudley and three in Walsall.",
        [(7, "seizures"), (3, "seizures")],
        id="words-and-a-gapped-word",
    ),
    pytest.param(
        "Of the callers, twelve were under 18.",
        [(12, "callers")],
        id="a-word-count",
    ),
    # a whole described at length: a hyphenated participle, "since", a clause of several
    # words (to the first comma)
    pytest.param(
        "Of the red kites radio-tagged in Powys since 2019, more than 40 have been found dead.",
        [(40, "kites")],
        id="hyphenated-participle-since",
    ),
    pytest.param(
        "Of the 60 farms we have visited with rural crime officers over the past two years, "
        "only nine have lost machinery.",
        [(60, "farms"), (9, "farms")],
        id="long-description",
    ),
    # a span after the relative clause, between two months (with or without years)
    pytest.param(
        "Of the 240 recruits who joined between May 2021 and June 2023, 31 had resigned.",
        [(240, "recruits"), (31, "recruits")],
        id="relative-clause-and-a-span",
    ),
    pytest.param(
        "Of the 75 constables hired between January and April, 9 have since quit.",
        [(75, "constables"), (9, "constables")],
        id="participle-and-a-span",
    ),
    pytest.param(
        "But of the 120 trainees who started in Luton, 18 have since resigned.",
        [(120, "trainees"), (18, "trainees")],
        id="a-joining-word-first",
    ),
    # near misses: "one" is a person, not a figure; no noun named, nothing counted before
    pytest.param(
        "Of the farms visited, the officers said, many in Powys had 12 quad bikes.",
        [(12, "bikes")],
        id="a-noun-of-its-own",
    ),
    pytest.param("Of the victims, one was a child.", [], id="one-is-no-count"),
    pytest.param("Of those who left between May and June, nine had resigned.", [], id="no-noun"),
    pytest.param("Of those, nine were charged.", [], id="no-noun-no-count-before"),
    pytest.param("Of the cars this morning 61 were stopped.", [], id="no-comma-no-whole"),
]


# a part of the count before it in its sentence: "15 of them", "12 of which"
PART_OF_ROWS = [
    pytest.param(
        "Officers in Hull arrested 23 people, 15 of them for drug supply.",
        [(23, "people"), (15, "people")],
        id="of-them",
    ),
    pytest.param(
        "Wardens in Leek seized 40 scooters, 12 of which were stolen.",
        [(40, "scooters"), (12, "scooters")],
        id="of-which",
    ),
    pytest.param(
        "Police in Ayr charged 30 men, 9 of whom were remanded.",
        [(30, "men"), (9, "men")],
        id="of-whom",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PART_OF_ROWS)
def test_parts_of_a_count(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert units(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), PARTITIVE_ROWS)
def test_partitive_totals(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert units(nlp, text) == expected


@pytest.mark.parametrize(
    ("after", "unit"),
    [
        (" arrested in the raid", None),
        (" when the line opened", None),
        (" told the court", None),
        (" quickly stopped", None),
        (" “sharing an intimate image” offences were logged", "offences"),
        (" Honour Based Abuse reports", "reports"),
        (" beds were added", "beds"),
        (" children were safeguarded", "children"),
        # an irregular plural ends the noun, as a plural in -s does
        (" men stop searched in the park", "men"),
        (" women stop-checked near the station", "women"),
        (" stop and searches were carried out", "stop and searches"),
        (" stop-and-search checks", "checks"),
        # a noun written with digits, and a drive before a noun ("two 4x4 vehicles")
        (" 4x4s were stolen from farms", "4x4s"),
        (" 4x4 vehicles were seized", "vehicles"),
        (" 6x6 trucks", "trucks"),
        (" 4x4", None),  # near miss: the drive alone is no noun counted
        (" 4 x 4 metre pens", None),  # near miss: a size, not a drive
        (" the previous year", None),  # a period's words, not a noun counted
        (" the same month last year", None),
        (" previous victims were visited", "victims"),
        (" parking fines", "fines"),
        (" police officers", "officers"),
        # two modifiers joined before one noun count that noun
        (" drink and drug drivers were caught", "drivers"),
        (" knife and gun crimes", "crimes"),
        (" cars and vans", "cars"),  # a plural ends the noun
        # a negated participle is skipped (negated_participle), as listed ones are; an
        # acronym's plural after skipped words is counted; near miss: "united" (no negation)
        (" unwanted calls were blocked", "calls"),
        (" untaxed cars", "cars"),
        (" unlicensed HMOs were found", "hmos"),
        (" united in protest", None),
        # the second of two words joined before a plural or a collective noun
        # (joined_two_word_modifier); near miss: a count after "and" is no modifier
        (" bank and post office staff were trained", "staff"),
        (" shop and market stall holders", "holders"),
        (" bank and two post office staff", "banks"),
        (" social media and email accounts across the UK", "accounts"),  # one word first
        # a plural that modifies the plural after it is no head
        (" drugs warrants were executed", "warrants"),
        (" county lines arrests", "arrests"),
        (" firearms offences", "offences"),
        (" weapons sweeps in parks", "sweeps"),
        (" drugs in the raid", "drugs"),  # alone, it is counted
        (" county lines closed", "lines"),  # a verb after it: counted
        (" weapons were seized", "weapons"),
        # a hyphened plural before a plural modifies it; alone, or before a verb, counted
        (" plain-clothes officers patrolled", "officers"),
        (" high-risk offenders", "offenders"),
        (" e-scooters were seized", "e-scooters"),
        (" e-bikes and 3 cars", "e-bikes"),
        # a noun ending in s that is no plural modifies the noun after it
        (" cannabis plants were found", "plants"),
        (" bus shelters were damaged", "shelters"),
        (" crisis calls were answered", "calls"),
        # a preposition is no counted noun ("380 over the previous five years")
        (" over the previous five years", None),
        (" against a target", None),
        # a number word counts nothing ("compared with 48 five years ago")
        (" five years ago", None),
        (" twenty minutes later", None),
        # a bracketed gloss or the bracket closing one ("Around 300 (296) cars")
        (" (296) cars were stopped", "cars"),
        (") cars were stopped", "cars"),
        # a service number naming the noun; the plural of an acronym
        (" 999 calls were answered", "calls"),
        (" PCs joined the team", "pcs"),
        (" PCSOs patrol the town", "pcsos"),
        # a present-tense verb opening the count's clause is no noun ("41 remain on bail")
        (" remain under investigation", None),
        (" need support from the team", None),
        (" face masks were handed out", "masks"),  # near miss: a noun modifier
        # a participle that modifies the noun after it is no verb of the count
        (" fixed penalty notices to riders", "notices"),
        (" forced marriage protection orders were made", "orders"),
        (" stolen motor vehicle parts", "parts"),
        (" attended the youth sessions", None),  # near miss: a function word after the verb
        (" charged with drug offences", None),  # near miss: a function word
        (" illegally parked cars were towed", "cars"),
        (" attended workshops", None),  # the count's own verb and its object
        (" arrested in Leeds", None),
        # an irregular past form opening the count's clause is no noun, unless a plural
        # follows it as the noun it describes
        (" thought the scheme had worked", None),
        (" felt safe walking home", None),
        (" knew the man who attacked them", None),
        (" lost more than £500 each", None),
        (" spent a night in hospital", None),
        (" lost dogs were reunited with owners", "dogs"),
        (" sold cars were traced", "cars"),
        (" stolen since January", None),  # a participle in -en, the same
        (" broken into overnight", None),
        (" driven away by the thieves", None),
        (" stolen quad bikes were found", "bikes"),
        # an irregular plural after the form is the noun it describes too
        (" lost children were reunited with their families", "children"),
        (" lost people were found at the camp site", "people"),
        (" lost menace", None),  # near miss: not the whole word "men"
        # a part of a total a time owns counts the noun after the possessive
        (" of last year's referrals, and Hull for 90", "referrals"),
        (" of this month’s arrests", "arrests"),
        (" of the campaign's seizures were cannabis", "seizures"),
        # … or by the body that counts it
        (" of the division's crimes and Fife for 900", "crimes"),
        (" of the force’s stop searches", "searches"),
        (" of the charity's referrals came from police", "referrals"),
        (" of the company's agents, carried out in June", "agents"),
        (" of the insurer’s claims came from Wales", "claims"),
        (" of the council's wardens", "wardens"),
        (" of the firm's staff", "staff"),
        (" of the union's members", "members"),
        # … or by the licensed venue whose staff they are
        (" of the club's door supervisors were unlicensed", "supervisors"),
        (" of the nightclub's bar staff", "staff"),
        (" of the pub’s regulars", "regulars"),
        (" of the venue's stewards", "stewards"),
        (" of the bar's managers", "managers"),
        # … or by the panel or report that makes or finds them (held-out 388)
        (" of the panel's recommendations were accepted", "recommendations"),
        (" of the inspection’s findings", "findings"),
        (" of the survey's respondents in Hull", "respondents"),
        (" of the committee's members", "members"),
        (" of the panelist's notes", None),  # near miss: not the word "panel"
        (" of the town's pubs", None),  # near miss: a place owns them
        (" of the barrister's clients", None),  # near miss: not the word "bar"
        (" of the county's farms", None),  # near miss: a place owns them
        (" of the city's parks", None),  # near miss: a place owns them
        (" of the forcefield's parts", None),  # near miss: not the word "force"
        (" of last year", None),  # near miss: no possessive, a time
        # rule owned_counted_whole: an owner's whole stated with its own count
        (" of the county's 280 care homes were rated inadequate", "homes"),
        (" of the city’s 64 parks", "parks"),
        (" of the borough's 1,200 licensed taxis", "taxis"),
        (" of the region's 12 custody suites", "suites"),
        (" of the county's 280", None),  # near miss: no noun after the whole's count
    ],
)
def test_the_noun_after_is_never_a_verb_form(after: str, unit: str | None) -> None:
    assert noun_after(after) == unit


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("person", "people"), ("offence", "offences"), ("inquiry", "inquiries"),
        ("match", "matches"),
        # nouns whose plural is the singular: livestock, game and fish
        ("sheep", "sheep"), ("deer", "deer"), ("cattle", "cattle"), ("grouse", "grouse"),
        ("salmon", "salmon"),
        # near misses: nouns that take an "s" as usual
        ("ewe", "ewes"), ("lamb", "lambs"), ("goat", "goats"),
    ],
)  # fmt: skip
def test_plural(word: str, expected: str) -> None:
    assert plural(word) == expected


@pytest.mark.parametrize(
    ("after", "noun"),
    [
        (" were children, some as young as 12.", "children"),
        (" were girls and five were boys.", "girls"),
        (" are pensioners.", "pensioners"),
        (" were women aged over 60.", "women"),
        # rule predicate_noun_modifiers: up to two words before the plural noun, its head kept
        (" were racially aggravated assaults.", None),  # a participle and an adverb
        (" were religious hate crimes.", "crimes"),
        (" were young carers, the charity said.", "carers"),
        (" were disability hate incidents and 12 were racist.", "incidents"),
        (" were sent to prisons.", None),  # a participle and a preposition
        (" were then officers.", None),  # an adverb
        (" were taken to hospitals.", None),  # a participle in -en
        (" were the victims.", None),  # an article
        (" were very serious offences indeed.", None),  # the noun does not end the clause
        (" were arrested.", None),  # a verb form
        (" were from Norfolk.", None),  # no noun
        (" were later charged.", None),  # the word does not end the clause
        (" were a concern.", None),  # not plural
        (" were serious.", None),  # an adjective ending in s: not plural
        (" children were seen.", None),  # no copula right after the count
    ],
)
def test_predicate_noun(after: str, noun: str | None) -> None:
    assert predicate_noun(after) == noun


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject of several words before its head noun joined to a level
        ("Recorded knife offences fell to 318 in 2022.", [(318, "offences")]),
        ("Reported shed burglaries climbed to 74 in May.", [(74, "burglaries")]),
        # a qualifier before the level ("well over")
        (
            "Reported shed burglaries rose from 40 to well over 70.",
            [(40, "burglaries"), (70, "burglaries")],
        ),
        # a speaker before the subject: reported figures are statistics
        ("Police said thefts fell to 318 in 2022.", [(318, "thefts")]),
        (
            "PC Ola Dunn, of the roads team, said crashes had fallen to 41 since May.",
            [(41, "crashes")],
        ),
        ("The trust told MPs that calls rose by 9%, to 2,300.", [(9, "percent"), (2300, "calls")]),
        # near miss: the noun after the count is still read first
        ("Police said officers reached 312 homes.", [(312, "homes")]),
        # both levels of a change "from" one "to" another, after an opening place
        (
            "In Perth, burglaries dropped from 1,210 to 960 in 2022.",
            [(1210, "burglaries"), (960, "burglaries")],
        ),
        (
            "Across Fife, reported thefts fell from almost 2,400 to 1,980.",
            [(2400, "thefts"), (1980, "thefts")],
        ),
        ("Calls to the line went from 380 to 510.", [(380, "calls"), (510, "calls")]),
        ("Thefts of bikes jumped from 88 to 130.", [(88, "thefts"), (130, "thefts")]),
        # near miss: "went to" a place is no change
        ("Officers went to 40 schools.", [(40, "schools")]),
        # a change by an amount and the level it reached, after an opening
        (
            "In May, burglaries rose by 40 to 310 in Bath.",
            [(40, "burglaries"), (310, "burglaries")],
        ),
        ("In Swansea, offences fell by 6% to 1,020.", [(6, "percent"), (1020, "offences")]),
        # a longer phrase between the change and its level
        (
            "Bike thefts reported to the force fell by 11% across the county during the "
            "campaign, to 2,310.",
            [(11, "percent"), (2310, "thefts")],
        ),
        # a numbered power names the subject: its number is a modifier, no count
        (
            "Section 60 searches in Luton fell from 318 in 2022/23 to 244 in 2024/25.",
            [(318, "searches"), (244, "searches")],
        ),
        ("Part 4 closures reached 57 in Wrexham last year.", [(57, "closures")]),
        # a subject after "under" a power, and one "attended" by officers
        (
            "Arrests under section 35 rose from 92 in 2023 to 140 in 2025.",
            [(92, "arrests"), (140, "arrests")],
        ),
        (
            "Welfare checks attended by officers in Derby fell from 5,120 to 3,870.",
            [(5120, "checks"), (3870, "checks")],
        ),
        # near miss: a number after a word that names no power is no modifier
        ("Some 40 officers reached 12 schools in Ely.", [(40, "officers"), (12, "schools")]),
        # near miss: the count after "to" is a date
        ("Thefts rose by 4% in the year to 31 March.", [(4, "percent")]),
        # the subject of a subordinate clause after a long main clause
        (
            "Walkers in the national park are being asked to keep their dogs close as the "
            "nesting season begins, after attacks on ground-nesting birds totalled 63.",
            [(63, "attacks")],
        ),
        (
            "Riders have been told to take extra care on the coast road this summer, as "
            "collisions involving motorcycles in Anglesey reached 48.",
            [(48, "collisions")],
        ),
        # an aside about the subject between commas before its level verb
        (
            "Arson attacks, which remain rare in the district, totalled 19 in Selby.",
            [(19, "attacks")],
        ),
        (
            "Wildlife crimes, which officers say are badly under-reported, rose to 64.",
            [(64, "crimes")],
        ),
        # near miss: no subordinate clause, no level verb: the count's own noun
        (
            "Volunteers are being asked to help out at the shelter over the coming weeks, "
            "and 30 dogs need homes.",
            [(30, "dogs")],
        ),
    ],
)
def test_level_subject_with_modifiers(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert units(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence restating the count before as a rate counts its noun
        (
            "Wardens in Hull issued 520 fines in 2023. That is an average of 10 a week.",
            [(520, "fines"), (10, "fines")],
        ),
        # near miss: a rate with a noun of its own keeps it
        (
            "Wardens in Hull issued 520 fines in 2023. That is 3 wardens a week.",
            [(520, "fines"), (3, "wardens")],
        ),
    ],
)
def test_restated_rate_sentence(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert units(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level after a clause on its subject's change or level counts the subject
        (
            "Thefts of catalytic converters in Derby have nearly doubled since 2020, reaching "
            "312 last year.",
            [(312, "thefts"), (2, "times")],
        ),
        (
            "Arson attacks in Hartlepool hit their lowest level for a decade in 2023, at 41.",
            [(41, "attacks")],
        ),
        (
            "Referrals for stalking were up 14% in the year, at 2,260.",
            [(14, "percent"), (2260, "referrals")],
        ),
        ("Thefts from shops in Lincoln are down 6%, at 915.", [(6, "percent"), (915, "thefts")]),
        ("Reports to the line have doubled, to 640.", [(2, "times"), (640, "reports")]),
        # after a speaker's verb of saying: the reported clause's subject
        (
            "The trust said referrals had trebled since 2022, reaching 480.",
            [(3, "times"), (480, "referrals")],
        ),
        ("Officers drove across the county, to 12 villages.", [(12, "villages")]),
        # near miss: ", at 12" after a clause of no change or level counts nothing
        ("Officers visited schools across the county, at 12 a week.", []),
        ("Officers set up patrols in the county, at 12 sites.", [(12, "sites")]),
    ],
)
def test_level_after_a_clause_on_its_subject(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert sorted(units(nlp, text)) == sorted(expected)


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        # a mass noun of cases as the subject of a level verb counts them, in the plural
        ("On the buses, recorded crime fell to ", "crimes"),
        ("Knife crime in Hull rose to ", "crimes"),
        ("Crime on the network has fallen by 4%, to ", "crimes"),
        # near misses: a crime word modifying another head, another mass noun
        ("The crime team reached ", None),
        ("Violence fell to ", None),
    ],
)
def test_a_mass_subject_of_cases(before: str, expected: str | None) -> None:
    assert level_subject(before) == expected


# a superlative naming the counted noun, a time between it and the count in apposition
SUPERLATIVE_TIME_ROWS = [
    pytest.param(
        "Leek issued the most tickets in the first half of the year, 812, followed by "
        "Buxton with 640.",
        [(812, "tickets"), (640, "tickets")],
        id="seven-word-time",
    ),
    pytest.param(
        "Rhyl recorded the highest number of thefts over the summer, 95.",
        [(95, "thefts")],
        id="highest-number-and-a-season",
    ),
    # near miss: no count in apposition after the comma
    pytest.param(
        "Rhyl recorded the most thefts in the first half of the year, and 95 arrests.",
        [(95, "arrests")],
        id="no-apposition",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUPERLATIVE_TIME_ROWS)
def test_superlative_then_a_time(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert units(nlp, text) == expected
