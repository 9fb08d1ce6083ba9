"""Counts that leave the noun of the count before them unsaid: one row per rule of
ELIDED_RULES, near misses, and the figures (unit and period) read from whole sentences."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.statistics.elided_counts import ELIDED_RULES, elided_rule

UnitPeriodsOf = Callable[
    [Language, str, dt.date | None], list[tuple[float, str, tuple[str, str] | None]]
]
"""The ``unit_periods_of`` fixture (tests/statistics/conftest.py)."""

# rule name -> (words before the number, words after it)
RULE_ROWS: dict[str, tuple[str, str]] = {
    "and_then_period": ("seized 14 knives in May and ", " in June."),
    "yardstick_of": ("compared with the five-year average of ", "."),
    "restated_as_share": ("sampled 240 reports and found that ", ", or 15%, were closed."),
    "place_rate_of": ("a rate of 61 per 10,000, above the Welsh rate of ", "."),
    "restated_rate": ("sold 5,200 tickets last year, about ", " a week."),
    "averaged_qualified_rate": ("sold 5,200 tickets, an average of almost ", " a week."),
    "level_at_end": ("logged 1,240 thefts in Derby, while Buxton saw ", "."),
    "including_part": ("stopped 60 riders, including ", " aged under 16."),
    "including_period": ("trained 31,000 staff since 2010, including ", " in the last year."),
    "including_premises": ("shut 58 cannabis farms, including ", " in commercial premises."),
    "including_outcome": ("arrested 41 men, including ", " charged with supply."),
    "gapped_verb": ("Leeds accounted for 312 of the thefts and Bradford for ", "."),
    "bracketed_yardstick": ("made 1,245 arrests in 2024/25 (2023/24: ", ")."),
    "with_place_verbing": ("Officers in Hull made 90 arrests, with York making ", "."),
    "listed_with_place": ("made 214 arrests in Hull, ", " in York and 45 in Selby."),
    "listed_with_period": ("logged 120 burglaries in 2022, ", " in 2023 and 98 in 2024."),
    "further_part": ("30 were charged and a further ", " were released on bail."),
    "further_reported": ("sent to 212 searches, and the dogs to a further ", ", data show."),
    "further_since": ("took 88 bikes in May, and a further ", " since the ban began."),
    "further_participle": ("logged 700 hours in Ely and a further ", " completed in March."),
    "respectively": ("Hull and York recorded 40 and ", " respectively."),
    "place_with": ("the most arrests, with 41, followed by Ripon with ", " and Selby with 9."),
    "followed_by_at": ("highest in Hull, at 7.2 per 1,000, followed by York at ", "."),
    "comma_gapped_verb": ("Leeds accounted for 312 of them, Bradford for ", " and Hull for 90."),
    "ranked_at": ("York had 900 thefts, while Selby recorded the fewest, at ", "."),
    "place_led_item": ("In Luton, staff took 700 calls; in Bedford and Kempston, ", ";"),
    "gapped_preposition": ("Vans accounted for 212 thefts and motorbikes for ", "."),
    "gapped_topic_at": ("Theft came up at 9 of the meetings, parking at 7 and noise at ", "."),
    "gapped_topic_followed_by": ("Theft came up in 12 calls, followed by noise in ", "."),
    "of_which_part": ("logged 1,240 thefts in 2024, of which ", " involved bicycles."),
    "listed_for_reason": ("reported 210 drivers for speeding, ", " for using a phone."),
    "listed_for_parallel": ("issued 40 bans: ", " for racism, 9 for flares and 3 for abuse."),
    "parallel_subject": ("Of the 40 workers, 31 were British and ", " were from Latvia."),
    "clause_passive": ("Officers found 80 phones, while ", " were seized at the port."),
    "clause_negated_passive": ("Wardens found 90 dogs, and ", " were never claimed."),
    "clause_state": ("The 300 people released had no address, and ", " were homeless."),
    "clause_open_state": ("The board found 90 unlicensed sites, and ", " remain open."),
    "relative_passive": ("found 71 pupils who were groomed, and ", " who were being exploited."),
    "object_relative": ("stopped 340 lorries and seized ", " that were overloaded."),
    "object_relative_people": ("stopped 60 drivers and arrested ", " who were over the limit."),
    "clause_had_done": ("Forty people breached curfew, while ", " had their orders revoked."),
    "parallel_partitive": ("Nine of them had no policy at all, and ", " had no way of checking."),
    "clause_age_bound": ("Officers referred 300 people, and ", " were under 14."),
    "clause_content": ("Staff took 500 calls in 2024, and ", " mentioned drink spiking."),
    "clause_people_act": ("The team helped 210 pupils in 2024, and ", " had missed school."),
    "share_people_act": ("In 2024, 30% of tenants had no lock, and about ", " had posted a clip."),
    "share_contrast_content": (
        "Two thirds of the calls were about noise, while ",
        " related to parking.",
    ),
    "listed_to_recipient": ("gave 41 talks to care homes and ", " to youth clubs in May."),
    "given_to_recipient": ("issued 212 tickets for littering in May, and ", " to cyclists."),
    "included_to_recipient": ("made 540 referrals to councils, including ", " to Luton."),
    "with_place_at": ("Preston accounted for the most thefts, 263, with Burnley at ", "."),
    "with_place_behind": ("Bury accounted for 140 of the fires, with Bolton close behind on ", "."),
    "including_relative_part": ("reported 19 assaults, including ", " in which a bottle was used."),
    "including_place_list": (
        "reported 2,115 assaults, including ",
        " in Staffordshire, 148 in Shropshire and 57 in Herefordshire.",
    ),
    "ranked_member_noun_at": ("took 880 reports, ahead of Polish workers on ", "."),
    "contrast_place_ranked_at": ("had 19.8 deaths per 100,000, while Hull had the lowest at ", "."),
    "contrast_place_verbed": ("took 260 knives at Truro, while Penzance collected ", "."),
    "ranked_member_noun_next": (
        "referred 1,204 UK nationals, followed by Albanian nationals at 618 and Vietnamese "
        "nationals at ",
        ".",
    ),
    "listed_at_venue": ("seized 14 phones at a house in Leeds, and ", " at a flat in York."),
    "attended_at_end": ("assessed 6,120 calls, and officers still attended ", "."),
    "votes_to": ("the Surrey panel voted by seven votes to ", " on Friday."),
    "in_favour_and_against": ("with 12 councillors in favour and ", " against."),
    "same_verb_again": ("arrested 19 men in York and arrested ", " in Selby."),
    "out_of_whole": ("found 31 dead kites in Powys, out of ", " across Wales."),
    "when_then_count": ("rose to 96, compared with 2023, when ", " were reported."),
    "next_justice_step": ("officers arrested 52 people in Hull and charged ", "."),
    "next_step_for_reason": (
        "officers checked 610 taxis in Hull and suspended ",
        " for having bald tyres.",
    ),
    "there_were_again": ("fell from 143 in 2023 to 118 in 2024, and there have been ", " so far."),
    "or_measured_another_way": ("had 1,320 officers, or ", " on a full-time equivalent basis."),
    "share_then_count": ("Leeds accounted for almost half of them, with ", "."),
    "listed_against_target": ("logged 310 offences against Muslims, ", " against Sikhs."),
    "with_place_gapped": ("Leeds accounted for 412 of them, with Bradford ", " and Hull 90."),
    "colon_place_gapped": ("Officers made 40 arrests: Bradford ", ", Hull 9 and York 3."),
    "listed_with_attribute": (
        "licenses 57 dealers, 41 of them with a site licence and ",
        " with a",
    ),
    "gapped_pair_first": ("Leeds accounted for 41 of them, and Hull and York for ", " and 35."),
    "gapped_pair_second": ("Leeds accounted for 41 of them, and Hull and York for 38 and ", "."),
    "verbed_pair_first": ("Hull took 311, while bins in Crewe and Chester collected ", " and 164."),
    "verbed_pair_second": (
        "Hull took 311, while bins in Crewe and Chester collected 187 and ",
        ".",
    ),
    "gapped_preposition_after_span": (
        "fired it in 1,488 incidents in 2025 and discharged it in ",
        ".",
    ),
    "gapped_category_for": ("Burglary accounted for 268, and vehicle crime for ", "."),
    "added_more": ("has 96 detectives and aims to hire ", " more by June."),
}


def test_every_elided_rule_has_a_row() -> None:
    assert {rule.name for rule in ELIDED_RULES} == set(RULE_ROWS)


@pytest.mark.parametrize("name", list(RULE_ROWS), ids=list(RULE_ROWS))
def test_elided_rule(name: str) -> None:
    assert elided_rule(*RULE_ROWS[name]) == name


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("40 calls last year, but ", " this year", "and_then_period"),
        (
            "610 crimes motivated by race and ",
            " targeting disabled people",
            "listed_against_target",
        ),
        ("88 assaults on Jewish people, about ", " aimed at Muslims", "listed_against_target"),
        # near misses: a yardstick or a noun of its own after "against"
        ("logged 310 burglaries, ", " against a target of 400.", None),
        ("logged 310 burglaries, ", " against the three-year average.", None),
        ("logged 310 burglaries and ", " against 280 in 2023", None),
        ("90 thefts in 2021 against ", " in 2020", "and_then_period"),
        ("above the three-year mean of around ", " a year", "yardstick_of"),
        ("compared with the 2019 figure of ", ".", "yardstick_of"),
        ("had 3,020 officers against an uplift target of ", ".", "yardstick_of"),
        ("hired 40 staff, short of its target of ", " set in 2023.", "yardstick_of"),
        ("ran 2,600 workshops in 2023, roughly ", " a week.", "restated_rate"),
        ("answered 900 calls, ", " a month on average.", "restated_rate"),
        ("logged 4,000 reports, nearly ", " per day", "restated_rate"),
        ("logged 3,100 reports in 2023 – equivalent to more than ", " a day.", "restated_rate"),
        ("took 1,460 calls in 2023, or ", " a day.", "restated_rate"),
        ("sold 8,400 permits in 2023, the equivalent of about ", " a week.", "restated_rate"),
        ("fitted 2,900 locks – the equivalent of ", " a month", "restated_rate"),
        # near misses: the count names what it counts, or no period follows
        ("issued 300 fines, ", " a week of which were for parking", None),
        ("issued 300 fines, about ", " a week later", None),
        ("issued 300 fines, the equivalent of ", " officers a week", None),
        ("issued 300 fines, the equivalent of ", " weeks of work.", None),
        # the things counted before, counted again in another place after "there were"
        ("made 40 arrests in Leeds, while in Bradford there were ", ".", "there_were_again"),
        (
            "took 118 calls in Fife, and across the Highlands there were about ",
            ".",
            "there_were_again",
        ),
        ("made 40 arrests in Leeds, while in Bradford there were ", " officers.", None),
        ("seized 14 knives and ", " were handed in", "clause_passive"),  # no period: a passive
        ("while Buxton saw ", " people in May", None),  # a noun of its own
        ("while Ludlow logged ", " and Bridgnorth 40.", "level_at_end"),
        # what was sent in: the count of the reports, clips or forms before
        ("while Ceredigion sent ", " and Powys 51.", "level_at_end"),
        ("while Fife submitted about ", ".", "level_at_end"),
        # near miss: a noun of its own
        ("while Ceredigion sent ", " letters.", None),
        ("while Ross and Ledbury together accounted for roughly ", ".", "level_at_end"),
        ("hire 60 wardens in May, with a further ", " planned for the autumn", "further_part"),
        ("whereas Bury St Edmunds recorded around ", " and Sudbury 31", "level_at_end"),
        ("while the North East logged ", " and the Humber 31", "level_at_end"),
        ("while the North East logged ", " and the officers 31", None),  # no place named
        ("Twelve people were arrested and ", " cautioned after the raids.", "parallel_subject"),
        # no subject before for parallel_subject; a passive of the things just counted
        ("Officers seized 14 knives and ", " were handed in.", "clause_passive"),
        ("Officers made 300 arrests, and ", " came from tip-offs.", "clause_passive"),
        # where the things counted took place
        ("Most of the attacks were in Leeds, and ", " took place in York.", "clause_passive"),
        ("Staff logged 300 incidents, while ", " occurred at night.", "clause_passive"),
        ("The fair drew 500 people and ", " took part in the race.", None),  # no place verb
        # a relative clause about them, then their passive
        (
            "Wardens stopped 200 riders, and ",
            " who were stopped twice have been fined.",
            "clause_passive",
        ),
        ("Officers seized 40 bikes, but ", " that were stolen were returned.", "clause_passive"),
        ("Officers seized 40 bikes, and ", " who helped us said thanks.", None),  # no passive
        ("Of the 40 workers, 31 were British and ", " officers took part.", None),  # a noun
        ("while Ludlow logged ", " and officers 40", None),  # no place named
        ("seized 14 knives in May and ", " officers took part", None),
        ("a rate of ", " per 1,000 people", None),
        # another place's rate closing its clause; not a rate with no place, nor a base
        ("was twice the Humberside rate of ", ".", "place_rate_of"),
        ("against a county-wide rate of about ", ", police said", "place_rate_of"),
        ("higher than the rate for North Wales of ", ".", "place_rate_of"),
        ("with a rate of ", ".", None),  # no place's rate
        ("below the Welsh rate of ", " per 1,000 people", None),  # a base of its own
        ("the band ", " in June", None),
        ("questioned 18 men, including ", " who were later released", "including_part"),
        ("checked 90 cars, including at least ", ".", "including_part"),
        # a part its participle tells of, with where or how it was found
        ("recovered 64 knives, including ", " found during a sweep of Elm Park", "including_part"),
        ("took in 212 blades, including ", " handed in at the Leek bin", "including_part"),
        ("recovered 64 knives, including ", " found knives", None),  # no place or time after
        # a part its participle posts somewhere (``POSTED_PART``)
        ("funds 12 advisers, including ", " based in A&E units", "including_part"),
        ("hired 40 officers, including ", " stationed at Dover port", "including_part"),
        ("employs 30 IDVAs, including ", " working alongside police", "including_part"),
        ("hired 40 officers, including ", " based officers", None),  # no place after
        ("hired 40 officers, including ", " in Dover", None),  # a place, no participle
        ("stopped 60 riders, including ", " women", None),  # a noun of its own
        # a part sent from other forces (``SENT_FROM_PART``, mutual aid)
        ("had 900 officers on duty, including ", " from other forces", "including_part"),
        ("deployed 350 officers, including ", " from neighbouring forces.", "including_part"),
        ("deployed 350 officers, including ", " from Leeds", None),  # a place, not a force
        ("deployed 350 officers, including ", " from other roles", None),  # not forces
        ("seized 300 knives, including ", " in 2024", "including_period"),
        ("seized 300 knives, including ", " in Maidstone", None),  # a place, no period
        ("Hull had 40 calls, and York ", ", the force said", "gapped_verb"),
        ("Stoke-on-Trent saw 61 and Newcastle-under-Lyme ", ".", "gapped_verb"),
        # another named subject's count after "with" and a verb in -ing
        (
            "The Perth branch took 900 calls, with the Dundee branch taking ",
            ".",
            "with_place_verbing",
        ),
        ("Hull issued 90 fines, with York issuing ", " and Selby 12.", "with_place_verbing"),
        ("Hull made 90 arrests, with York making ", " arrests.", None),  # a noun of its own
        ("Hull made 90 arrests, with officers making ", ".", None),  # no name
        # the same count of another time in brackets after it
        ("made 1,245 arrests in 2024 (", " in 2023).", "bracketed_yardstick"),
        ("made 1,245 arrests in 2024 (last year: ", ")", "bracketed_yardstick"),
        ("made 1,245 arrests in 2024 (", " officers).", None),  # a noun of its own
        # a named branch, team or office as the gapped subject
        ("The Perth branch took 900 calls, and the Dundee branch ", ".", "gapped_verb"),
        ("The Hull team made 60 arrests and the York team ", ".", "gapped_verb"),
        ("The Ely office handled 70 cases and the March office ", ".", "gapped_verb"),
        # a name joined by "of" (rule gapped_verb)
        (
            "The Midlands accounted for 1,544 of them and the East of England for ",
            ".",
            "gapped_verb",
        ),
        ("Hampshire logged 900 calls and the Isle of Wight ", ".", "gapped_verb"),
        ("Hampshire logged 900 calls and the rest of Wight ", ".", None),  # no name
        ("The Perth branch took 900 calls and the Dundee branch ", " volunteers", None),
        ("Conwy logged 1,400 calls, Gwynedd ", " and Anglesey 610.", "comma_gapped_verb"),
        ("Fife made 90 arrests, West Lothian with ", ", and Angus 41", "place_with"),
        ("Fife made 90 arrests, the Borders ", ".", "comma_gapped_verb"),
        ("Fife made 90 arrests, Angus ", " drivers.", None),  # a noun of its own
        ("the court sat on 12 May, Tuesday ", ".", None),  # a date
        ("Officers made 90 arrests, Inspector ", " said.", None),  # no count follows
        ("Leeds had 40 calls, with Hull the highest, at ", ".", "ranked_at"),
        ("Ely had 80, and March had the lowest total, with just under ", ".", "ranked_at"),
        ("Ely had 80 and March the lowest, at ", " per cent", None),  # a unit of its own
        ("Leeds made 50 arrests and Bradford for ", " drivers", None),  # a noun of its own
        ("Leeds made 50 arrests and officers for ", ".", None),  # no name before it
        ("made 214 arrests in Hull, more than ", " in the East Riding", "listed_with_place"),
        ("made 214 arrests, ", " in total", None),  # no place after "in"
        ("made 214 arrests: ", " in Hull, 60 in York", "listed_with_place"),  # a breakdown
        ("made 214 arrests: ", " in total", None),  # no place after "in"
        ("seized 312 vehicles – ", " in Hull and 108 in York", "listed_with_place"),  # a dash
        ("seized 312 vehicles - ", " in Hull and 108 in York", "listed_with_place"),
        ("fined 90 riders — ", " for riding on the pavement", "listed_for_reason"),
        ("made 214 arrests - ", " in total", None),  # no place after "in"
        ("the 2024-", " in Hull", None),  # a hyphen in a span is no dash
        ("seized 9 quads, four in Louth and ", " near Boston.", "listed_with_place"),
        ("seized 9 quads in Louth, ", " outside Skegness", "listed_with_place"),
        ("logged 812 in Hull, followed by ", " in York.", "listed_with_place"),
        ("logged 812 in Hull, followed by ", " officers in York.", None),  # a noun of its own
        # a "when" clause's count of an earlier time, its participle right after
        (
            "fell to 40 in 2025, compared with last year, when about ",
            " were made.",
            "when_then_count",
        ),
        ("fell to 40, compared with 2023, when ", " officers were hurt.", None),  # its own noun
        ("fell to 40, compared with 2023, when ", " said so.", None),  # no participle
        ("seized 9 quads in Louth and ", " near misses", None),  # no place after "near"
        ("seized 9 quads in Louth and ", " outside the town", None),  # no place named
        ("fined 90 riders: ", " for riding on the pavement", "listed_for_reason"),
        ("stopped 70 vans, around ", " for not displaying plates", "listed_for_reason"),
        ("issued 40 tickets, ", " for failing to stop at a red light", "listed_for_reason"),
        ("issued 40 tickets, ", " for 2025", None),  # no doing: a year
        ("arrested 54 people, ", " for drugs offences and 16 for theft", "listed_for_reason"),
        ("charged 40 people: ", " for criminal damage", "listed_for_reason"),
        # an item of any noun when another "N for" item follows it (listed_for_parallel)
        ("issued 40 bans, ", " for pyrotechnics and 8 for disorder", "listed_for_parallel"),
        ("issued 40 bans: ", " for racism, nine for flares", "listed_for_parallel"),
        ("issued 40 bans, ", " for pyrotechnics.", None),  # no item after it
        ("issued 40 bans, ", " stewards for flares and 8 for abuse", None),  # its own noun
        ("stopped 40 drivers, ", " for the first time", None),  # no offence named
        ("charged 40 people, ", " officers for assault", None),  # a noun of its own
        ("issued 40 tickets, ", " officers for speeding", None),  # a noun of its own
        ("made 214 arrests in Hull, ", " officers in York", None),  # a noun of its own
        ("seized 30 cars, and another ", " were towed away", "further_part"),
        ("the remaining ", " remain in custody", "further_part"),
        ("arrested 30 men, and a further ", " officers were hurt", None),  # its own noun
        ("40 clubs in Hull joined, and in Goole a further ", ".", "further_part"),  # closing
        ("seized 12 vans in May and another ", "; the rest", "further_part"),
        ("seized 12 vans, and a further ", " days later", None),  # a noun of its own
        # leaving or joining after "while/but": the things just counted
        ("Humberside Police hired 300 officers, while ", " left.", "clause_passive"),
        ("took on 80 specials in 2025, but ", " resigned within a year", "clause_passive"),
        ("trained 50 PCSOs, and ", " have since joined as officers", "clause_passive"),
        ("took on 80 specials in 2025, while ", " said they would stay", None),  # no leaving
        ("took on 80 specials, while ", " officers left", None),  # a noun of its own
        # a verb and its object pronoun gapped before a repeated preposition
        ("drew the device on 348 occasions and fired it on ", ".", "gapped_preposition"),
        ("carried spit guards in 90 cars and used them in ", ".", "gapped_preposition"),
        ("drew the device on 348 occasions and fired it at ", ".", None),  # another word
        ("drew the device on 348 occasions and fired it on ", " men", None),  # a noun
        ("Leeds had 312 calls, Bradford Council ", ", and Otley 9.", "comma_gapped_verb"),
        ("logged 61 crimes, Barrow ", ", Kendal 19, and Ulverston", "comma_gapped_verb"),
        ("Hull recorded 40 thefts, York about ", ".", "comma_gapped_verb"),
        ("Sefton 12, and Bootle and Litherland ", " between them.", "gapped_verb"),
        ("Hull recorded 40 thefts, York ", " officers", None),  # a noun of its own
        ("Hull recorded 40 thefts, on ", " May", None),  # no name before it
        ("stood at 3.9 in Kent, followed by Essex with ", " per 1,000.", None),
        ("a rate of 3.9 in Kent, followed by the South East at ", ", then", "followed_by_at"),
        ("the Wirral had 3.9, followed by Chester at ", "pm", None),  # a time
        ("sent 400 letters to parents, ", " to schools and 90 to GPs", "listed_to_recipient"),
        ("made 70 referrals to Kent County Council and ", " to the NHS", "listed_to_recipient"),
        ("gave 41 talks to care homes and ", " to 50 officers", None),  # a range
        ("gave 41 talks to care homes and ", " officers to clubs", None),  # a noun of its own
        ("rose from 40 to 58, and ", " to go", None),  # no "to" phrase after a count's noun
        ("gave 41 talks in Leeds and ", " to be held", None),  # no "to" phrase before
        ("against an average for Scotland of ", ".", "yardstick_of"),
        ("compared with the average across the North West of about ", ".", "yardstick_of"),
        ("an average for ", " weeks", None),
        ("held for a further ", " days", None),  # a duration
        ("arrested 212 people, and a further ", " between July and September", "further_part"),
        ("14 knives in May and ", " between June and July", "and_then_period"),
        ("accounting for 3,240 of them, while ", " were for weapons.", "clause_passive"),
        ("recorded 700 calls, while ", " were about theft.", "clause_passive"),
        ("made 900 stops, while ", " officers were for it.", None),  # a noun of its own
        ("made 900 stops, while ", " were there.", None),  # no participle, no reason
        ("shared 40 and ", " between them", None),
        ("while Leek and Buxton accounted for a further ", " between them", "further_part"),
        ("the two wards made up another ", " among them.", "further_part"),
        ("had the most calls, 80, Bangor with ", ", and Rhyl with 12.", "place_with"),
        ("Ripon saw nine thefts, Thirsk ", " and Bedale four.", "comma_gapped_verb"),  # a list
        ("while Hull and York took ", " and 12 respectively.", "respectively"),
        ("Hull and York recorded 40 and ", ", respectively, last year.", "respectively"),
        ("Hull and York took ", " officers and 12 respectively.", None),  # its own noun
        ("Ripon saw nine thefts, officers ", " and Bedale four.", None),  # no name
        ("the most thefts, 60, Tenby with around ", ".", "place_with"),
        ("followed by Ripon with ", " officers", None),  # a noun of its own
        ("the most arrests, and officers with ", ".", None),  # no place named
        ("stopped 58 riders, including ", " for speeding", "including_part"),
        ("issued 40 tickets, including nearly ", " for not wearing a helmet", "including_part"),
        ("issued 40 tickets, including ", " for Leeds", None),  # no activity
        # the offence a part was for (``elided_words.OFFENCE_PART``)
        ("made 23 arrests, including ", " for drink driving", "including_part"),
        ("made 23 arrests, including ", " for careless driving and", "including_part"),
        ("charged 31 men, including ", " for robbery.", "including_part"),
        ("charged 31 men, including ", " for criminal damage", "including_part"),
        ("made 23 arrests, including ", " for the meeting", None),  # a determiner: no offence
        ("made 23 arrests, including ", " for Bristol City", None),  # a place or a team
        ("Cars accounted for 90 crashes and vans for about ", ", while", "gapped_preposition"),
        ("Tools were taken in 61 break-ins, and bikes in ", ".", "gapped_preposition"),
        ("Cash went from 30 homes and jewellery from ", " and cars", "gapped_preposition"),
        ("Tools were taken in 61 of the sheds, and bikes in ", ".", "gapped_preposition"),
        ("Tools were taken in 61 break-ins and bikes for ", ".", None),  # another preposition
        ("Tools were taken in 61 break-ins, and bikes in ", " sheds.", None),  # a noun of its own
        ("accounted for 61 arrests and drivers for ", " drivers", None),  # a noun of its own
        ("accounted for 61 arrests and for ", ".", None),  # no subject
        ("In Hull, 40 bikes were seized, and in North Lincolnshire around ", ".", "place_led_item"),
        ("In Fife, 61 vans were stolen, and in Angus ", ".", "place_led_item"),
        ("In Hull, 40 bikes were seized, and in May ", ".", None),  # a month is no place
        ("40 bikes were seized, and in Goole ", " officers", None),  # a noun of its own
        ("made 310 arrests, of whom around ", " were women.", "of_which_part"),
        ("took 5,600 calls, amongst which just over ", " came at night.", "of_which_part"),
        ("made 310 arrests, of which ", " children were hurt.", None),  # a noun of its own
        ("made 310 arrests, of which ", " in Selby.", None),  # no verb after the count
        ("stopped 400 vans, but only ", " were then searched.", "clause_passive"),
        ("stopped 400 vans, and ", " were there.", None),  # no participle: no passive
        ("stopped 400 vans, and ", " officers were hurt.", None),  # a noun of its own
        # the place the counted things were in ("while 31 were in Hexham")
        ("helped 212 families in Truro, while ", " were in Bodmin.", "clause_passive"),
        ("housed 95 girls, and ", " were from the Wirral.", "clause_passive"),
        ("housed 95 girls, while ", " were in care.", None),  # no place: a state
        ("logged 95 calls, while ", " were in March.", None),  # a month is no place
        # a peninsula or island after "on the" ("and 41 were on the Wirral")
        ("logged 212 bin fires in Hull, and ", " were on the Wirral.", "clause_passive"),
        ("seized 60 scooters in Ryde, while ", " were on the Isle of Wight.", "clause_passive"),
        ("arrested 30 men, while ", " were on bail.", None),  # no place: a state
        ("logged 95 calls, and ", " were on Friday.", None),  # a weekday is no place
        ("logged 95 calls, and ", " were on the phone.", None),  # no name after "the"
        # the whole a count is a part of, where it was counted; not a noun of its own, a score
        ("found 31 dead kites in Powys, out of ", " nationally.", "out_of_whole"),
        ("found 31 dead kites in Powys, out of ", " officers in Wales.", None),
        ("gave the scheme 8, out of ", ".", None),
        # a later step of justice against the people counted before
        ("have detained 31 women, charged 17 and cautioned ", " in May.", "next_justice_step"),
        ("arrested 40 suspects and later charged ", " with fraud.", None),  # a word between
        ("arrested 40 suspects, charged ", " under the Theft Act.", "next_justice_step"),
        ("made 140 stops and arrested ", ".", None),  # stops are no people's step
        # a step with people before a step of justice, its count in words too
        ("dispersed 60 youths in Bootle and arrested ", ".", "next_justice_step"),
        ("moved on thirty people, and arrested ", " in Hull.", "next_justice_step"),
        ("arrested twelve men and charged ", " with affray.", "next_justice_step"),
        ("dispersed 60 youths and seized ", ".", None),  # no step of justice after
        # "searched" as a step with people only when its noun is people
        ("searched 80 people, arrested ", " and seized 12 knives.", "next_justice_step"),
        ("searched more than 200 passengers at Crewe and arrested ", ".", "next_justice_step"),
        ("searched forty youths and cautioned ", " in Luton.", "next_justice_step"),
        ("searched 40 homes and arrested ", " in dawn raids.", None),  # homes are no people
        ("searched 12 vehicles, arrested ", " and seized cash.", None),  # vehicles: no people
        ("spoke to 300 residents and arrested ", " officers.", None),  # a noun of its own
        ("arrested 40 suspects and charged ", " offences.", None),  # a noun of its own
        # a later action on some of the things counted before, for a reason (a gerund)
        ("stopped 300 cars and reported ", " for not wearing belts.", "next_step_for_reason"),
        ("inspected 72 pubs in Luton, closed ", " for selling to children", "next_step_for_reason"),
        ("stopped 300 cars and seized ", " knives for testing.", None),  # a noun of its own
        ("stopped 300 cars and seized ", " for the third year.", None),  # no gerund
        ("seized ", " for having no insurance.", None),  # no count before
    ],
)
def test_elided_or_not(before: str, after: str, expected: str | None) -> None:
    assert elided_rule(before, after) == expected


# rules with_place_behind and including_relative_part, with near misses that must not fire
BEHIND_AND_RELATIVE_ROWS = [
    ("Wigan had 212 thefts, with Leigh not far behind at ", ".", "with_place_behind"),
    ("made 80 arrests, with the Wirral just behind on about ", ".", "with_place_behind"),
    ("made 80 arrests, with officers close behind on ", ".", None),  # no name
    ("made 80 arrests, with Leigh close behind on ", " May.", None),  # a date after it
    ("logged 41 robberies, including ", " where a knife was shown.", "including_relative_part"),
    ("attended 90 fires, including ", " during which crews were hit.", "including_relative_part"),
    ("attended 90 fires, including ", " which crews put out.", None),  # no relative of place
    ("attended 90 fires, including ", " firefighters in which", None),  # a noun of its own
]


@pytest.mark.parametrize(("before", "after", "expected"), BEHIND_AND_RELATIVE_ROWS)
def test_ranked_behind_and_relative_parts(before: str, after: str, expected: str | None) -> None:
    assert elided_rule(before, after) == expected


P = dt.date(2022, 9, 12)
Figures = list[tuple[float, str, tuple[str, str] | None]]


SENTENCES: list[tuple[str, Figures]] = [
    # a count that takes the noun of the count before shares its span when it states none
    (
        "Derby officers logged 1,240 thefts in 2021, while Buxton saw 280.",
        [
            (1240, "thefts", ("2021-01-01", "2021-12-31")),
            (280, "thefts", ("2021-01-01", "2021-12-31")),
        ],
    ),
    (
        "In 2021 Leeds accounted for 312 of the thefts and Bradford for 287.",
        [
            (312, "thefts", ("2021-01-01", "2021-12-31")),
            (287, "thefts", ("2021-01-01", "2021-12-31")),
        ],
    ),
    # after a yardstick and a contrast: the span of the count, not the yardstick's
    (
        "In Hull, burglary fell to 610 offences in 2021 compared with 700 a year earlier, "
        "while Goole recorded 95 and Selby 80.",
        [
            (610, "offences", ("2021-01-01", "2021-12-31")),
            (700, "offences", ("2020-01-01", "2020-12-31")),
            (95, "offences", ("2021-01-01", "2021-12-31")),
            (80, "offences", ("2021-01-01", "2021-12-31")),
        ],
    ),
    (
        "Officers in Derby seized 14 knives in May and 26 in June.",
        [
            (14, "knives", ("2022-05-01", "2022-05-31")),
            (26, "knives", ("2022-06-01", "2022-06-30")),
        ],
    ),
    (
        "Derby officers logged 312 calls in 2020 and 287 in 2021.",
        [
            (312, "calls", ("2020-01-01", "2020-12-31")),
            (287, "calls", ("2021-01-01", "2021-12-31")),
        ],
    ),
    # the figure inside a yardstick phrase gets the yardstick's span
    (
        "Last year 460 drink drivers were caught in Derby, against the five-year average of 380.",
        [
            (460, "drivers", ("2021-01-01", "2021-12-31")),
            (380, "drivers", ("2016-01-01", "2020-12-31")),
        ],
    ),
    (
        "In 2021 Derby officers caught 460 drink drivers, against an average of 380 over the "
        "previous five years.",
        [
            (460, "drivers", ("2021-01-01", "2021-12-31")),
            (380, "drivers", ("2016-01-01", "2020-12-31")),
        ],
    ),
    # a yardstick year's figure: that year
    (
        "Derby officers caught 460 drink drivers in 2021, compared with the 2019 figure of 380.",
        [
            (460, "drivers", ("2021-01-01", "2021-12-31")),
            (380, "drivers", ("2019-01-01", "2019-12-31")),
        ],
    ),
    # a change against it covers both years
    (
        "Thefts in Derby rose 12% in 2021 on the 2019 total.",
        [(12, "percent", ("2019-01-01", "2021-12-31"))],
    ),
    # a count restated as a rate keeps its noun and its period
    (
        "The Derby helpline answered 3,120 calls last year, about 60 a week.",
        [
            (3120, "calls", ("2021-01-01", "2021-12-31")),
            (60, "calls", ("2021-01-01", "2021-12-31")),
        ],
    ),
    # a part of the count before it, by age or clause, in digits or words
    (
        "Derby officers stopped 60 riders in May, including 9 aged under 16.",
        [(60, "riders", ("2022-05-01", "2022-05-31")), (9, "riders", ("2022-05-01", "2022-05-31"))],
    ),
    (
        "Derby officers stopped 60 riders in May, including nine aged 12 to 15.",
        [(60, "riders", ("2022-05-01", "2022-05-31")), (9, "riders", ("2022-05-01", "2022-05-31"))],
    ),
    (
        "Derby officers questioned 18 men in May, four of whom were charged.",
        [(18, "men", ("2022-05-01", "2022-05-31")), (4, "men", ("2022-05-01", "2022-05-31"))],
    ),
    (
        "Derby officers questioned 18 men in May. Four of those questioned were charged.",
        [(18, "men", ("2022-05-01", "2022-05-31")), (4, "men", ("2022-05-01", "2022-05-31"))],
    ),
    # "of those" points back past money to the last count
    (
        "Derby officers questioned 18 men in May and seized £900. Four of those questioned "
        "were charged.",
        [
            (18, "men", ("2022-05-01", "2022-05-31")),
            (900, "pounds", ("2022-05-01", "2022-05-31")),
            (4, "men", ("2022-05-01", "2022-05-31")),
        ],
    ),
    # a count restated as a rate after "the equivalent of"
    (
        "Door staff in Derby turned away 9,100 people last year, the equivalent of about 175 "
        "a week.",
        [
            (9100, "people", ("2021-01-01", "2021-12-31")),
            (175, "people", ("2021-01-01", "2021-12-31")),
        ],
    ),
    # a count in words restated as a rate
    (
        "The Derby helpline answered 3,120 calls last year, about sixty a week.",
        [
            (3120, "calls", ("2021-01-01", "2021-12-31")),
            (60, "calls", ("2021-01-01", "2021-12-31")),
        ],
    ),
    # near misses: "one of them" is a person, not a figure; a word with nothing to repeat
    ("Derby officers questioned 18 men, one of whom was charged.", [(18, "men", None)]),
    ("Derby officers said six of them were charged.", []),
    # "Four of them" opening a sentence after a count of men is a part of it (rule
    # of_them_opening); after a group no figure counted it stays no figure
    (
        "Derby officers questioned 18 men in May. Four of them were charged.",
        [(18, "men", ("2022-05-01", "2022-05-31")), (4, "men", ("2022-05-01", "2022-05-31"))],
    ),
    ("Derby officers questioned a group of men in May. Four of them were charged.", []),
    # a gapped list after a comma: each item counts the first item's noun, over its span
    (
        "Cumbria Police recorded 410 thefts in 2021, Lancashire Police 388 and Merseyside "
        "Police 512.",
        [
            (410, "thefts", ("2021-01-01", "2021-12-31")),
            (388, "thefts", ("2021-01-01", "2021-12-31")),
            (512, "thefts", ("2021-01-01", "2021-12-31")),
        ],
    ),
    (
        "In May, Hull accounted for 64 of the calls, Goole 21, Beverley 17, and Driffield "
        "and Hornsea 12 between them.",
        [
            (64, "calls", ("2022-05-01", "2022-05-31")),
            (21, "calls", ("2022-05-01", "2022-05-31")),
            (17, "calls", ("2022-05-01", "2022-05-31")),
            (12, "calls", ("2022-05-01", "2022-05-31")),
        ],
    ),
    # a part of the count before after "of which/whom", its period too
    (
        "Derby officers logged 1,240 thefts in 2021, of which 380 involved bicycles.",
        [
            (1240, "thefts", ("2021-01-01", "2021-12-31")),
            (380, "thefts", ("2021-01-01", "2021-12-31")),
        ],
    ),
    # a list of what the count before was for: each item counts its noun, over its span
    (
        "During May, Derby officers reported 140 drivers for speeding, 37 for not wearing "
        "a seatbelt and 12 for using a phone.",
        [
            (140, "drivers", ("2022-05-01", "2022-05-31")),
            (37, "drivers", ("2022-05-01", "2022-05-31")),
            (12, "drivers", ("2022-05-01", "2022-05-31")),
        ],
    ),
    # a list of whom the count before was aimed at: each item counts its noun
    (
        "In 2021, Derby officers recorded 420 offences against Muslims, 96 against Jewish "
        "people and 31 against Sikhs.",
        [
            (420, "offences", ("2021-01-01", "2021-12-31")),
            (96, "offences", ("2021-01-01", "2021-12-31")),
            (31, "offences", ("2021-01-01", "2021-12-31")),
        ],
    ),
    # a later action on some of the vehicles checked: their noun, their span
    (
        "Since June, Derby officers have stopped 880 vehicles and seized 37 for having no "
        "insurance.",
        [
            (880, "vehicles", ("2022-06-01", "2022-09-12")),
            (37, "vehicles", ("2022-06-01", "2022-09-12")),
        ],
    ),
    # near misses: no noun to repeat, a noun of its own
    ("Derby officers took part and 26 in June.", []),
    (
        "Derby officers seized 14 knives in May and 3 vans in June.",
        [(14, "knives", ("2022-05-01", "2022-05-31")), (3, "vans", ("2022-06-01", "2022-06-30"))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_figures_with_elided_nouns(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: Figures
) -> None:
    assert unit_periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        # a named line or network: where the count was made, as a place is
        ("The Jubilee line accounted for 90 of them and the Victoria line for ", ".",
         "gapped_verb"),
        ("logged 700 thefts, including ", " on the Overground and 41 more", "including_part"),
        ("logged 700 thefts, 300 on the Overground and ", " on the Piccadilly line.",
         "listed_with_place"),
        ("made 214 arrests in Hull, ", " on the Humber Bridge.", "listed_with_place"),
        # near misses: a day, a lower-case thing, a noun after the name
        ("made 214 arrests in Hull and ", " on the Friday.", None),
        ("made 214 arrests, including ", " on the bus.", None),
        ("made 214 arrests, including ", " on the Council estates.", None),
        ("The Jubilee line accounted for 90 of them and the Victoria line for ", " staff",
         None),
    ],
)  # fmt: skip
def test_counts_on_named_lines(before: str, after: str, expected: str | None) -> None:
    assert elided_rule(before, after) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gapped level after a share takes the noun of the share's whole
        (
            "Cardiff accounted for almost half of all thefts, while Newport recorded 310.",
            [(50.0, "percent"), (310.0, "thefts")],
        ),
        # near miss: a share of no plural whole leaves the level without a noun
        (
            "Cardiff accounted for almost half of it, while Newport recorded 310.",
            [(50.0, "percent")],
        ),
    ],
)
def test_a_level_after_a_share_counts_its_whole(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in nlp(text)._.statistics] == expected


SAME_VERB_ROWS = [
    pytest.param("seized 14 vans in Hull and seized ", ".", "same_verb_again", id="again"),
    pytest.param("made 140 stops and arrested ", ".", None, id="another-verb"),
    pytest.param("arrested 9 men and arrested ", " women.", None, id="a-noun-of-its-own"),
]


@pytest.mark.parametrize(("before", "after", "expected"), SAME_VERB_ROWS)
def test_the_verb_said_again_elides_the_noun(before: str, after: str, expected: str | None) -> None:
    assert elided_rule(before, after) == expected


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        # a clause's passive with an adverb before its participle: the noun of the count before
        ("checked 14 lorries in Devon, and ", " were seriously overloaded.", "clause_passive"),
        ("stopped 300 vans, while ", " were immediately taken off the road", "clause_passive"),
        ("logged 90 crashes, but ", " were wrongly recorded.", "clause_passive"),
        # near misses: a noun of its own, no participle after the adverb
        ("14 riders were killed in Devon, and ", " cyclists were seriously injured.", None),
        ("stopped 300 vans, while ", " were really busy.", None),
    ],
)
def test_a_passive_with_an_adverb_elides_the_noun(
    before: str, after: str, expected: str | None
) -> None:
    assert elided_rule(before, after) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause after a comparison's yardstick counts over the span of the count
        # whose noun it takes, not the yardstick's
        (
            "In Cumbria, 38 people were killed on the roads in 2021, down 4% on 2020, "
            "and 402 were seriously injured.",
            [
                (38, "people", ("2021-01-01", "2021-12-31")),
                (4, "percent", ("2020-01-01", "2021-12-31")),
                (402, "people", ("2021-01-01", "2021-12-31")),
            ],
        ),
        (
            "Kent officers stopped 260 lorries in 2021, up from 210 in 2020, and 41 were "
            "later prohibited.",
            [
                (260, "lorries", ("2021-01-01", "2021-12-31")),
                (210, "lorries", ("2020-01-01", "2020-12-31")),
                (41, "lorries", ("2021-01-01", "2021-12-31")),
            ],
        ),
        # near miss: a "when" clause is the yardstick's own count
        (
            "Arrests rose to 96 in 2021, compared with 2020, when 71 were made.",
            [
                (96, "arrests", ("2021-01-01", "2021-12-31")),
                (71, "arrests", ("2020-01-01", "2020-12-31")),
            ],
        ),
    ],
)
def test_a_clause_after_a_yardstick_keeps_the_span_of_its_count(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: Figures
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
