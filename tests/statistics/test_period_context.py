"""Which period a figure gets: lead-ins, clauses, comparisons, trailing statements."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts import extract_texts
from pressfacts.findings import PartialDate
from pressfacts.models.records import DocumentRecord, StatisticRecord
from pressfacts.statistics.period_back_references import BACK_REFERENCE_RULES
from pressfacts.statistics.period_context import LEAD_IN_RULES
from pressfacts.statistics.period_referring_lists import REFERRING_LIST_LEADS

P = dt.date(2022, 5, 10)


def periods_of(
    nlp: Language, text: str, published: dt.date | PartialDate | None = P
) -> dict[float, tuple[str, str] | None]:
    doc = nlp.make_doc(text)
    if isinstance(published, PartialDate):
        doc._.url_date = published  # only known from the url
    else:
        doc._.published = published
    doc = nlp(doc)
    return {
        float(f.value): (f.period.start.isoformat(), f.period.end.isoformat()) if f.period else None
        for f in doc._.statistics
    }


# one row per lead-in rule: the period stated once governs the figures after it
LEAD_INS: dict[str, tuple[str, dict[float, tuple[str, str] | None]]] = {
    "ran_named_operation_lead_in": (
        "Officers from Durham Constabulary ran Operation Viper between 3 and 9 March, "
        "visiting 40 schools. In total 120 knives were handed in.\n\nOfficers also "
        "arrested 12 people.\n\nThe team later gave 6 talks.",
        {
            40: ("2022-03-03", "2022-03-09"),
            120: ("2022-03-03", "2022-03-09"),
            12: ("2022-03-03", "2022-03-09"),
            6: None,  # two paragraphs on: not governed
        },
    ),
    "ran_an_operation_lead_in": (
        "Cleveland Police ran a speed enforcement operation over the Easter weekend. "
        "Officers stopped 88 cars.\n\nA further 9 drivers were arrested.\n\nThe team "
        "later gave 5 talks.",
        {
            88: ("2022-04-15", "2022-04-18"),
            9: ("2022-04-15", "2022-04-18"),
            5: None,  # two paragraphs on: not governed
        },
    ),
    "programme_span_lead_in": (
        "Gwent's commissioner will share £300,000 over the two-year programme. It will be "
        "paid between July 2022 and June 2024.\n\nA club in Newport gets £40,000.\n\nA "
        "mentoring scheme will receive £25,000 for 3 mentors.\n\nThe team later gave 8 "
        "talks.",
        {
            300000: ("2022-07-01", "2024-06-30"),
            40000: ("2022-07-01", "2024-06-30"),
            25000: ("2022-07-01", "2024-06-30"),
            3: ("2022-07-01", "2024-06-30"),
            8: None,  # three paragraphs on: not governed
        },
    ),
    "next_span_lead_in": (
        "Durham's commissioner has set aside £600,000 over the next two years for victim "
        "services. The money starts in September.\n\nA refuge in Darlington gets "
        "£90,000.\n\nA helpline will receive £45,000 for 4 call handlers.\n\nThe team "
        "later gave 6 talks.",
        {
            600000: ("2022-09-01", "2024-08-31"),
            90000: ("2022-09-01", "2024-08-31"),
            45000: ("2022-09-01", "2024-08-31"),
            4: ("2022-09-01", "2024-08-31"),
            6: None,  # three paragraphs on: not governed
        },
    ),
    "span_from_lead_in": (
        "Cleveland's commissioner has given £210,000 to eight youth charities for three years "
        "from June.\n\nA boxing club in Hartlepool gets £40,000.\n\nA mentoring charity "
        "will receive £25,000 to work in 12 schools.\n\nThe team later gave 6 talks.",
        {
            210000: ("2022-06-01", "2025-05-31"),
            8: ("2022-06-01", "2025-05-31"),
            40000: ("2022-06-01", "2025-05-31"),
            25000: ("2022-06-01", "2025-05-31"),
            12: ("2022-06-01", "2025-05-31"),
            6: None,  # three paragraphs on: not governed
        },
    ),
    "list_lead_in": (
        "Gwynedd officers reported on the year.\n\nIn 2020/21:\n\n- 58 arrests\n\n"
        "- 17 vehicles seized\n\nThe team thanks residents for 9 calls a day.",
        {
            58: ("2020-04-01", "2021-03-31"),
            17: ("2020-04-01", "2021-03-31"),
            9: None,  # after the list: not governed
        },
    ),
    "event_which_ran_lead_in": (
        "Gwent Police has published the results of Operation Kestrel, which ran throughout "
        "April.\n\nResults:\nArrests: 41\nVans recovered: 17\n\nThe team later gave 6 talks.",
        {
            41: ("2022-04-01", "2022-04-30"),
            17: ("2022-04-01", "2022-04-30"),
            6: None,  # two paragraphs on: not governed
        },
    ),
    "event_runs_until_lead_in": (
        "Gwent Police seized 12 bikes last year.\n\nThe campaign will run until Friday 17 "
        "June. Officers will visit 640 homes in Newport.\n\nThe force will also fund 9 "
        "patrols.\n\nIt later gave 5 talks.",
        {
            12: ("2021-01-01", "2021-12-31"),
            640: ("2022-05-10", "2022-06-17"),
            9: ("2022-05-10", "2022-06-17"),
            5: None,  # two paragraphs on: not governed
        },
    ),
    "event_ran_lead_in": (
        "Dyfed-Powys Police searched 31 homes during a week of action.\n\nThe campaign ran "
        "from 7 to 13 March and was led by the rural crime team.\n\nOfficers seized 44 quad "
        "bikes.\n\nThe team later gave 6 talks.",
        {
            31: ("2022-03-07", "2022-03-13"),
            44: ("2022-03-07", "2022-03-13"),
            6: None,  # two paragraphs on: not governed
        },
    ),
    "checks_carried_out_lead_in": (
        "Nine of the 40 pubs visited in Ely sold to a young volunteer.\n\nCouncil officers "
        "carried out the checks over two nights between 4 and 5 March.\n\nSix pubs in Soham "
        "failed.\n\nThe council later fined 3 landlords.",
        {
            9: None,  # before the lead-in: not governed
            40: None,
            6: ("2022-03-04", "2022-03-05"),
            3: None,  # two paragraphs on: not governed
        },
    ),
    "sentence_lead_in": (
        "During March 2022, officers in Fife stopped 212 vehicles. They issued 46 "
        "tickets and made 11 arrests.\nA further 5 drivers are warned each week.",
        {
            212: ("2022-03-01", "2022-03-31"),
            46: ("2022-03-01", "2022-03-31"),
            11: ("2022-03-01", "2022-03-31"),
            5: None,  # a new paragraph: not governed
        },
    ),
    "trial_lead_in": (
        "Merseyside Police will spend £40,000 on a dog in 2022/23.\n\nDuring a four-week "
        "pilot between January and February, the dog searched 610 bags at Lime Street. "
        "Officers found knives in 14 bags.\n\nResidents make 31 calls to the hotline each "
        "week.",
        {
            40000: ("2022-04-01", "2023-03-31"),
            610: ("2022-01-01", "2022-02-28"),
            14: ("2022-01-01", "2022-02-28"),  # the rest of its paragraph
            31: None,  # the next paragraph: not governed
        },
    ),
    "event_lead_in": (
        "Cumbria Police stopped 140 vans during a week of action from 7 to 13 March.\n\n"
        "Officers seized 23 vehicles and 6 dogs.\n\nResidents make 31 calls to the hotline "
        "each week.",
        {
            140: ("2022-03-07", "2022-03-13"),
            23: ("2022-03-07", "2022-03-13"),
            6: ("2022-03-07", "2022-03-13"),
            31: None,  # two paragraphs on: not governed
        },
    ),
    "event_after_lead_in": (
        "Norfolk Constabulary searched 52 homes between 2 and 8 May 2022 during a week of "
        "action on burglary.\n\nOfficers arrested 19 people. Of those, 7 were charged.\n\n"
        "A further 3 homes were searched in June 2022.\n\nResidents made 31 calls.",
        {
            52: ("2022-05-02", "2022-05-08"),
            19: ("2022-05-02", "2022-05-08"),
            7: ("2022-05-02", "2022-05-08"),
            3: ("2022-06-01", "2022-06-30"),
            31: None,  # past its reach
        },
    ),
    "an_operation_lead_in": (
        "Cleveland Police stopped 48 lorries during a three-day operation last week.\n\n"
        "Checkpoints ran on the A19 from Tuesday 3 to Thursday 5 May.\n\n"
        "Six lorries were seized and 17 drivers were reported.\n\n"
        "Residents make 31 calls to the hotline each week.",
        {
            48: ("2022-05-03", "2022-05-05"),
            6: ("2022-05-03", "2022-05-05"),
            17: ("2022-05-03", "2022-05-05"),
            31: None,  # three paragraphs on: not governed
        },
    ),
    "since_start_lead_in": (
        "Dyfed-Powys Police has made 88 arrests since the start of Operation Kestrel in "
        "January.\n\nOfficers also seized 3.5kg of heroin and £12,400 in cash.\n\n"
        "Residents make 31 calls to the hotline each week.",
        {
            88: ("2022-01-01", "2022-05-10"),
            3.5: ("2022-01-01", "2022-05-10"),
            12400: ("2022-01-01", "2022-05-10"),
            31: None,  # two paragraphs on: not governed
        },
    ),
    "since_start_day_lead_in": (
        "Essex Police has seized 74 dogs since the ban came into force on 3 February "
        "2022.\n\nOf those, 29 were returned and 12 owners were charged.\n\n"
        "Residents make 51 calls to the hotline each week.",
        {
            74: ("2022-02-03", "2022-05-10"),
            29: ("2022-02-03", "2022-05-10"),
            12: ("2022-02-03", "2022-05-10"),
            51: None,  # two paragraphs on: not governed
        },
    ),
    "raid_day_lead_in": (
        "Officers from Dyfed-Powys Police executed a warrant at a farm near Llandeilo on 4 "
        "April 2022.\n\nInside they found 640 plants and 38 lamps.\n\nThe team later gave "
        "7 talks.",
        {
            640: ("2022-04-04", "2022-04-04"),
            38: ("2022-04-04", "2022-04-04"),
            7: None,  # two paragraphs on: not governed
        },
    ),
    "haul_day_lead_in": (
        "A man who landed at Newcastle with 5kg of cocaine hidden in his holdall on 4 April "
        "2022 has been jailed.\n\nThe drugs, packed in 8 blocks, were worth £400,000.\n\n"
        "The team later gave 7 talks.",
        {
            5: ("2022-04-04", "2022-04-04"),
            8: ("2022-04-04", "2022-04-04"),
            400000: ("2022-04-04", "2022-04-04"),
            7: None,  # two paragraphs on: not governed
        },
    ),
    "action_day_lead_in": (
        "Six garages in Rhyl were found breaking the rules during a day of action led by "
        "North Wales Police on 4 April 2022.\n\nDuring the day, officers checked 52 cars and "
        "seized 9 bikes.\n\nThe team later gave 7 talks.",
        {
            6: ("2022-04-04", "2022-04-04"),
            52: ("2022-04-04", "2022-04-04"),
            9: ("2022-04-04", "2022-04-04"),
            7: None,  # two paragraphs on: not governed
        },
    ),
    "action_day_for_lead_in": (
        "Officers joined Conwy Council on 4 April 2022 for a day of action on the A55.\n\n"
        "During the operation, 31 vans were stopped. Officers found 8 drivers unlicensed."
        "\n\nThe team later gave 7 talks.",
        {
            31: ("2022-04-04", "2022-04-04"),
            8: ("2022-04-04", "2022-04-04"),
            7: None,  # two paragraphs on: not governed
        },
    ),
    "operation_day_lead_in": (
        "Officers caught dozens of drivers during a one-day operation on the A1 last week."
        "\n\nThey stopped 88 cars on Tuesday, 3 May, and 21 vans.\n\nOf those, 14 had no "
        "insurance.\n\nThe team later gave 5 talks.",
        {
            88: ("2022-05-03", "2022-05-03"),
            21: ("2022-05-03", "2022-05-03"),
            14: ("2022-05-03", "2022-05-03"),
            5: None,  # two paragraphs on: not governed
        },
    ),
    "since_began_lead_in": (
        "The trust has granted £640,000 to Durham clubs since its sport scheme began in "
        "2019. Around 2,100 children have joined, and one in five of them now volunteer."
        "\n\nResidents made 31 calls to the hotline.\n\nA further 9 cafes opened.",
        {
            640000: ("2019-01-01", "2022-05-10"),
            2100: ("2019-01-01", "2022-05-10"),
            20: ("2019-01-01", "2022-05-10"),
            31: ("2019-01-01", "2022-05-10"),  # the next paragraph
            9: None,  # two paragraphs on: not governed
        },
    ),
}

# more forms of a lead-in rule, and near misses
LEAD_IN_VARIANTS: dict[str, tuple[str, dict[float, tuple[str, str] | None]]] = {
    "event_after_as_part_of": (
        "Gwent Police stopped 80 vans from 3 to 9 June 2022 as part of an enforcement week."
        "\n\nOfficers seized 11 vans.",
        {80: ("2022-06-03", "2022-06-09"), 11: ("2022-06-03", "2022-06-09")},
    ),
    "since_began_bins_installed": (
        "More than 2,600 blades have been left in surrender bins in Wiltshire since the bins "
        "were installed in 2020.\n\nThey are emptied by officers and everything inside is "
        "destroyed.\n\nThe bin in Swindon took in 904 blades, while 388 blades were left in "
        "Salisbury.\n\nThe team later gave 6 talks.",
        {
            2600: ("2020-01-01", "2022-05-10"),
            904: ("2020-01-01", "2022-05-10"),
            388: ("2020-01-01", "2022-05-10"),
            6: None,
        },
    ),
    "checks_carried_out_test_purchases": (
        "Officers carried out the test purchases between 2 and 4 April 2022.\n\nFour "
        "takeaways in Yeovil sold to a child.",
        {4: ("2022-04-02", "2022-04-04")},
    ),
    "checks_carried_out_not_a_count": (
        "Officers carried out 40 checks in April 2022.\n\nFour takeaways in Yeovil "
        "sold to a child.",
        {40: ("2022-04-01", "2022-04-30"), 4: None},  # a count of its own: no lead-in
    ),
    "event_after_not_another_event": (
        "Gwent Police stopped 80 vans in June 2022, the force said in a statement."
        "\n\nOfficers seized 11 vans.",
        # no event rule dates the 11; told in the past after the lead: narrative_count
        {80: ("2022-06-01", "2022-06-30"), 11: ("2022-06-01", "2022-06-30")},
    ),
    "a_week_of_action_dated_later_and_its_list": (
        "Leicestershire Police searched 31 homes during a week of targeted action.\n\n"
        "The results of the week, which ran from 7 to 13 March, include:\n\n- 19 arrests"
        "\n\n- 9 vans seized\n\nOfficers also visited 40 farms.\n\nThe team later gave "
        "6 talks.",
        {
            31: ("2022-03-07", "2022-03-13"),  # the one week the text dates
            19: ("2022-03-07", "2022-03-13"),
            9: ("2022-03-07", "2022-03-13"),  # the whole list, blank lines between
            40: ("2022-03-07", "2022-03-13"),  # the paragraph after the list
            6: None,  # past its reach
        },
    ),
    "the_fortnight_ran": (
        "Essex Police stopped 120 bikes.\n\nThe fortnight ran from 1 to 14 March.\n\n"
        "Officers seized 12 bikes.\n\nThe team later gave 6 talks.",
        {120: None, 12: ("2022-03-01", "2022-03-14"), 6: None},
    ),
    "event_after_named_operation": (
        "Gwent Police stopped 80 vans over the summer as part of Operation Tern.\n\n"
        "Officers seized 11 vans.\n\nThe team later gave 6 talks.",
        {80: ("2021-06-01", "2021-08-31"), 11: ("2021-06-01", "2021-08-31"), 6: None},
    ),
    "the_operation_after_another_events_dates": (
        "Gwent Police stopped 80 vans over the summer as part of a crackdown on uninsured "
        "drivers.\n\nThe team later gave 6 talks.\n\nResidents make 40 calls a week.\n\n"
        "Van thefts fell by 9% during the operation.",
        {
            80: ("2021-06-01", "2021-08-31"),
            6: ("2021-06-01", "2021-08-31"),
            40: None,
            9: ("2021-06-01", "2021-08-31"),
        },
    ),
    "a_lead_in_ends_where_a_paragraph_states_its_own_period": (
        "Kent Police seized 38 knives.\n\nThe week, which ran from 2 to 8 May, saw 12 "
        "arrests.\n\nKnife crime fell by 9% in the year to March 2022, with 610 offences "
        "against 670 the previous year. In Maidstone, offences fell from 88 to 80.",
        {
            38: None,
            12: ("2022-05-02", "2022-05-08"),
            9: ("2020-04-01", "2022-03-31"),
            610: ("2021-04-01", "2022-03-31"),
            670: ("2020-04-01", "2021-03-31"),
            88: ("2020-04-01", "2021-03-31"),  # the trend runs on, not the week
            80: ("2021-04-01", "2022-03-31"),
        },
    ),
    "a_list_line_with_its_own_period_keeps_the_lead_in": (
        "Officers made arrests during the operation, which ran from 2 to 8 May:\n\n"
        "- 12 arrests for drug supply, up from 7 in 2021\n- 5 arrests for burglary",
        {
            12: ("2022-05-02", "2022-05-08"),
            7: ("2021-01-01", "2021-12-31"),
            5: ("2022-05-02", "2022-05-08"),
        },
    ),
    "an_undated_event_then_its_dates_lead_a_list": (
        "Officers made 40 arrests during the crackdown, which ran from 2 to 8 May:\n\n"
        "- 12 knives seized\n- 5 vans seized",
        {
            40: ("2022-05-02", "2022-05-08"),
            12: ("2022-05-02", "2022-05-08"),
            5: ("2022-05-02", "2022-05-08"),
        },
    ),
    "an_event_dated_after_its_name_opens_a_list": (
        "During the operation, which took place between 2 and 8 May, officers made:\n\n"
        "- 12 arrests\n- 5 seizures",
        {12: ("2022-05-02", "2022-05-08"), 5: ("2022-05-02", "2022-05-08")},
    ),
    "since_launching_lead_in": (
        "Sussex Police has stopped 214 e-bikes since launching its scheme in February."
        "\n\nOfficers returned 57 of them to their owners.",
        {214: ("2022-02-01", "2022-05-10"), 57: ("2022-02-01", "2022-05-10")},
    ),
    "since_month_alone_no_lead_in": (
        "Sussex Police has stopped 214 e-bikes since February.\n\nOfficers returned 57 bikes.",
        {214: ("2022-02-01", "2022-05-10"), 57: None},
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of last year's whole is last year's
        (
            "Drink was a factor in 11 of last year's fatal crashes.",
            {11: ("2021-01-01", "2021-12-31")},
        ),
        # near misses: an event's year is the same period a year before; "this year's" may
        # be a year the release set itself (a financial year)
        ("Police made 12 arrests during last year's campaign.", {12: None}),
        ("Girls were the victims in 30 of this year's offences.", {30: None}),
    ],
)
def test_last_years_whole(nlp: Language, text: str, expected: object) -> None:
    assert periods_of(nlp, text) == expected


# one row per referring list lead: the list takes the period of the figures just stated
REFERRING_LISTS: dict[str, tuple[str, dict[float, tuple[str, str] | None]]] = {
    "they_included_list": (
        "Dyfed-Powys Police made 40 arrests in March. They included:\n\n- 12 arrests for theft\n"
        "- 5 arrests for assault",
        {
            40: ("2022-03-01", "2022-03-31"),
            12: ("2022-03-01", "2022-03-31"),
            5: ("2022-03-01", "2022-03-31"),
        },
    ),
    "of_these_list": (
        "Officers stopped 300 drivers in 2021.\n\nOf those stopped:\n\n- 41 were arrested\n"
        "- 18 were reported",
        {
            300: ("2021-01-01", "2021-12-31"),
            41: ("2021-01-01", "2021-12-31"),
            18: ("2021-01-01", "2021-12-31"),
        },
    ),
    "breakdown_list": (
        "The force logged 920 thefts in April. The breakdown is as follows:\n\n- 300 thefts from "
        "shops\n- 120 thefts from vehicles",
        {
            920: ("2022-04-01", "2022-04-30"),
            300: ("2022-04-01", "2022-04-30"),
            120: ("2022-04-01", "2022-04-30"),
        },
    ),
    "key_figures_list": (
        "The helpline took 8,300 calls in 2021. Key figures:\n\n- 2,100 calls came at night"
        "\n- 35% of callers were under 16",
        {
            8300: ("2021-01-01", "2021-12-31"),
            2100: ("2021-01-01", "2021-12-31"),
            35: ("2021-01-01", "2021-12-31"),
        },
    ),
    "results_list": (
        "Officers made 31 arrests during a week of action from 4 to 10 April. Results included:"
        "\n\n• £12,000 in cash seized\n• 9 vulnerable people safeguarded",
        {
            31: ("2022-04-04", "2022-04-10"),
            12000: ("2022-04-04", "2022-04-10"),
            9: ("2022-04-04", "2022-04-10"),
        },
    ),
    "by_trait_list": (
        "Police recorded 900 burglaries in 2021. Burglaries by district:\n\n- 300 burglaries "
        "in Ipswich\n- 200 burglaries in Lowestoft",
        {
            900: ("2021-01-01", "2021-12-31"),
            300: ("2021-01-01", "2021-12-31"),
            200: ("2021-01-01", "2021-12-31"),
        },
    ),
}


def test_every_referring_list_lead_has_a_row() -> None:
    assert set(REFERRING_LIST_LEADS) == set(REFERRING_LISTS)


@pytest.mark.parametrize("name", list(REFERRING_LISTS), ids=list(REFERRING_LISTS))
def test_referring_list_lead(nlp: Language, name: str) -> None:
    text, expected = REFERRING_LISTS[name]
    assert periods_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lead line with a figure of its own is no back-reference
        (
            "Officers made 40 arrests in March. They included 12 arrests for theft:\n\n"
            "- 5 arrests in Rhyl",
            {40: ("2022-03-01", "2022-03-31"), 12: ("2022-03-01", "2022-03-31"), 5: None},
        ),
        # nothing dated before the lead line: the list stays undated
        (
            "Officers made 40 arrests. They included:\n\n- 12 arrests for theft",
            {40: None, 12: None},
        ),
        # a list line without a back-reference
        (
            "Police recorded 900 burglaries in 2021. Our advice:\n\n- lock 2 doors",
            {900: ("2021-01-01", "2021-12-31"), 2: None},
        ),
        (
            "Police recorded 900 burglaries in 2021. Key dates:\n\n- 2 open days at the station",
            {900: ("2021-01-01", "2021-12-31"), 2: None},
        ),
        # a summary naming whose figures they are; its whole list, past the sentences a
        # back-reference reaches
        (
            "The figures cover the year to March 2022. Key figures for the force:\n\n- 910 "
            "burglaries\n- 820 robberies\n- 730 assaults\n- 640 thefts",
            {
                910: ("2021-04-01", "2022-03-31"),
                820: ("2021-04-01", "2022-03-31"),
                730: ("2021-04-01", "2022-03-31"),
                640: ("2021-04-01", "2022-03-31"),
            },
        ),
        # the summary's own kind: officers' finds after a count of theirs
        (
            "Officers made 40 arrests in March. They also seized:\n\n- 12 knives\n- 3 guns",
            {
                40: ("2022-03-01", "2022-03-31"),
                12: ("2022-03-01", "2022-03-31"),
                3: ("2022-03-01", "2022-03-31"),
            },
        ),
    ],
)
def test_referring_list_near_misses(nlp: Language, text: str, expected: object) -> None:
    assert periods_of(nlp, text) == expected


@pytest.mark.parametrize("name", list(LEAD_IN_VARIANTS), ids=list(LEAD_IN_VARIANTS))
def test_lead_in_variant(nlp: Language, name: str) -> None:
    text, expected = LEAD_IN_VARIANTS[name]
    assert periods_of(nlp, text) == expected


def test_every_lead_in_rule_has_a_row() -> None:
    assert {rule.name for rule in LEAD_IN_RULES} == set(LEAD_INS)


@pytest.mark.parametrize("name", list(LEAD_INS), ids=list(LEAD_INS))
def test_lead_in(nlp: Language, name: str) -> None:
    text, expected = LEAD_INS[name]
    assert periods_of(nlp, text) == expected


# one row per choice rule
CHOICES: dict[
    str, tuple[str, dt.date | PartialDate | None, dict[float, tuple[str, str] | None]]
] = {
    # a later clause's "compared with … in 2015" is not the figure's
    "compared_with_clause": (
        "About 70 burglaries are reported each week, compared with 95 burglaries in 2015.",
        P,
        {70: None, 95: ("2015-01-01", "2015-12-31")},
    ),
    # ", with …" opens the clause of the next figure
    "with_clause": (
        "Officers recorded 800 thefts since 2019, with 260 thefts recorded in 2021.",
        None,
        {800: None, 260: ("2021-01-01", "2021-12-31")},
    ),
    # a meeting's day dates the event, not the figure
    "event_day_is_no_period": (
        "On Tuesday 8 March 2022 the panel backed a rise of 3.1% in the precept.",
        P,
        {3.1: None},
    ),
    # a change against the previous year covers both years, never inverted
    "change_over_two_periods": (
        "There were 390 thefts in 2020/21, a 12% fall from the previous year.",
        None,
        {390: ("2020-04-01", "2021-03-31"), 12: ("2019-04-01", "2021-03-31")},
    ),
    # a level before "a rise of N on the year before" is the later year's
    "level_before_a_rise_of": (
        "In Cardiff, wardens helped 2,310 tenants in 2020/21, a rise of 415 on the year before.",
        None,
        {2310: ("2020-04-01", "2021-03-31"), 415: ("2019-04-01", "2021-03-31")},
    ),
    # the level a change reached "to" after its yardstick, and a share of it, are the
    # later year's
    "level_reached_after_yardstick": (
        "The trust helped 5,200 families in 2020/21. Calls to its helpline rose by 18% on "
        "the previous year to 9,400, with more than 40% of them made at night.",
        None,
        {
            5200: ("2020-04-01", "2021-03-31"),
            18: ("2019-04-01", "2021-03-31"),
            9400: ("2020-04-01", "2021-03-31"),
            40: ("2020-04-01", "2021-03-31"),
        },
    ),
    # ", from N to M" after a comparison: N is the earlier half's, M the later's
    "comma_from_level": (
        "Thefts in Derby fell by 9% between April and June 2021 compared with the same "
        "period in 2020, from 1,480 thefts to 1,347.",
        None,
        {
            9: ("2020-04-01", "2021-06-30"),
            1480: ("2020-04-01", "2020-06-30"),
            1347: ("2021-04-01", "2021-06-30"),
        },
    ),
    # "… dropped from N to M" under a lead-in comparing two periods: N the earlier's
    "from_level_under_lead_in": (
        "Between April and June 2021, thefts in Gwent fell by 5% compared with the same "
        "period in 2020. Thefts in Newport dropped from 120 to 95.",
        None,
        {
            5: ("2020-04-01", "2021-06-30"),
            120: ("2020-04-01", "2020-06-30"),
            95: ("2021-04-01", "2021-06-30"),
        },
    ),
    # "a further" sum after the earlier half of a comparison is the later period's
    "a_further_after_yardstick": (
        "The trust raised £2.6m in 2020/21, up from £2.1m in 2019/20, and its shops "
        "brought in a further £400,000.",
        None,
        {
            2600000: ("2020-04-01", "2021-03-31"),
            2100000: ("2019-04-01", "2020-03-31"),
            400000: ("2020-04-01", "2021-03-31"),
        },
    ),
    # a count the later figure "includes", after the earlier half of its comparison
    "included_after_yardstick": (
        "Gwent Police had 1,610 officers in 2023. The total is 54 more than a year earlier "
        "and includes 402 detectives.",
        None,
        {
            1610: ("2023-01-01", "2023-12-31"),
            54: ("2022-01-01", "2023-12-31"),
            402: ("2023-01-01", "2023-12-31"),
        },
    ),
    # a change over one span covers that span only
    "change_over_one_span": (
        "Scam reports in Powys fell by 15% in the past 12 months.",
        P,
        {15: ("2021-05-01", "2022-04-30")},
    ),
    # a relative phrase without P leaves its figure undated, not another's period
    "undated_phrase_blocks": (
        "Kent recorded 640 frauds over the past three years. In 2018 there were 90 frauds.",
        None,
        {640: None, 90: ("2018-01-01", "2018-12-31")},
    ),
    # a trailing statement dates the undated figures before it
    "trailing_statement": (
        "Cheshire Police logged 312 reports of stalking last year.\n"
        "The reports were made between 1 April 2020 and 31 March 2021.",
        None,
        {312: ("2020-04-01", "2021-03-31")},
    ),
    # a same-period comparison with an earlier year
    "same_period_in_year": (
        "Between 1 May 2021 and 30 June 2021 there were 140 reports in Devon, compared to "
        "120 reports in Devon in the same period in 2019 – a rise of 16%.",
        None,
        {
            140: ("2021-05-01", "2021-06-30"),
            120: ("2019-05-01", "2019-06-30"),
            16: ("2019-05-01", "2021-06-30"),
        },
    ),
    # ", down 8% on the same period last year" is the change's clause, not the count's
    "down_on_clause": (
        "In the first quarter of 2022 there were 512 burglaries, down 8% on the same period "
        "last year.",
        None,
        {512: ("2022-01-01", "2022-03-31"), 8: ("2021-01-01", "2022-03-31")},
    ),
    # a change against an N-year average runs from the average's start
    "years_average": (
        "From April to June 2021 Essex recorded 930 frauds, up 12% on the three-year average.",
        None,
        {930: ("2021-04-01", "2021-06-30"), 12: ("2018-04-01", "2021-06-30")},
    ),
    # "year on year" after a stated period: the change covers that period and a year before
    "year_on_year": (
        "From May to July 2021 Suffolk logged 410 thefts, up 6% year on year.",
        None,
        {410: ("2021-05-01", "2021-07-31"), 6: ("2020-05-01", "2021-07-31")},
    ),
    # ... or before the month it compares, named right after it
    "year_on_year_then_month": (
        "Suffolk logged 410 thefts in April, up 6% year on year.",
        P,
        {410: ("2022-04-01", "2022-04-30"), 6: ("2021-04-01", "2022-04-30")},
    ),
    "year_on_year_before_its_month": (
        "Shop thefts in Suffolk rose 6% year-on-year in April, to 410.",
        P,
        {6: ("2021-04-01", "2022-04-30"), 410: ("2022-04-01", "2022-04-30")},
    ),
    # a change in a paragraph that compares two periods covers both, not the lead-in's
    "change_in_a_comparison_paragraph": (
        "Between July and September 2021, staff handled 4,200 calls, up from 2,100 calls "
        "in the previous three months. The total doubled.",
        P,
        {
            4200: ("2021-07-01", "2021-09-30"),
            2100: ("2021-04-01", "2021-06-30"),
            2: ("2021-04-01", "2021-09-30"),
        },
    ),
    # a range without a year before "the same period in YYYY": the year after it
    "range_year_from_comparison": (
        "There were 260 reports in Devon between 4 April and 20 May, compared to 230 in the "
        "same period in 2021 – a rise of 30 (13%).",
        None,
        {
            260: ("2022-04-04", "2022-05-20"),
            230: ("2021-04-04", "2021-05-20"),
            30: ("2021-04-04", "2022-05-20"),
            13: ("2021-04-04", "2022-05-20"),
        },
    ),
    # "compared to N last year" after a span: the same dates a year earlier
    "compared_to_n_last_year": (
        "Between 4 April and 20 May, officers arrested 81 people, compared to 70 last year "
        "– a rise of 11.",
        dt.date(2022, 6, 1),
        {
            81: ("2022-04-04", "2022-05-20"),
            70: ("2021-04-04", "2021-05-20"),
            11: ("2021-04-04", "2022-05-20"),
        },
    ),
    # "on the same period last year" before the comparison is stated
    "comparison_stated_later": (
        "Reports of theft in Hull went up by 25% on the same period last year.\n\n"
        "There were 125 reports between 1 March and 30 April, compared with 100 in the "
        "same period in 2021.",
        None,
        {
            25: ("2021-03-01", "2022-04-30"),
            125: ("2022-03-01", "2022-04-30"),
            100: ("2021-03-01", "2021-04-30"),
        },
    ),
    # a month without a year in a dated text, stated once for the figures of its clause
    "month_for_a_group": (
        "In the Lothians, 48 calls and 30 emails reached the helpline in February.",
        P,
        {48: ("2022-02-01", "2022-02-28"), 30: ("2022-02-01", "2022-02-28")},
    ),
    "month_after_a_group": (
        "Some 12 of the 40 drivers stopped during April were over the limit.",
        P,
        {12: ("2022-04-01", "2022-04-30"), 40: ("2022-04-01", "2022-04-30")},
    ),
    # a charge changed for the next year: the change covers this year and the next
    "charge_change_for_next_year": (
        "The fire levy will increase by 2.5% for the next financial year.\n\n"
        "The panel backed the proposal to increase the levy by 3.1%.",
        P,
        {2.5: ("2022-04-01", "2024-03-31"), 3.1: ("2022-04-01", "2024-03-31")},
    ),
    # a change to the level of a year compares it with the year before
    "change_to_level_of_year": (
        "Reports of fraud in Kent rose by 18% to 2,400 last year.",
        P,
        {18: ("2020-01-01", "2021-12-31"), 2400: ("2021-01-01", "2021-12-31")},
    ),
    "change_reaching_level_of_year": (
        "Reports of fraud in Kent rose by 18%, reaching 2,400 last year.",
        P,
        {18: ("2020-01-01", "2021-12-31"), 2400: ("2021-01-01", "2021-12-31")},
    ),
    # a multiple of a yardstick with its own period: the count keeps the opening period,
    # the multiple covers both
    "multiple_of_a_yardstick": (
        "In the first quarter of 2022/23, Devon and Cornwall Police recorded 840 thefts, "
        "almost twice the 430 recorded in the same quarter of 2020/21.",
        P,
        {
            840: ("2022-04-01", "2022-06-30"),
            2: ("2020-04-01", "2022-06-30"),
            430: ("2020-04-01", "2020-06-30"),
        },
    ),
    # "the same quarter of 2020/21" is in that financial year: January to March 2021
    "same_quarter_of_a_financial_year": (
        "In the fourth quarter of 2021/22, 310 burglaries were recorded in Bath, up from 250 "
        "in the same quarter of 2020/21.",
        P,
        {310: ("2022-01-01", "2022-03-31"), 250: ("2021-01-01", "2021-03-31")},
    ),
    # one span restated in apposition is one period, not a comparison of two
    "restated_span": (
        "In the fourth quarter of 2021/22, between January and March, burglaries in Bath "
        "rose by 20% compared with the same quarter of 2020/21.",
        P,
        {20: ("2021-01-01", "2022-03-31")},
    ),
    # the url's year and month place "its first three weeks from 6th September"
    "url_month_first_span": (
        "In its first three weeks from 6th September, the unit made 22 arrests.\n\n"
        "Of the 22, 9 were charged.",
        PartialDate(2021, 10, None, "url"),
        {22: ("2021-09-06", "2021-09-26"), 9: ("2021-09-06", "2021-09-26")},
    ),
}


@pytest.mark.parametrize("name", list(CHOICES), ids=list(CHOICES))
def test_choice(nlp: Language, name: str) -> None:
    text, published, expected = CHOICES[name]
    assert periods_of(nlp, text, published) == expected


def test_a_repeated_figure_keeps_the_first_period(nlp: Language) -> None:
    text = (
        "Norfolk Police seized 75 knives in Norfolk in 2021. The chief said: "
        '"We took 75 knives off the streets of Norfolk."'
    )
    assert periods_of(nlp, text) == {75: ("2021-01-01", "2021-12-31")}


def test_a_batch_with_a_previous_year_after_a_financial_year_completes() -> None:
    texts = [
        "---\ntitle: Thefts\n---\nThere were 410 thefts in 2022/23, up 7% on the previous year.",
        "---\npublished: 2023-02-01\n---\nCalls rose by 20% last year, against the year before.",
        "Reports fell 4% in the year to March 2023 from the previous year's 300 reports.",
    ]
    records = extract_texts(texts)
    documents = [r for r in records if isinstance(r, DocumentRecord)]
    assert len(documents) == 3 and all(d.status == "ok" for d in documents)
    for record in records:
        if isinstance(record, StatisticRecord) and record.period is not None:
            assert record.period.start <= record.period.end


# one row per back-reference rule: a sentence speaking of the figures just stated takes
# the main period of the sentence before (not the earlier half of a comparison)
BACK_REFERENCES: dict[str, tuple[str, dict[float, tuple[str, str] | None]]] = {
    "place_alone": (
        "North Wales Police took in 240 knives between 2 and 8 May. Of those, 190 were "
        "left in bins at stations.\n\nWrexham's bin alone took in 61 blades, about a third "
        "of the total.",
        {
            240: ("2022-05-02", "2022-05-08"),
            190: ("2022-05-02", "2022-05-08"),
            61: ("2022-05-02", "2022-05-08"),
            33.3: ("2022-05-02", "2022-05-08"),
        },
    ),
    "part_of_the_counted": (
        "Officers seized 31 vehicles between 1 March and 30 April. Nine of the vehicles were "
        "found in Malton.",
        {31: ("2022-03-01", "2022-04-30"), 9: ("2022-03-01", "2022-04-30")},
    ),
    "place_ranked_most": (
        "Officers made 164 arrests between 1 and 28 February. Harrogate accounted for the "
        "largest share of the arrests, with 41, followed by Ripon with 30 and Selby with 22.",
        {
            164: ("2022-02-01", "2022-02-28"),
            41: ("2022-02-01", "2022-02-28"),
            30: ("2022-02-01", "2022-02-28"),
            22: ("2022-02-01", "2022-02-28"),
        },
    ),
    "largest_change_in": (
        "Cumbria recorded 410 thefts between January and April, down from 530 in the first "
        "four months of last year. The sharpest fall was in Carlisle, where thefts dropped "
        "from 160 to 101.",
        {
            410: ("2022-01-01", "2022-04-30"),
            530: ("2021-01-01", "2021-04-30"),
            160: ("2021-01-01", "2021-04-30"),
            101: ("2022-01-01", "2022-04-30"),
        },
    ),
    "the_activity_went_on": (
        "Lincolnshire officers gave talks to 3,400 pupils since the start of the school year. "
        "The talks, run with a youth charity, have reached 52 schools.",
        {3400: ("2021-09-01", "2022-05-10"), 52: ("2021-09-01", "2022-05-10")},
    ),
    "place_figure_stood": (
        "Cumbria recorded 410 thefts between January and April. In the Eden Valley, the "
        "total stood at 38.",
        {410: ("2022-01-01", "2022-04-30"), 38: ("2022-01-01", "2022-04-30")},
    ),
    "the_body_went_on": (
        "Barnardo's Cymru supported 9,400 young carers across Wales in 2020/21. The "
        "charity worked with 2,100 of them in Cardiff and 640 in Wrexham.",
        {
            9400: ("2020-04-01", "2021-03-31"),
            2100: ("2020-04-01", "2021-03-31"),
            640: ("2020-04-01", "2021-03-31"),
        },
    ),
    "pronoun_went_on": (
        "A gang hacked the college's network during the summer of 2024. They demanded "
        "£85,000 and later leaked 3,100 files.",
        {85000: ("2024-06-01", "2024-08-31"), 3100: ("2024-06-01", "2024-08-31")},
    ),
    "share_of_the_counted": (
        "Gwent Police recorded 520 burglaries in 2020/21. Sheds were the target in more "
        "than a third of the burglaries in Monmouth.",
        {520: ("2020-04-01", "2021-03-31"), 33.3: ("2020-04-01", "2021-03-31")},
    ),
    "of_the_respondents": (
        "About 1,800 people in Gwent answered the force's rural crime survey in March. "
        "Of the farmers who responded, 41% said they had been victims of theft.",
        {1800: ("2022-03-01", "2022-03-31"), 41: ("2022-03-01", "2022-03-31")},
    ),
    "its_subject": (
        "A Dyfed-Powys panel reviewed 200 search records between January and March. Its "
        "members rated 170 cases fair.",
        {200: ("2022-01-01", "2022-03-31"), 170: ("2022-01-01", "2022-03-31")},
    ),
    "victims_went_on": (
        "Surrey Trading Standards logged 230 doorstep scams in 2023. Victims handed over "
        "£1,900 on average, and 40 of them lived alone.",
        {
            230: ("2023-01-01", "2023-12-31"),
            1900: ("2023-01-01", "2023-12-31"),
            40: ("2023-01-01", "2023-12-31"),
        },
    ),
    "quantifier_gloss": (
        "Staffordshire Police recorded 410 frauds between January and March. Most of them, "
        "61%, began online.",
        {410: ("2022-01-01", "2022-03-31"), 61: ("2022-01-01", "2022-03-31")},
    ),
    "quantifier_subject": (
        "Dorset Police recorded 380 shed break-ins between January and March. Most happened "
        "at night, and in about a quarter of cases the lock had been cut.",
        {380: ("2022-01-01", "2022-03-31"), 25: ("2022-01-01", "2022-03-31")},
    ),
    "measure_ranked_in": (
        "Devon officers recorded 2,300 thefts between January and March.\n\nThe rate was "
        "highest in Exeter, at 41%, and lowest in Torridge, at 12%.",
        {
            2300: ("2022-01-01", "2022-03-31"),
            41: ("2022-01-01", "2022-03-31"),
            12: ("2022-01-01", "2022-03-31"),
        },
    ),
    "things_ranked_in": (
        "Lothian officers answered 5,200 calls between January and March.\n\nMissed calls "
        "were highest in the Midlothian area, where 310 callers gave up.",
        {5200: ("2022-01-01", "2022-03-31"), 310: ("2022-01-01", "2022-03-31")},
    ),
    "count_of_them": (
        "Norfolk officers visited 88 firms between January and March. Eleven of them had "
        "lost money to fraud, £36,000 between them.",
        {
            88: ("2022-01-01", "2022-03-31"),
            11: ("2022-01-01", "2022-03-31"),
            36000: ("2022-01-01", "2022-03-31"),
        },
    ),
    "during_those_counted": (
        "Surrey volunteers made 96 visits to custody suites between January and March. The "
        "volunteers spoke to 410 detainees during those visits.",
        {96: ("2022-01-01", "2022-03-31"), 410: ("2022-01-01", "2022-03-31")},
    ),
    "share_opens_in": (
        "Dorset officers searched 240 cars between January and March. In one in five "
        "searches, nothing was found.",
        {240: ("2022-01-01", "2022-03-31"), 20: ("2022-01-01", "2022-03-31")},
    ),
    "share_of_cases_opens_in": (
        "Dorset paramedics reported 310 assaults between January and March. In 30% of cases "
        "the patient was drunk.",
        {310: ("2022-01-01", "2022-03-31"), 30: ("2022-01-01", "2022-03-31")},
    ),
    "of_the_sum": (
        "Kent's commissioner set aside £400,000 for 2022/23. Demand had risen, she said. Of "
        "the funding, £90,000 will go to a refuge.",
        {400000: ("2022-04-01", "2023-03-31"), 90000: ("2022-04-01", "2023-03-31")},
    ),
    "share_of_the_sum": (
        "Kent's commissioner set aside £400,000 for 2022/23. Calls rose by 9% in 2021. The "
        "office said half of the money, £200,000, will go to a refuge.",
        {
            400000: ("2022-04-01", "2023-03-31"),
            9: ("2021-01-01", "2021-12-31"),
            50: ("2022-04-01", "2023-03-31"),
            200000: ("2022-04-01", "2023-03-31"),
        },
    ),
    "sum_of_it": (
        "Cumbria Police spent £520,000 on the ferry ports in 2022/23. Only £140,000 of that "
        "came from a Home Office grant.",
        {520000: ("2022-04-01", "2023-03-31"), 140000: ("2022-04-01", "2023-03-31")},
    ),
    "cost_of_them": (
        "Bolton Council cleared 1,900 fly-tips in 2022/23. Demand had risen, it said. "
        "Clearing them cost the council £150,000.",
        {1900: ("2022-04-01", "2023-03-31"), 150000: ("2022-04-01", "2023-03-31")},
    ),
    "likelihood_ratio": (
        "Humberside officers made 3,100 searches between January and March. In Hull, where "
        "most of them took place, Asian men were 2.4 times more likely to be searched.",
        {3100: ("2022-01-01", "2022-03-31"), 2.4: ("2022-01-01", "2022-03-31")},
    ),
    "that_is": (
        "Gwent officers stopped 620 drivers between March and April. That is an average "
        "of 10 drivers a day, and 8% more than the first two months of last year.",
        {
            620: ("2022-03-01", "2022-04-30"),
            10: ("2022-03-01", "2022-04-30"),
            8: ("2021-01-01", "2022-04-30"),
        },
    ),
    "share_of_them": (
        "Cleveland Police took 300 calls about scams in 2021/22, up from 250 in 2020/21. "
        "Almost two in five came from people over 70.",
        {
            300: ("2021-04-01", "2022-03-31"),
            250: ("2020-04-01", "2021-03-31"),
            40: ("2021-04-01", "2022-03-31"),
        },
    ),
    "share_made_up": (
        "Thames Valley Police logged 420 vehicle thefts in 2021. Vans and pick-ups made up "
        "more than a quarter of the vehicles stolen, and Wycombe district had the most "
        "thefts, 96.",
        {
            420: ("2021-01-01", "2021-12-31"),
            25: ("2021-01-01", "2021-12-31"),
            96: ("2021-01-01", "2021-12-31"),
        },
    ),
    "named_part_accounted": (
        "Devon and Cornwall Police logged 940 reports of fraud in 2021/22. Plymouth accounted "
        "for 311 reports, Exeter 170 and Truro 64.",
        {
            940: ("2021-04-01", "2022-03-31"),
            311: ("2021-04-01", "2022-03-31"),
            170: ("2021-04-01", "2022-03-31"),
            64: ("2021-04-01", "2022-03-31"),
        },
    ),
    "kind_part_accounted": (
        "Cheshire Safeguarding Adults Board logged 3,900 concerns in 2021/22.\n\nOf those, 610 "
        "were about care homes. Financial abuse accounted for 455 concerns.",
        {
            3900: ("2021-04-01", "2022-03-31"),
            610: ("2021-04-01", "2022-03-31"),
            455: ("2021-04-01", "2022-03-31"),
        },
    ),
    "by_breakdown": (
        "Victim Support Wales helped 2,600 people in Gwent in 2021. By age group, "
        "under-25s made up 31% of them and over-65s 12%.",
        {
            2600: ("2021-01-01", "2021-12-31"),
            31: ("2021-01-01", "2021-12-31"),
            12: ("2021-01-01", "2021-12-31"),
        },
    ),
    "place_body_recorded": (
        "Forces in Wales logged 1,940 hate crimes in 2022. Few were online. Most were "
        "verbal. Some were violent. In North Wales, North Wales Police recorded 402 "
        "crimes, and in Gwent, Gwent Police 377.",
        {
            1940: ("2022-01-01", "2022-12-31"),
            402: ("2022-01-01", "2022-12-31"),
            377: ("2022-01-01", "2022-12-31"),
        },
    ),
    "part_was_the_most": (
        "Dorset Police recorded 610 thefts from farms in 2022. Quad bikes were the most "
        "commonly stolen item, with 96 thefts.",
        {610: ("2022-01-01", "2022-12-31"), 96: ("2022-01-01", "2022-12-31")},
    ),
    "ranked_place": (
        "Scottish councils referred 2,300 children in 2022/23. Fife had the highest "
        "rate, 41 per 10,000. The lowest rate was in Moray, at 12 per 10,000.",
        {
            2300: ("2022-04-01", "2023-03-31"),
            41: ("2022-04-01", "2023-03-31"),
            12: ("2022-04-01", "2023-03-31"),
        },
    ),
    "measure_in_place_cost": (
        "Tractor theft cost farmers £9.1m across Britain in 2023. Tractor theft in Scotland "
        "cost £1.4m.",
        {9100000: ("2023-01-01", "2023-12-31"), 1400000: ("2023-01-01", "2023-12-31")},
    ),
    "of_the_counted_whole": (
        "Lincolnshire Police recorded 2,200 thefts in 2022/23. Few were solved. Of the "
        "thefts, 640 were from shops.",
        {2200: ("2022-04-01", "2023-03-31"), 640: ("2022-04-01", "2023-03-31")},
    ),
    "the_rate_was": (
        "Police Scotland recorded 31,400 crimes in Fife in 2023-24. Few were violent. Most "
        "were thefts. The national rate was 548 crimes per 10,000 people.",
        {31400: ("2023-04-01", "2024-03-31"), 548: ("2023-04-01", "2024-03-31")},
    ),
    "measured_as": (
        "Kent Police had 3,900 officers as at 30 September 2021. Measured as full-time "
        "equivalents, it had 3,740 officers.",
        {3900: ("2021-09-30", "2021-09-30"), 3740: ("2021-09-30", "2021-09-30")},
    ),
    "the_average_was": (
        "Humberside Police took 18,300 emergency calls between July and September. The "
        "average wait before an answer was eight seconds.",
        {18300: ("2021-07-01", "2021-09-30"), 8: ("2021-07-01", "2021-09-30")},
    ),
    "ranked_part": (
        "Officers stopped 3,400 vehicles from April to June. Of those stops, 9% found a "
        "defect. Stops of vans had the highest share, at 14%, while stops of cars made up "
        "around two thirds of the total.",
        {
            3400: ("2022-04-01", "2022-06-30"),
            9: ("2022-04-01", "2022-06-30"),
            14: ("2022-04-01", "2022-06-30"),
            66.7: ("2022-04-01", "2022-06-30"),
        },
    ),
    "part_accounted_most": (
        "Victims in Kent lost £9.2m to fraud in 2021. Most victims were over sixty. Courier "
        "fraud accounted for the largest losses, at £3.1m, with ticket fraud a further £0.4m.",
        {
            9200000: ("2021-01-01", "2021-12-31"),
            3100000: ("2021-01-01", "2021-12-31"),
            400000: ("2021-01-01", "2021-12-31"),
        },
    ),
    "across_the_breakdown": (
        "Forces in England recorded 6,900 stalking offences in 2021/22. Across the "
        "English regions, the South West had the highest rate, at 4.1 offences per "
        "10,000 people.",
        {6900: ("2021-04-01", "2022-03-31"), 4.1: ("2021-04-01", "2022-03-31")},
    ),
    "where_recorded": (
        "Kent Police recorded 1,150 stalking offences in 2021/22. Where the sex of the "
        "suspect was known, 78% were men.",
        {1150: ("2021-04-01", "2022-03-31"), 78: ("2021-04-01", "2022-03-31")},
    ),
    "the_figures_show": (
        "Essex Police referred 720 young people to a mentoring charity in the year to March. "
        "The new data also show that 205 of them were girls.",
        {720: ("2021-04-01", "2022-03-31"), 205: ("2021-04-01", "2022-03-31")},
    ),
    "it_changed": (
        "Vehicle crime fell by 12% across Surrey in the year to March 2022, compared with the "
        "previous 12 months. In Woking it halved, from 380 offences to 190.",
        {
            12: ("2020-04-01", "2022-03-31"),
            50: ("2020-04-01", "2022-03-31"),
            380: ("2020-04-01", "2021-03-31"),
            190: ("2021-04-01", "2022-03-31"),
        },
    ),
    "continued_also": (
        "Wiltshire officers made 19 arrests during an operation between 4 and 8 April. "
        "They also seized 6 vehicles.",
        {19: ("2022-04-04", "2022-04-08"), 6: ("2022-04-04", "2022-04-08")},
    ),
    "the_measure_went_from": (
        "The helpline took 410 calls in March, compared with 380 calls in March last year. "
        "The share who gave up fell from 14% to 5%.",
        {
            410: ("2022-03-01", "2022-03-31"),
            380: ("2021-03-01", "2021-03-31"),
            14: ("2021-03-01", "2021-03-31"),
            5: ("2022-03-01", "2022-03-31"),
        },
    ),
    "measure_was_up": (
        "Cleveland Police recorded 5,200 thefts in 2021. Thefts of bikes were up 4%, at 610.",
        {
            5200: ("2021-01-01", "2021-12-31"),
            4: None,  # the change is against a year the text does not state
            610: ("2021-01-01", "2021-12-31"),
        },
    ),
    "for_part_it_was": (
        "The detection rate across Fife was 61% between April and June. For housebreaking "
        "it was 38%, and for vandalism 22%.",
        {
            61: ("2022-04-01", "2022-06-30"),
            38: ("2022-04-01", "2022-06-30"),
            22: ("2022-04-01", "2022-06-30"),
        },
    ),
    "share_answered": (
        "The charity polled 1,500 parents in Wales in March 2021. Across Cardiff, 41% of "
        "parents said they checked their children's phones, compared with 35% of fathers "
        "elsewhere.",
        {
            1500: ("2021-03-01", "2021-03-31"),
            41: ("2021-03-01", "2021-03-31"),
            35: ("2021-03-01", "2021-03-31"),
        },
    ),
    "place_then_count": (
        "Police Scotland recorded 4,100 thefts of vans in 2022. In Fife, 610 vans were taken.",
        {4100: ("2022-01-01", "2022-12-31"), 610: ("2022-01-01", "2022-12-31")},
    ),
    "place_there_were": (
        "Drug poisoning killed 640 people in the North East in 2022. In Sunderland there were "
        "71 deaths.",
        {640: ("2022-01-01", "2022-12-31"), 71: ("2022-01-01", "2022-12-31")},
    ),
    "on_average": (
        "Welsh forces answered 73,000 calls in 2021. On average, 200 calls were answered each day.",
        {73000: ("2021-01-01", "2021-12-31"), 200: ("2021-01-01", "2021-12-31")},
    ),
    "in_addition": (
        "Officers stopped 410 drivers in 2021. In addition, 96 drivers were given warnings.",
        {410: ("2021-01-01", "2021-12-31"), 96: ("2021-01-01", "2021-12-31")},
    ),
    "further_count": (
        "Officers stopped 410 drivers in 2021. A further 96 drivers were given warnings.",
        {410: ("2021-01-01", "2021-12-31"), 96: ("2021-01-01", "2021-12-31")},
    ),
    "haul_seized": (
        "The commissioner gave £20,000 for 2022/23.\n\nNorfolk Police closed 64 cannabis "
        "farms in 2021. Officers seized 5,300 plants.",
        {
            20000: ("2022-04-01", "2023-03-31"),
            64: ("2021-01-01", "2021-12-31"),
            5300: ("2021-01-01", "2021-12-31"),
        },
    ),
    "as_a_result": (
        "Bank staff in Kent made 212 calls in 2021. Officers stopped payments of £90,000 as a "
        "result.",
        {212: ("2021-01-01", "2021-12-31"), 90000: ("2021-01-01", "2021-12-31")},
    ),
    "listed_place_count": (
        "Gwent Police caught 120 drivers using phones in 2021.\n\nThe number of drivers "
        "in each of its areas was:\n\n- Newport: 70\n- Torfaen: 30\n- Caerphilly: 20\n",
        {
            120: ("2021-01-01", "2021-12-31"),
            70: ("2021-01-01", "2021-12-31"),
            30: ("2021-01-01", "2021-12-31"),
            20: ("2021-01-01", "2021-12-31"),
        },
    ),
    "they_included": (
        "Dyfed-Powys Police handled 212 reports of fly-tipping in 2021. "
        "These included 40 in woodland.",
        {212: ("2021-01-01", "2021-12-31"), 40: ("2021-01-01", "2021-12-31")},
    ),
    "the_plan_pays": (
        "Suffolk's commissioner set a budget of £160m for 2022/23. Residents backed it. "
        "The new budget pays for 45 extra officers.",
        {160000000: ("2022-04-01", "2023-03-31"), 45: ("2022-04-01", "2023-03-31")},
    ),
    "the_sum_pays": (
        "Suffolk's commissioner gave £90,000 for 2022/23. Residents backed it. "
        "The money will pay for 45 wardens.",
        {90000: ("2022-04-01", "2023-03-31"), 45: ("2022-04-01", "2023-03-31")},
    ),
    "the_operation_went_on": (
        "Kent Police have arrested 12 people since January in an operation against drug "
        "dealers.\n\nOfficers logged 300 reports in Margate last year.\n\nThe operation has "
        "seized 40 phones.",
        {
            12: ("2022-01-01", "2022-05-10"),
            300: ("2021-01-01", "2021-12-31"),
            40: ("2022-01-01", "2022-05-10"),
        },
    ),
    "the_action_day_went_on": (
        "Lincolnshire Police arrested 8 people on Monday in Boston.\n\nThe day of action, "
        "run with the council, saw officers visit 25 shops.",
        {8: ("2022-05-09", "2022-05-09"), 25: ("2022-05-09", "2022-05-09")},
    ),
    "share_in_part": (
        "Cumbria Police recorded 1,480 domestic incidents in 2021/22. Alcohol was named as "
        "a factor in 41% of the incidents.",
        {1480: ("2021-04-01", "2022-03-31"), 41: ("2021-04-01", "2022-03-31")},
    ),
}


def test_a_place_ranked_by_came_in_refers_back(nlp: Language) -> None:
    text = (
        "Gwent Police recorded 320 thefts in 2021.\n\nThe highest number of thefts came in "
        "Newport (120), followed by Torfaen (61)."
    )
    assert periods_of(nlp, text) == {
        320: ("2021-01-01", "2021-12-31"),
        120: ("2021-01-01", "2021-12-31"),
        61: ("2021-01-01", "2021-12-31"),
    }


def test_every_back_reference_rule_has_a_row() -> None:
    assert set(BACK_REFERENCE_RULES) == set(BACK_REFERENCES)


@pytest.mark.parametrize("name", list(BACK_REFERENCES), ids=list(BACK_REFERENCES))
def test_back_reference(nlp: Language, name: str) -> None:
    text, expected = BACK_REFERENCES[name]
    assert periods_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level stated alone in between: the change told again points past it
        (
            "Kent Police recorded 2,110 burglaries from April to September 2021, up 20% on "
            "the previous six months. Some 340 of them went unsolved in July 2021 alone. In "
            "Dover, burglaries more than doubled to 96.",
            {
                2110: ("2021-04-01", "2021-09-30"),
                20: ("2020-10-01", "2021-09-30"),
                340: ("2021-07-01", "2021-07-31"),
                2: ("2020-10-01", "2021-09-30"),
                96: ("2021-04-01", "2021-09-30"),
            },
        ),
        (
            "Thefts fell by 9% in Gwent in 2021, compared with the year before. Officers made 61 "
            "arrests in March 2022. In Newport, thefts fell from 800 to 700.",
            {
                9: ("2020-01-01", "2021-12-31"),
                61: ("2022-03-01", "2022-03-31"),
                800: ("2020-01-01", "2020-12-31"),
                700: ("2021-01-01", "2021-12-31"),
            },
        ),
        # near miss: the sentence just before states a change, so its period is taken (the
        # first level of "from 80 to 70" the same month a year earlier: from_to_year_before)
        (
            "Thefts fell by 9% in Gwent in 2021. Arrests rose to 61 in March 2022. In "
            "Newport, arrests fell from 80 to 70.",
            {
                9: ("2021-01-01", "2021-12-31"),
                61: ("2022-03-01", "2022-03-31"),
                80: ("2021-03-01", "2021-03-31"),
                70: ("2022-03-01", "2022-03-31"),
            },
        ),
    ],
)
def test_a_change_told_again_points_past_a_level_alone(
    nlp: Language, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text) == expected


def test_a_share_made_up_after_an_aside(nlp: Language) -> None:
    # "share_made_up" with a subject of six words, or an aside between commas
    text = (
        "Action Fraud took 5,300 reports from Cumbria in 2021. Reports about romance scams, "
        "most of them made through dating apps, made up almost one in five. Carlisle and "
        "the rest of the north together accounted for 44% of them."
    )
    year = ("2021-01-01", "2021-12-31")
    assert periods_of(nlp, text) == {5300: year, 20: year, 44: year}


LISTED_SUBJECTS = [
    pytest.param(
        "A survey ran between May and July 2021, and 600 farmers took part. More than half "
        "of them feared crime. Dyfed-Powys Police recorded 880 rural crimes in 2020/21. "
        "Thefts of trailers, tools and fuel made up nearly a third of them, and livestock "
        "worrying accounted for another 140.",
        {
            600: ("2021-05-01", "2021-07-31"),
            50: ("2021-05-01", "2021-07-31"),
            880: ("2020-04-01", "2021-03-31"),
            33.3: ("2020-04-01", "2021-03-31"),
            140: ("2020-04-01", "2021-03-31"),
        },
        id="a-list-of-three",
    ),
    pytest.param(
        "Gwent Police logged 300 reports of wildlife crime in 2021. Badger baiting, hare "
        "coursing or deer poaching accounted for 120 of them.",
        {300: ("2021-01-01", "2021-12-31"), 120: ("2021-01-01", "2021-12-31")},
        id="a-list-joined-by-or",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_SUBJECTS)
def test_a_share_made_up_by_a_listed_subject(
    nlp: Language, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    # "share_made_up" with a subject listing what it holds (_LISTED)
    assert periods_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("opening", "opens"),
    [
        ("Thefts of trailers, tools and fuel made up nearly a third of them", True),
        ("Badger baiting, hare coursing or deer poaching accounted for 120 of them", True),
        # near misses: a list making up no share or count of the total; a list with no
        # "and" or "or" closing it
        ("Farmers, gamekeepers and walkers made up the rest", False),
        ("Thefts of trailers, tools, fuel made up nearly a third of them", False),
    ],
)
def test_a_listed_subject_opens_a_share(opening: str, opens: bool) -> None:
    assert bool(BACK_REFERENCE_RULES["share_made_up"].match(opening)) is opens


SHARE_AFTER_A_COMMA = [
    pytest.param(
        "Lancashire Police recorded 760 thefts of tools in 2021. Power tools remained the "
        "most stolen kind, accounting for 62% of thefts.",
        {760: ("2021-01-01", "2021-12-31"), 62: ("2021-01-01", "2021-12-31")},
        id="accounting-for",
    ),
    pytest.param(
        "Lancashire Police recorded 760 thefts of tools in 2021. Vans were the commonest "
        "target, making up nearly half of the thefts.",
        {760: ("2021-01-01", "2021-12-31"), 50: ("2021-01-01", "2021-12-31")},
        id="making-up",
    ),
    pytest.param(
        "Lancashire Police recorded 760 thefts of tools in 2021. Builders were the largest "
        "group of victims, at about a third of all reports.",
        {760: ("2021-01-01", "2021-12-31"), 33.3: ("2021-01-01", "2021-12-31")},
        id="at-a-share",
    ),
    pytest.param(  # near miss: "at" a cost, no share of the total
        "Lancashire Police recorded 760 thefts of tools in 2021. Officers will patrol "
        "the yards, at a cost of £4,000.",
        {760: ("2021-01-01", "2021-12-31"), 4000: None},
        id="at-a-cost",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARE_AFTER_A_COMMA)
def test_a_share_told_after_a_comma(
    nlp: Language, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    # "share_made_up" with the share after a comma: a participle or "at"
    assert periods_of(nlp, text) == expected


def test_a_breakdown_of_the_release_reaches_its_lead(nlp: Language) -> None:
    # with no period in the three sentences before, a breakdown of the release's figures
    # takes the document's first main period; another back-reference does not
    text = (
        "Childline Cymru held 3,100 sessions in 2021. Calls came from every county. "
        "Staff answered them all. Volunteers helped too. They also ran 40 workshops. By "
        "age, 14 to 15-year-olds made up 38% of the sessions."
    )
    year = ("2021-01-01", "2021-12-31")
    assert periods_of(nlp, text) == {3100: year, 40: None, 38: year}


@pytest.mark.parametrize(
    "text",
    [
        # a figure of its own: no trait splits the figures before
        "Essex officers made 12 arrests in 2021. By contrast, 40 cars were stolen.",
        "Essex officers made 12 arrests in 2021. Where officers patrolled, 40 cars were stolen.",
        # a place with no ranking: not "had the highest"
        "Essex officers made 12 arrests in 2021. Basildon had 40 cars stolen.",
        # a place opening with no verb of counting after it
        "Essex officers made 12 arrests in 2021. In Basildon, officers said 40 cars were stolen.",
        # no count after "accounted for"
        "Essex officers made 12 arrests in 2021. Basildon accounted for most; 40 cars were stolen.",
    ],
)
def test_breakdown_near_misses(nlp: Language, text: str) -> None:
    assert periods_of(nlp, text)[40] is None


def test_those_who_took_part_counted(nlp: Language) -> None:
    # "of_the_respondents" with the total's own count before its noun
    text = (
        "Gwent Police ran a speed awareness pilot in Newport in 2021. Of the 75 drivers "
        "who took part, 61 have not reoffended."
    )
    year = ("2021-01-01", "2021-12-31")
    assert periods_of(nlp, text) == {75: year, 61: year}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the total named with a contact clause ("they supported", "we worked with")
        (
            "Caseworkers in Hull helped 820 women in 2021. Of the women they helped, 45% "
            "had left home.",
            {820: ("2021-01-01", "2021-12-31"), 45: ("2021-01-01", "2021-12-31")},
        ),
        (
            "The charity worked with 310 families in 2021. Of the families we worked with, "
            "two in five were in debt.",
            {310: ("2021-01-01", "2021-12-31"), 40: ("2021-01-01", "2021-12-31")},
        ),
        # near miss: no comma closes the opening: it names no total the count divides
        (
            "The charity worked with 310 families in 2021. Of the families they say little; "
            "40 schools take part.",
            {310: ("2021-01-01", "2021-12-31"), 40: None},
        ),
    ],
)
def test_a_total_named_with_a_contact_clause(
    nlp: Language, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text) == expected


# without a back-reference opening, a later undated sentence stays undated
@pytest.mark.parametrize(
    "text",
    [
        "Essex officers made 40 arrests in 2021. Residents reported 12 more burglaries.",
        "Essex officers made 40 arrests in 2021. She also said 12 cars were stolen.",
        # the present perfect reports what is done by now, not within the span before
        "Essex officers made 40 arrests in 2021. The force has also trained 12 wardens.",
        "Essex officers made 40 arrests in 2021. Officers have also visited 12 schools.",
        # the present: how things stand now
        "Essex Police had 40 cadets at the end of May. It also employs 12 wardens.",
        "Essex officers made 40 arrests in 2021. The unit also runs 12 youth clubs.",
        "Essex officers made 40 arrests in 2021. For years it was 12 thefts a week.",
        "Essex officers made 40 arrests in 2021. Officers were up at dawn for 12 raids.",
        # a budget's pay-for reaches back to a budget year only, not to a nearer month
        "Essex Police had 40 cadets at the end of May. The budget pays for 12 wardens.",
        # "In addition," before a plan is no more of what was done (rule in_addition)
        "Essex officers made 40 arrests in 2021. In addition, 12 wardens will be hired.",
        "Essex officers made 40 arrests in 2021. Additionally, the force plans 12 raids.",
    ],
)
def test_no_back_reference(nlp: Language, text: str) -> None:
    assert periods_of(nlp, text)[12] is None


@pytest.mark.parametrize(
    "text",
    [
        "Kent Police made 300 arrests in 2021. In Dover, the force brought 40 charges.",
        "The trust helped 300 families in 2021. The charity took 40 calls from Margate.",
        "Kent Police made 300 arrests in 2021. The force paid 40 informants in Ashford.",
        "Kent Police made 300 arrests in 2021. In Deal, the force caught 40 speeders.",
    ],
)
def test_the_body_went_on_with_an_irregular_past(nlp: Language, text: str) -> None:
    assert periods_of(nlp, text)[40] == ("2021-01-01", "2021-12-31")


@pytest.mark.parametrize(
    "text",
    [
        # a body's speech, not what it went on to do: no back-reference
        "Kent Police made 300 arrests in 2021. The force said 40 more officers were planned.",
        # the present perfect: done by now, not within the span before
        "Kent Police made 300 arrests in 2021. The force has trained 40 more officers.",
    ],
)
def test_the_body_went_on_near_misses(nlp: Language, text: str) -> None:
    assert periods_of(nlp, text)[40] is None


@pytest.mark.parametrize(
    "text",
    [
        # speech, a finding told now, or the present perfect: no back-reference
        "A gang hacked the trust in March 2024. They said 40 more attacks were planned.",
        "A gang hacked the trust in March 2024. They estimated that 40 schools were at risk.",
        "A gang hacked the trust in March 2024. He has hacked 40 more firms since.",
    ],
)
def test_the_pronoun_went_on_near_misses(nlp: Language, text: str) -> None:
    assert periods_of(nlp, text)[40] is None


@pytest.mark.parametrize(
    "text",
    [
        "The watchdog opened 300 cases in 2021. In Wales, the watchdog's inquiries led to "
        "40 hearings.",
        "The inspectorate visited 300 custody suites in 2021. In North Yorkshire, the "
        "inspectorate reviewed 40 cells out of use.",
    ],
)
def test_a_watchdog_went_on_after_a_place(nlp: Language, text: str) -> None:
    assert periods_of(nlp, text)[40] == ("2021-01-01", "2021-12-31")


def test_a_watchdog_s_work_done_by_now_is_no_back_reference(nlp: Language) -> None:
    text = (
        "The watchdog opened 300 cases in 2021. In Wales, the watchdog has trained 40 "
        "investigators."
    )
    assert periods_of(nlp, text)[40] is None


@pytest.mark.parametrize(
    "opening",
    [
        "Around 38% of the force's budget",
        "Half of Kent's officers",
        "A third of the council's staff",
    ],
)
def test_a_share_of_what_a_body_has_is_no_back_reference(nlp: Language, opening: str) -> None:
    text = f"Gwent Police recorded 520 burglaries in 2020/21. {opening} work in the city."
    assert [period for value, period in periods_of(nlp, text).items() if value != 520] == [None]


def test_a_share_of_a_whole_of_its_own_is_no_back_reference(nlp: Language) -> None:
    text = (
        "Gwent Police recorded 520 burglaries in 2020/21. Men were the victims in more than "
        "a third of offences nationally."
    )
    assert periods_of(nlp, text) == {520: ("2020-04-01", "2021-03-31"), 33.3: None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Gwent Police seized 40 bikes in a crackdown.\n\nThe crackdown ran from 4 to 8 "
            "April.\n\nSergeant Jo Bell said: “We stopped 12 riders as a result of this "
            "crackdown.”",
            {40: ("2022-04-04", "2022-04-08"), 12: ("2022-04-04", "2022-04-08")},
            id="this-event-named-after-its-dates",
        ),
        pytest.param(
            "The crackdown ran from 4 to 8 April.\n\nSergeant Jo Bell said: “We stopped 12 "
            "riders last year.”",
            {12: ("2021-01-01", "2021-12-31")},
            id="no-event-named-no-event-period",
        ),
    ],
)
def test_an_event_named_again_takes_its_dates(
    nlp: Language, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence comparing back dates a yardstick: a share after it speaks of the
        # period before, and a change in it spans both
        (
            "The line took 930 calls in the first quarter of 2022. That compares with 710 "
            "in the first quarter of 2021, a rise of 31%. Almost half of the callers were "
            "men.",
            {
                930: ("2022-01-01", "2022-03-31"),
                710: ("2021-01-01", "2021-03-31"),
                31: ("2021-01-01", "2022-03-31"),
                50: ("2022-01-01", "2022-03-31"),
            },
        ),
        (
            "Wardens issued 412 fines in 2021. This is up from 380 in 2020. Nearly one in "
            "four went to drivers from outside the county.",
            {
                412: ("2021-01-01", "2021-12-31"),
                380: ("2020-01-01", "2020-12-31"),
                25: ("2021-01-01", "2021-12-31"),
            },
        ),
    ],
)
def test_a_sentence_comparing_back_dates_a_yardstick(
    nlp: Language, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ", 40 more than last year" is the count's yardstick clause: the count does not
        # take the yardstick's year
        (
            "Officers made 310 arrests, 40 more than last year.",
            {310: None, 40: ("2021-01-01", "2021-12-31")},
        ),
        (
            "Wardens issued 520 fines, 12% fewer than in 2020.",
            {520: None, 12: ("2020-01-01", "2020-12-31")},
        ),
        # near miss: a period of its own before the yardstick stays the count's
        (
            "Officers made 310 arrests in 2021, 40 more than in 2020.",
            {310: ("2021-01-01", "2021-12-31"), 40: ("2020-01-01", "2021-12-31")},
        ),
    ],
)
def test_a_yardstick_clause_dates_no_count_before_it(
    nlp: Language, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text) == expected


def test_a_from_level_before_its_comparison_is_the_earlier_half(nlp: Language) -> None:
    # the periods stated after the levels: "from X to Y, in <later> compared with <earlier>"
    text = (
        "The solved rate for robbery has risen, from 8% to 13%, in the year to March 2022 "
        "compared with the previous 12 months."
    )
    assert periods_of(nlp, text) == {
        8: ("2020-04-01", "2021-03-31"),
        13: ("2021-04-01", "2022-03-31"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In the 12 months to March 2022, Essex recorded 900 thefts. The solved rate over "
            "the same period rose to 19%, from 16%.",
            {
                900: ("2021-04-01", "2022-03-31"),
                19: ("2021-04-01", "2022-03-31"),
                16: ("2020-04-01", "2021-03-31"),
            },
            id="twelve-months-the-level-before-is-a-year-earlier",
        ),
        # near miss: a month's level before is not the same month a year earlier
        pytest.param(
            "In April, Essex recorded 90 thefts. The solved rate over the same period rose to "
            "19%, from 16%.",
            {
                90: ("2022-04-01", "2022-04-30"),
                19: ("2022-04-01", "2022-04-30"),
                16: ("2022-04-01", "2022-04-30"),
            },
            id="a-month-keeps-its-span",
        ),
    ],
)
def test_a_from_level_with_no_earlier_half_stated(
    nlp: Language, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Since January, 30 wardens have joined teams in Hull, and Humberside Police now "
            "has 410 wardens.",
            {30: ("2022-01-01", "2022-05-10"), 410: None},
            id="now-has-after-a-dated-clause",
        ),
        pytest.param(
            "In 2021 the charity trained 90 volunteers, while it currently supports 400 families.",
            {90: ("2021-01-01", "2021-12-31"), 400: None},
            id="currently-after-a-dated-clause",
        ),
        # near miss: a period in its own clause still dates it
        pytest.param(
            "Since January, 30 wardens have joined, and Kent Police now has 410 more than in 2021.",
            {30: ("2022-01-01", "2022-05-10"), 410: ("2021-01-01", "2022-05-10")},
            id="now-with-a-period-of-its-own",
        ),
    ],
)
def test_a_stock_held_now_takes_no_earlier_clause_period(
    nlp: Language, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text) == expected


def test_a_share_with_no_verb_of_answering_is_no_survey_answer(nlp: Language) -> None:
    # "share_answered" needs a verb of answering: "41% of parents were …" is not one
    text = (
        "The charity polled 1,500 parents in Wales in March 2021. In Cardiff, 41% of "
        "parents were fathers."
    )
    assert periods_of(nlp, text)[41] is None


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("In North Wales, 61 bikes were stolen", True),
        ("Across the Highlands, around 300 sheep had gone", True),
        ("In Wales, 900 children are reported missing each year", False),  # the present
        ("In March, 40 cars were seized", False),  # a month is no place
        ("On average, 12 calls came in a day", True),
    ],
)
def test_place_and_average_openings(opening: str, expected: bool) -> None:
    rules = (BACK_REFERENCE_RULES["place_then_count"], BACK_REFERENCE_RULES["on_average"])
    assert any(rule.match(opening) for rule in rules) is expected


def test_in_a_place_alone_is_a_part_of_the_figures_before(nlp: Language) -> None:
    # "place_alone" also reads the place after "In", closed by a comma
    text = (
        "Gwent Police received 3,100 calls about scams in 2021/22. Most came by phone. In "
        "Newport alone, 940 calls were logged."
    )
    assert periods_of(nlp, text) == {
        3100: ("2021-04-01", "2022-03-31"),
        940: ("2021-04-01", "2022-03-31"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "share_made_up" with an amount of the total, not a share
        (
            "Rural crime in Devon cost £2.1m in 2021/22. Farm theft made up £640,000 of the total.",
            {2100000: ("2021-04-01", "2022-03-31"), 640000: ("2021-04-01", "2022-03-31")},
        ),
        (
            "Officers seized 220 bikes in 2021/22. E-bikes accounted for 61 of them.",
            {220: ("2021-04-01", "2022-03-31"), 61: ("2021-04-01", "2022-03-31")},
        ),
        # near miss: an amount of its own, not of the total
        (
            "Rural crime in Devon cost £2.1m in 2021/22. Farmers make up 640 new claims.",
            {2100000: ("2021-04-01", "2022-03-31"), 640: None},
        ),
    ],
)
def test_an_amount_made_up_of_the_total(
    nlp: Language, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("sentence", "matches"),
    [
        ("Vans were the most commonly stolen vehicle, with 212 taken.", True),
        ("Fraud remained the largest category, at 41%.", True),
        ("Vans were the most common.", False),  # no count
        ("Vans were the most stolen vehicles in 2019.", False),  # no count after a comma
        ("Officers said vans were the most stolen, with 40.", False),  # not its opening
    ],
)
def test_part_was_the_most_near_misses(sentence: str, matches: bool) -> None:
    rule = BACK_REFERENCE_RULES["part_was_the_most"]
    assert (rule.match(sentence) is not None) is matches


RURAL_BREAKDOWNS = [
    pytest.param(
        "Gamekeepers reported 48 poisoned baits in 2023. Nine of the West Mercia baits were "
        "found near Ludlow.",
        {48: ("2023-01-01", "2023-12-31"), 9: ("2023-01-01", "2023-12-31")},
        id="part-of-the-counted-with-a-place-name",
    ),
    pytest.param(
        "Game wardens logged 52 badger setts destroyed in 2023. Seven of Cumbria's setts "
        "were near Penrith.",
        {52: ("2023-01-01", "2023-12-31"), 7: ("2023-01-01", "2023-12-31")},
        id="part-of-a-place's-counted",
    ),
    pytest.param(
        "Sheep worrying cost £2.2m across Wales in 2023. Gwynedd was the hardest-hit county, "
        "with 140 attacks.",
        {2200000: ("2023-01-01", "2023-12-31"), 140: ("2023-01-01", "2023-12-31")},
        id="hardest-hit-county",
    ),
    pytest.param(
        "Sheep worrying cost £2.2m across Wales in 2023. Gwynedd was the worst-affected "
        "area, with 140 attacks, followed by Conwy with 95.",
        {
            2200000: ("2023-01-01", "2023-12-31"),
            140: ("2023-01-01", "2023-12-31"),
            95: ("2023-01-01", "2023-12-31"),
        },
        id="worst-affected-area",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RURAL_BREAKDOWNS)
def test_a_place_part_or_rank_of_the_figures_before(
    nlp: Language, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    # "part_of_the_counted" with a place's possessive, "ranked_place" with "the worst-hit
    # region"
    assert periods_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("name", "sentence", "matches"),
    [
        ("part_of_the_counted", "Five of Cumbria's thefts were in Kendal.", True),
        ("part_of_the_counted", "Five of Cumbria's 40 thefts were in Kendal.", False),
        ("part_of_the_counted", "Five of Cumbria's officers work in Kendal.", False),
        ("part_of_the_counted", "Nine of the West Mercia thefts were in Ludlow.", True),
        ("part_of_the_counted", "Nine of the West Mercia 40 thefts were in Ludlow.", False),
        ("ranked_place", "The Midlands was the worst-hit region, with £9m.", True),
        ("ranked_place", "Hull was the worst place to park, with 40 thefts.", False),
        ("measure_was_up", "Thefts of GPS kits from tractors, however, rose by 9%.", True),
        ("measure_was_up", "Attacks on ewes by dogs fell by a third.", True),
        ("measure_was_up", "Crime rose in Hull after 40 raids.", False),
        ("measure_in_place_cost", "Quad theft in Devon cost £1.2m.", True),
        ("measure_in_place_cost", "Repairs in Ripon will cost £4,000.", False),
        ("measure_in_place_cost", "Theft in Wales cost farmers dear.", False),
    ],
)
def test_place_breakdown_openings(name: str, sentence: str, matches: bool) -> None:
    assert (BACK_REFERENCE_RULES[name].match(sentence) is not None) is matches


def test_a_measure_changed_by_dates_its_levels_not_its_change(nlp: Language) -> None:
    # "measure_was_up" with a verb of change and "by": the counts of its sentence take the
    # period before; the change is measured against a span not stated
    text = (
        "Devon and Cornwall Police logged 310 thefts between May and July. Thefts of quad "
        "bikes, however, rose by 12%, and 40 of the 95 stolen quads were in Cornwall."
    )
    span = ("2022-05-01", "2022-07-31")
    assert periods_of(nlp, text) == {310: span, 12: None, 40: span, 95: span}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Durham officers stopped 2,140 people in 2021/22. That makes Asian men 2.1 times "
            "more likely to be stopped than white men.",
            {2140: ("2021-04-01", "2022-03-31"), 2.1: ("2021-04-01", "2022-03-31")},
            id="that-makes",
        ),
        pytest.param(
            "Kent Police recorded 9,300 thefts in 2021. Bikes were taken in 3,020 thefts, "
            "roughly a third of the total.",
            {
                9300: ("2021-01-01", "2021-12-31"),
                3020: ("2021-01-01", "2021-12-31"),
                33.3: ("2021-01-01", "2021-12-31"),
            },
            id="a-count-then-its-share-of-the-total",
        ),
        pytest.param(
            "Essex officers used force 5,200 times in 2021. Force was used on young men at a "
            "rate of 14.6 per 1,000, compared with 3.2 for women.",
            {
                5200: ("2021-01-01", "2021-12-31"),
                14.6: ("2021-01-01", "2021-12-31"),
                3.2: ("2021-01-01", "2021-12-31"),
            },
            id="at-a-rate-of",
        ),
        # near misses: a sentence with a period of its own keeps it
        pytest.param(
            "Kent Police recorded 9,300 thefts in 2021. Bikes were taken in 3,020 thefts in "
            "2020, roughly a third of the total.",
            {3020: ("2020-01-01", "2020-12-31")},
            id="own-period-first",
        ),
        pytest.param(
            "Essex officers used force 5,200 times in 2021. In 2019, young men were stopped at "
            "a rate of 14.6 per 1,000.",
            {14.6: ("2019-01-01", "2019-12-31")},
            id="rate-with-its-own-year",
        ),
    ],
)
def test_a_ratio_share_or_rate_told_after_the_figures_takes_their_period(
    nlp: Language, text: str, expected: dict[float, object]
) -> None:
    found = periods_of(nlp, text)
    assert {value: found.get(value) for value in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ratio with a year of its own keeps it; how often is no ratio
        (
            "Humberside officers made 3,100 searches between January and March. In 2019, "
            "Asian men were 2.4 times more likely to be searched.",
            {2.4: ("2019-01-01", "2019-12-31")},
        ),
        (
            "Humberside officers made 3,100 searches between January and March. Some "
            "drivers were stopped 2.4 times a week.",
            {2.4: None},
        ),
    ],
)
def test_likelihood_ratio_near_misses(
    nlp: Language, text: str, expected: dict[float, object]
) -> None:
    found = periods_of(nlp, text)
    assert {value: found.get(value) for value in expected} == expected


@pytest.mark.parametrize(
    ("sentence", "matches"),
    [
        ("Its volunteer members rated 132 cases reasonable.", True),
        ("Their officers made 40 arrests.", True),
        ("Its budget is £3m.", False),  # no people, the present
        ("It rated 132 cases reasonable.", False),  # no possessive
        ("Their work continues.", False),  # the present
    ],
)
def test_its_subject_near_misses(sentence: str, matches: bool) -> None:
    assert (BACK_REFERENCE_RULES["its_subject"].match(sentence) is not None) is matches


@pytest.mark.parametrize(
    ("sentence", "matches"),
    [
        ("Victims lost an average of £2,100.", True),
        ("The victims were mostly in their eighties.", True),
        ("Those targeted handed over £40,000 between them.", True),
        ("Victims are urged to call 101.", False),  # the present
        ("Victims said they felt ashamed.", False),  # speech
        ("Victims of fraud lost £2bn nationally.", False),  # a whole of its own
    ],
)
def test_victims_went_on_near_misses(sentence: str, matches: bool) -> None:
    assert (BACK_REFERENCE_RULES["victims_went_on"].match(sentence) is not None) is matches


def test_in_addition_reaches_past_a_bulleted_list(nlp: Language) -> None:
    """ "In addition," after a bulleted list of results takes the list's dated lead, beyond
    the usual few sentences (``LONG_REACH`` of rule ``in_addition``)."""
    text = (
        "Officers in Dorset ran a week of action between 3 and 9 March 2022.\n\nDuring the week "
        "officers:\n\n- arrested 21 people\n- seized 14 knives\n- visited 30 schools\n"
        "- carried out 9 sweeps\n- made 6 test purchases\n\nIn addition, 112 knives were "
        "handed in at police stations."
    )
    assert periods_of(nlp, text)[112] == ("2022-03-03", "2022-03-09")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part named at length, then the measure told again (rule ``for_part_it_was``)
        (
            "The team offered 860 interviews between January and March. Of those offered, "
            "61% took one. For young people placed in Leeds by other councils, the take-up "
            "was lower, at 44%.",
            ("2022-01-01", "2022-03-31"),
        ),
        (
            "Officers carried out 1,200 stop checks in April. For drivers stopped on the "
            "A1 near Grantham, the rate was 12%.",
            ("2022-04-01", "2022-04-30"),
        ),
    ],
)
def test_a_long_part_for_which_the_measure_is_told_again(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    found = periods_of(nlp, text)
    assert found[max(v for v in found if v < 50)] == expected


def test_a_long_for_opening_with_no_measure_is_no_back_reference(nlp: Language) -> None:
    text = (
        "Essex officers made 40 arrests in 2021. For the first time in its history, the "
        "force hired 12 wardens."
    )
    assert periods_of(nlp, text)[12] is None
