"""A count with no noun of its own, opening its sentence as the subject of what happened
to the things just counted, or as how many there were, or restating the count before as
a rate, or joined by "and" to a share of it (``elided_subjects``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.elided_subjects import (
    compares_back,
    follows_opening_share,
    opens_passive,
    places_the_rest,
    restates_rate,
    states_level,
)
from pressfacts.statistics.named_levels import names_level

# (words before the number in its sentence, words after it, whether it elides its noun)
OPENINGS: list[tuple[str, str, bool]] = [
    ("", " were handed in at one bin.", True),
    ("More than ", " were returned to owners.", True),
    ("In Telford, ", " were reported.", True),  # a short place lead-in
    ("During May, ", " were seized.", True),
    ("In Hull alone there were ", ".", True),
    ("On Anglesey there were ", ".", True),  # an island's "on"
    ("There were ", ", the force said.", True),
    ("In Hull alone there were ", " more in June", False),  # the clause goes on
    # a named place closes the clause: "There were 14 in Rochdale and 9 in Bury."
    ("There were ", " in Rochdale and 9 in Bury.", True),
    ("There were a further ", " at Gatwick.", True),
    ("There were ", " in North Somerset, the force said.", True),
    ("There were ", " in custody.", False),  # no place named
    ("There were ", " in Rochdale who were charged.", False),  # the clause goes on
    ("Officers said ", " were handed in.", False),  # not the sentence's opening
    ("", " have since been charged.", True),
    ("", " had already been returned.", True),
    ("", " were there.", False),  # no participle
    ("The remaining ", " were made in Preston.", True),  # what is left of the count before
    ("The other ", " have been released on bail.", True),
    ("The remaining ", " officers were praised.", False),  # a noun of its own
    ("A further ", " are due to join in June.", True),  # more of the count before, any verb
    ("Another ", " joined the team in March.", True),
    ("In Wrexham, a further ", " will start next month.", True),
    ("A further ", " officers will start next month.", False),  # a noun of its own
    ("Only ", " joined the team in March.", False),  # no "further": not more of it
    ("Since the scheme began in May 2021, more than ", " have been returned.", True),
    ("Throughout the summer holidays, around ", " were seized.", True),
    ("Since May ", " were seized.", False),  # a period lead-in needs its comma
    ("- ", " were made at night", True),  # a list item after one counting the noun
    ("• Some ", " came from grandparents", True),  # where the things counted came from
    ("", " came home late.", False),  # not where they came from
    ("So far, ", " have been charged.", True),  # a tally's adverb with its comma
    ("To date, ", " have been returned to their owners.", True),
    ("In total, ", " were seized.", True),
    ("So far ", " have been charged.", False),  # the adverb needs its comma
    ("So far, ", " officers have been trained.", False),  # a noun of its own
    (
        "In a statement issued by the force on Monday evening after the long raid, ",
        " were seized.",
        False,
    ),
]


@pytest.mark.parametrize(("before", "after", "expected"), OPENINGS)
def test_opens_passive(before: str, after: str, expected: bool) -> None:
    assert opens_passive(before, after) is expected


# (words before the number in its sentence, words after it, whether it is a named
# subject's level with its noun left out)
NAMED_LEVELS: list[tuple[str, str, bool]] = [
    ("Dorset Police recorded ", ", the same as a year earlier.", True),
    ("Poole saw ", ".", True),
    ("Bournemouth Christchurch and Poole accounted for just over ", ".", True),
    ("Devon and Cornwall Police logged around ", "; Dorset fewer.", True),
    ("Poole saw ", " burglaries.", False),  # a noun of its own
    ("Police in Poole recorded ", ".", False),  # not a named opening
    ("Poole recorded ", " in May and more in June.", False),  # the clause goes on
    ("Officers said Poole recorded ", ".", False),  # not the sentence's opening
    ("The Isle of Wight recorded ", ".", True),  # a name with its article
    ("The Highlands and Islands saw ", ".", True),
    ("Armagh City, Banbridge and Craigavon recorded ", ".", True),  # a list with commas
    ("Hull, Goole and Selby together accounted for ", ".", True),
    ("Later, officers recorded ", ".", False),  # a lower-case word after the comma
    ("The figures recorded ", ".", False),  # an article before no name
    ("Most were in Conwy and Denbighshire, which together accounted for ", ".", True),
    ("Most were in the north, which together accounted for ", ".", False),  # no name
    # a clause between commas after the name; "between them" after the count
    ("Leek and Buxton, which joined the scheme in 2024, accounted for ", ".", True),
    ("Poole, where the patrols began, recorded ", " between them.", True),
    ("Leek and Buxton accounted for ", " between them.", True),
    ("Leek and Buxton, which joined in 2024, saw ", " cars.", False),  # a noun of its own
    ("Officers, who joined in 2024, recorded ", ".", False),  # no name
]


@pytest.mark.parametrize(("before", "after", "expected"), NAMED_LEVELS)
def test_names_level(before: str, after: str, expected: bool) -> None:
    assert names_level(before, after) is expected


# (words before the number in its sentence, words after it, whether it restates a rate)
RESTATEMENTS: list[tuple[str, str, bool]] = [
    ("That is an average of almost ", " a week.", True),
    ("This is around ", " a day.", True),
    ("That works out at ", " per month.", True),
    ("That is equivalent to more than ", " every day, the charity said.", True),
    ("That is ", " officers a week.", False),  # a noun of its own
    ("This is ", ".", False),  # no rate
    ("Officers say that is ", " a week.", False),  # not the sentence's opening
]


@pytest.mark.parametrize(("before", "after", "expected"), RESTATEMENTS)
def test_restates_rate(before: str, after: str, expected: bool) -> None:
    assert restates_rate(before, after) is expected


# (words before the number in its sentence, words after it, whether it counts the things
# an opening share of the count before was of)
AFTER_SHARES: list[tuple[str, str, bool]] = [
    ("Almost two-thirds were grass fires, and ", " involved cars.", True),
    ("Half were boys and ", " were under 12.", True),
    ("Over 40% came at night, and nearly ", " had been drinking.", True),
    ("One in five were repeat callers, and ", " were referred on.", True),
    ("Half of the calls came at night, and ", " were referred on.", False),  # its own whole
    ("Almost two-thirds were grass fires, and ", " cars were burned.", False),  # a noun
    ("Officers said half were boys and ", " were under 12.", False),  # no opening share
]


@pytest.mark.parametrize(("before", "after", "expected"), AFTER_SHARES)
def test_follows_opening_share(before: str, after: str, expected: bool) -> None:
    assert follows_opening_share(before, after) is expected


# (words before the number in its sentence, whether it compares back)
COMPARISONS: list[tuple[str, bool]] = [
    ("That compares with ", True),
    ("This compares to just over ", True),
    ("That is up from ", True),
    ("It was down on ", True),
    ("That's a rise from around ", True),
    ("That is an increase on a total of ", True),
    ("Police said that compares with ", False),  # not the sentence's opening
    ("That is ", False),  # a restatement, not a comparison
]


@pytest.mark.parametrize(("before", "expected"), COMPARISONS)
def test_compares_back(before: str, expected: bool) -> None:
    assert compares_back(before) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The service took 2,310 calls in 2025. That compares with 1,980 in 2024.",
            [(2310, "calls", "2025"), (1980, "calls", "2024")],
        ),
        (
            "Wardens issued 640 fines in May. This is up from around 500 in April.",
            [(640, "fines", "2026"), (500, "fines", "2026")],
        ),
        (  # a noun of its own is read first
            "Wardens issued 640 fines in May. That compares with 12 wardens last year.",
            [(640, "fines", "2026"), (12, "wardens", "2025")],
        ),
    ],
)
def test_a_count_compared_back_counts_the_things_before(
    nlp: Language, text: str, expected: list[tuple[float, str, str]]
) -> None:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2026, 6, 3)
    found = [
        (f.value, f.unit, str(f.period.start.year) if f.period else None)
        for f in nlp(doc)._.statistics
    ]
    assert sorted(found) == sorted(expected)


def test_a_count_after_an_opening_share_counts_the_things_before(nlp: Language) -> None:
    doc = nlp.make_doc(
        "Crews in Conwy attended 520 grass fires in 2023. Almost a third were started "
        "deliberately, and 48 involved woodland."
    )
    doc._.published = dt.date(2024, 2, 1)
    found = [(f.value, f.unit, f.area) for f in nlp(doc)._.statistics]
    assert found == [
        (520, "fires", "Conwy"),
        (33.3, "percent", "Conwy"),
        (48, "fires", "Conwy"),
    ]


def test_a_passive_subject_count_takes_the_area_of_the_count_before(nlp: Language) -> None:
    doc = nlp.make_doc(
        "Essex Police ran a knife amnesty.\n\nBins in Colchester collected 300 knives in May. "
        "More than 100 were handed in on the first day."
    )
    doc._.published = dt.date(2024, 6, 3)
    found = [(f.value, f.unit, f.area) for f in nlp(doc)._.statistics]
    assert found == [(300, "knives", "Colchester"), (100, "knives", "Colchester")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Dyfed-Powys Police arrested 38 people in June. Twenty-four have since been charged.",
            [(38, "people"), (24, "people")],
            id="a-count-in-words-opening-a-passive",
        ),
        pytest.param(
            "Officers seized 90 bikes in June. Twelve were later returned to their owners.",
            [(90, "bikes"), (12, "bikes")],
            id="a-single-word-count",
        ),
        pytest.param(
            "Gwent Police recorded 412 burglaries in 2025. South Wales Police recorded 980.",
            [(412, "burglaries"), (980, "burglaries")],
            id="a-named-level-with-its-noun-left-out",
        ),
        pytest.param(
            "Officers seized 90 bikes in June. Twelve officers took part.",
            [(90, "bikes"), (12, "officers")],
            id="a-word-count-with-its-own-noun",
        ),
        pytest.param(  # a part named with "including" is not what the next count counts
            "Police arrested 61 people, including three nurses. Forty have been charged.",
            [(61, "people"), (3, "nurses"), (40, "people")],
            id="past-an-including-part",
        ),
    ],
)
def test_a_count_in_words_may_elide_its_noun(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2024, 7, 2)
    assert {(f.value, f.unit) for f in nlp(doc)._.statistics} == set(expected)


# (words before the number in its sentence, words after it, whether a place's level elides
# its noun)
PLACE_LEVELS: list[tuple[str, str, bool]] = [
    ("King's Lynn saw ", " and Ely 31.", True),
    ("Avon and Somerset accounted for ", " and Dorset for 2,150.", True),
    ("Avon and Somerset accounted for ", " and Dorset for years.", False),  # no count
    ("Bath and Wells recorded just over ", ".", True),
    ("In Stoke-on-Trent, ", " were reported.", False),  # opens_passive's, not this
    ("Carlisle had ", ", the highest in the county.", True),
    ("Wisbech saw ", " in May.", False),  # the clause goes on
    ("Officers recorded ", ".", False),  # no named subject
    ("The force recorded ", ".", False),
    ("Police said Ely saw ", ".", False),  # not the sentence's opening
    # a named ward, after a town's lead-in too, and a ward's gapped count after it
    ("In Barnsley, the Kingstone and Worsbrough ward saw ", ".", True),
    ("The Stanley ward recorded ", ", and Leeds's Gipton ward 16.", True),
    ("In Barnsley, the new ward saw ", ".", False),  # no name
    # gapped_joined_name: the next place's name holds "and", "of" or "upon"
    ("Wiltshire accounted for ", " and Bath and North East Somerset for 212.", True),
    ("Gateshead saw ", " and Newcastle upon Tyne 75.", True),
    ("Sefton logged ", " and the Isle of Man 40.", False),  # an article: not gapped here
    ("Hull recorded ", " and Stockton-on-Tees and Darlington 90.", True),
    ("Wiltshire accounted for ", " and officers and staff for 212.", False),  # no name
    ("Wiltshire accounted for ", " and Bath and North East Somerset for years.", False),
]


@pytest.mark.parametrize(("before", "after", "expected"), PLACE_LEVELS)
def test_names_level_of_a_place(before: str, after: str, expected: bool) -> None:
    assert names_level(before, after) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Shropshire recorded 1,310 thefts last year. Telford saw 402 and Oswestry 88.",
            [
                (1310, "thefts", "Shropshire"),
                (402, "thefts", "Telford"),
                (88, "thefts", "Oswestry"),
            ],
            id="a-place-led-sentence-of-levels",
        ),
        pytest.param(
            "Shropshire recorded 1,310 thefts last year. The Castlefields ward saw 52, and "
            "Telford's Dawley ward 38.",
            [
                (1310, "thefts", "Shropshire"),
                (52, "thefts", "Castlefields"),
                (38, "thefts", "Dawley ward"),
            ],
            id="ward-levels",
        ),
        pytest.param(
            "Shropshire recorded 1,310 thefts last year. Telford saw 402 officers.",
            [(1310, "thefts", "Shropshire"), (402, "officers", "Telford")],
            id="a-noun-of-its-own",
        ),
    ],
)
def test_a_place_led_level_counts_the_things_before(
    nlp: Language, text: str, expected: list[tuple[float, str, str]]
) -> None:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2024, 7, 2)
    assert [(f.value, f.unit, f.area) for f in nlp(doc)._.statistics] == expected


LEVELS: list[tuple[str, str, bool]] = [
    ("In Crewe, officers received ", ", almost double the figure for May.", True),
    ("In Hull alone, police recorded ", ".", True),
    ("The previous record was ", ", in 2019.", True),
    ("The previous high stood at around ", ".", True),
    ("In Crewe, officers received ", " calls.", False),  # a noun of its own
    ("In Crewe, ", " officers took part.", False),  # no verb of a level
    ("Officers said the record was ", ".", False),  # not the sentence's opening
]


@pytest.mark.parametrize(("before", "after", "expected"), LEVELS)
def test_states_level(before: str, after: str, expected: bool) -> None:
    assert states_level(before, after) is expected


def test_a_level_in_the_next_sentence_counts_the_things_before(nlp: Language) -> None:
    text = (
        "Gwent Police received 310 applications in 2025. In Newport, officers received 96, "
        "a third more than in 2024. The previous record was 280."
    )
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2026, 6, 3)
    found = [(f.value, f.unit) for f in nlp(doc)._.statistics if f.unit != "percent"]
    assert (96, "applications") in found and (280, "applications") in found


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("The other ", " were in Hull.", True),
        ("The remaining ", " were at a farm near Boston.", True),
        ("the other ", " were all from Doncaster.", True),
        ("The other ", " said they were paid nothing.", False),  # no place
        ("Officers said the other ", " were in Hull.", False),  # not the opening
    ],
)
def test_places_the_rest(before: str, after: str, expected: bool) -> None:
    assert places_the_rest(before, after) is expected


def test_the_rest_placed_counts_the_things_before(nlp: Language) -> None:
    doc = nlp.make_doc("Officers arrested 11 people in Grimsby. The other six were in Scunthorpe.")
    doc._.published = dt.date(2024, 5, 1)
    found = [(f.value, f.unit, f.area) for f in nlp(doc)._.statistics]
    assert found == [(11, "people", "Grimsby"), (6, "people", "Scunthorpe")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers arrested nine people in Hull. Four of the nine arrests were made in Goole.",
            [(9, "people"), (4, "arrests")],
        ),
        (
            "Officers found 30 workers at a farm near Boston. Twelve of the 30 workers were "
            "sleeping in sheds.",
            [(30, "workers"), (12, "workers")],
        ),
        (
            "Officers arrested seven people in Hull. Three of the seven people arrested "
            "have been charged.",
            [(7, "people"), (3, "people")],
        ),
        # near miss: "the nine" restates the count, it is no new figure
        ("Officers arrested nine people in Hull. The nine were released.", [(9, "people")]),
    ],
)
def test_a_part_of_a_restated_count_counts_its_noun(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2024, 5, 1)
    assert {(f.value, f.unit) for f in nlp(doc)._.statistics} == set(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one place's thing took in a part of the count before, its noun left out
        (
            "Volunteers collected 380 needles in May. The box outside Hove library collected "
            "52 on its own.",
            [(380, "needles"), (52, "needles")],
        ),
        (
            "Cumbria Police took in 96 firearms. The two bins at Carlisle station took in 30 "
            "between them.",
            [(96, "firearms"), (30, "firearms")],
        ),
        # more of the count before, as the object of its sentence
        (
            "Officers seized 120 bikes in April. Wardens found a further 17 in a lock-up in Dover.",
            [(120, "bikes"), (17, "bikes")],
        ),
        (
            "Staff gave out 900 alarms last year. Volunteers handed out another 150.",
            [(900, "alarms"), (150, "alarms")],
        ),
        # near misses: the clause goes on, a unit of time, a figure before it
        (
            "Volunteers collected 380 needles in May. The team in Hove collected 52 on Monday.",
            [(380, "needles")],
        ),
        ("Officers seized 120 bikes in April. They worked a further 12 hours.", [(120, "bikes")]),
    ],
)
def test_a_part_or_more_of_the_count_before(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2024, 5, 1)
    assert [(f.value, f.unit) for f in nlp(doc)._.statistics] == expected


ACTIONS = [
    pytest.param(
        "In the east of the county, 41 drivers were stopped. Officers in the west, covering "
        "Ledbury and Ross, stopped 29.",
        (29, "drivers"),
        id="subject-with-place-and-aside",
    ),
    pytest.param(
        "In Hull, 40 knives were seized. In Grimsby, officers seized 12.",
        (12, "knives"),
        id="lead-in-then-officers",
    ),
    pytest.param(
        "Officers in York arrested 19 men. Colleagues in Selby arrested 11.",
        (11, "men"),
        id="colleagues",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACTIONS)
def test_the_same_action_again_counts_the_things_before(
    nlp: Language, text: str, expected: tuple[float, str]
) -> None:
    """ "… 41 drivers were stopped. Officers in the west stopped 29.": 29 drivers
    (``repeats_action``)."""
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2025, 3, 4)
    assert expected in [(f.value, f.unit) for f in nlp(doc)._.statistics]


@pytest.mark.parametrize(
    "text",
    [
        "Officers made 140 stops. They arrested 27.",  # another verb: no stops
        "Officers arrested 5 people. Officers made 140 stops. They arrested 27.",  # too far
    ],
)
def test_another_action_counts_no_things_before(nlp: Language, text: str) -> None:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2025, 3, 4)
    assert 27 not in [f.value for f in nlp(doc)._.statistics]
