"""A sentence's clause and comparison breaks, found once per sentence."""

from __future__ import annotations

import pytest

from pressfacts.statistics.clause_breaks import sentence_breaks


@pytest.mark.parametrize(
    ("sentence", "clauses", "yardsticks"),
    [
        ("Calls rose to 300 in Hull.", [], []),
        # a part of the total set off by a comma alone; a plan's next clause after a modal;
        # a lower-case subject with its own place
        ("Officers logged 900 reports, nearly half of them from Goole.", [", "], []),
        ("Officers logged 900 reports, 40 of those from Goole.", [", "], []),
        ("It will retain 80 staff, and will fund 12 wardens in Ely.", [", and "], []),
        ("It will retain 80 staff, and will fund wardens in Ely.", [], []),
        ("Hull has 80 staff, and units in Ely and Selby have hired 9.", [", and "], []),
        ("Hull has 80 staff, and officers have hired 9.", [], []),
        # a purpose clause counting what the money is for
        ("It gave £9,000 to train 40 wardens in Hull.", [" to train "], []),
        ("The fund will pay £2m to recruit more than 30 officers in York.", [" to recruit "], []),
        ("Calls rose from 200 to 300 in Hull.", [], []),
        # ", and" + a new list item with its own place; not a part or a change of the figure
        ("It funds a refuge in Ely, which gets £9,000, and a hub in Hull.", [", and "], []),
        ("It gave £9,000, and an outreach worker based in Hull.", [", and "], []),
        ("It gave £9,000, and a rise of 9% in Hull.", [], []),
        ("It made 9 arrests, and a total of 40 across Hull.", [], []),
        # a multiple of, or more than, another place's count stated with "the"; not a
        # qualifier ("more than 210") nor a multiple of a rate (the rate's own row)
        ("Hull logged 640 thefts, three times the 210 in Ely.", [], [" "]),
        ("Hull logged 640 thefts, more than the 210 in Ely.", [], [" "]),
        ("Hull logged 640 thefts, double the £320 in Ely.", [], [" "]),
        ("Hull logged 640 thefts, more than 210 of them in Ely.", [", "], []),
        ("Hull logged 640 thefts, twice the rate in Ely.", [], [" "]),
        ("It gave £9,000 to help families in Hull.", [], []),
        ("Arrests rose; fines fell.", [";"], []),
        ("Reports fell to 80 in Leeds, compared with 95 last year.", [], [", compared with "]),
        ("There were 40 thefts, but only 2 in May.", [", but"], []),
        ("It gave £9,000, and a further £500 to Hull.", [], [", and "]),
        ("Officers made 12 arrests with 5 of those in York.", [], [" with "]),
        ("Figures fell - in Kent: by a third.", [" - ", ":"], []),
        ("Police seized 60 bikes, with most of them in Hull.", [], [", with "]),
        ("It made 9 arrests, with the majority of those in Ely.", [], [", with "]),
        ("It made 9 arrests, with officers in Ely.", [], []),
        # no figure before ", with": the count after it is the subject's own
        ("Goole was the only town to see a rise, with 80 thefts.", [], []),
        ("Selby saw the sharpest fall, with 12 burglaries in May.", [], []),
        ("Hull made two arrests, with 1 in Hessle.", [], [", with "]),
        # a with-clause of its own people and place doing something
        ("Seizures tripled, with teams in Hove finding 20 a day.", [], [", with "]),
        ("Calls doubled, with staff from Ely Road taking 50 an hour.", [], [", with "]),
        # a sum listed after ", and" has its own place, or none
        ("It gave £9,000 for vans in Hull, and £500 for a helpline.", [], [", and "]),
        ("It gave £9,000 to Hull, and about £500 to York.", [], [", and "]),
        # a part of the total after ", and": "a third of them", "12 of those", "most of"
        ("It found 90 boys, and more than a third of them lived in Ely.", [], [", and "]),
        ("Police seized 60 bikes, and 12 of those were in Hull.", [], [", and "]),
        ("Police seized 60 bikes, and most of the owners were in Hull.", [], [", and "]),
        ("Police seized 60 bikes, and a third of bikes were stolen.", [], []),
        # near misses: no comma, or a count rather than money
        ("It gave £9,000 to Hull and £500 to York.", [], []),
        ("It funds 45 officers and £2m for a suite in Hanley.", [], [" and "]),
        ("It made 9 arrests in Hull, and 4 in York.", [], []),
        # ", and" + a named subject + its verb opens a clause of its own
        ("Thefts in Hull fell by 9%, and York recorded 310 thefts.", [", and "], []),
        ("Hull saw a fall of 9%, and North Yorkshire Police made 40 arrests.", [", and "], []),
        ("Thefts fell in Hull, and York, in May.", [], []),
        ("Thefts fell by 9%, and officers recorded 40 arrests.", [], []),
        ("Wardens joined teams in Hull, and Humberside Police now has 40 wardens.", [", and "], []),
        ("In Fife it was 910, and in Angus 430.", [", and "], []),
        ("It rose in Fife and in Angus.", [], []),
        ("Hull recorded 240 thefts and Goole 80.", [" and "], []),
        ("In Hull and Goole 80 thefts were recorded.", [], []),
        # a list of places, each with its count and the verb gapped; a ranking
        ("Hull accounted for 240 of them, Goole for 80 and Selby for 30.", [", ", " and "], []),
        ("Fife recorded 900 crimes, East Lothian 310 and Angus with 95.", [", ", " and "], []),
        ("Hull had the most, 240, followed by Goole with 80.", [", followed by"], []),
        ("Falls were in Hull, down 9%, and Goole, down 4%.", [", and "], []),
        ("Thefts rose in Hull, Goole, up 4%, and Selby.", [", "], []),
        # near misses: a date, a place with no count after it
        ("The court sat on 12 May, Tuesday 14 being a holiday.", [], []),
        ("Officers in Hull, Goole and Selby made 90 arrests.", [], []),
    ],
)
def test_breaks_of_a_sentence(sentence: str, clauses: list[str], yardsticks: list[str]) -> None:
    found = sentence_breaks(sentence)
    assert [[sentence[start:end] for start, end in spans] for spans in found] == [
        clauses,
        yardsticks,
    ]
