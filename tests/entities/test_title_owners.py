"""A title keeps the organisation and place written with it, however the name follows:
after an honorific ("The NSPCC's head of policy, Dr Jo Bell"), after a name that ends in
its own possessive ("Barnardo's director"), and with its place after a connector the
name rule stops at ("head of policy for Wales Ann Cole"). Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.knowledge.build import build_knowledge_set
from pressfacts.models.records import EntityRecord
from pressfacts.reader.read import SourceDocument


def roles_of(nlp: Language, text: str, name: str) -> list[tuple[str, str | None, str | None]]:
    """(title, organisation, area) of each role of the person ``name`` in ``text``."""
    doc = nlp(text)
    people = {i.name: i for i in doc._.entity_info.values() if i.type == "PERSON"}
    return [(r.title, r.organisation, r.area) for r in people[name].roles]


ROWS = [
    # an organisation's acronym in brackets and a company suffix go with it, not the title
    pytest.param(
        "Lee Moss, director of the Institute of Shop Safety (ISS), said thefts rose.",
        ("Lee Moss", "Director", "org:institute-of-shop-safety", None),
        id="acronym-in-brackets-after-the-organisation",
    ),
    pytest.param(
        "Rhona Day, head of security at the Tesco Group, said staff were afraid.",
        ("Rhona Day", "Head of Security", "org:tesco", None),
        id="company-suffix-after-a-short-name",
    ),
    pytest.param(
        "Ian Shaw, head of loss prevention at Tesco plc, said so.",
        ("Ian Shaw", "Head of Loss Prevention", "org:tesco", None),
        id="plc-after-a-short-name",
    ),
    pytest.param(
        "The NSPCC’s head of policy, Dr Ruth Quinn, said the figures were worrying.",
        ("Ruth Quinn", "Head of Policy", "charity:nspcc", None),
        id="lead-in-before-an-honorific",
    ),
    pytest.param(
        "Barnardo's director for Wales, Professor Alun Rees, said it mattered.",
        ("Alun Rees", "Director", "charity:barnardos", "Wales"),
        id="a-name-ending-in-its-possessive",
    ),
    pytest.param(
        "Barnardo's director Ann Cole said the service would grow.",
        ("Ann Cole", "Director", "charity:barnardos", None),
        id="possessive-name-then-title-then-name",
    ),
    pytest.param(
        "NSPCC head of policy for Scotland Ann Cole said the figures were worrying.",
        ("Ann Cole", "Head of Policy", "charity:nspcc", "Scotland"),
        id="connector-then-place-then-name",
    ),
    pytest.param(
        "Crimestoppers regional manager for the North West Sam Holt said calls rose.",
        ("Sam Holt", "Regional Manager", "charity:crimestoppers", "North West"),
        id="connector-the-place-then-name",
    ),
    pytest.param(
        "Jo Amis, Barnardo's Service Manager for the Midlands, said calls rose.",
        ("Jo Amis", "Service Manager", "charity:barnardos", "Midlands"),
        id="a-title-for-a-region-named-with-the",
    ),
    pytest.param(
        "Priya Mann, the board's Independent Scrutineer, said the review was fair.",
        ("Priya Mann", "Independent Scrutineer", None, None),
        id="a-safeguarding-scrutineer",
    ),
    pytest.param(
        "IOPC Regional Director Femi Adeyemi said the inquiry had ended.",
        ("Femi Adeyemi", "Regional Director", "org:independent-office-for-police-conduct", None),
        id="acronym-body-then-qualified-title",
    ),
    pytest.param(
        "NSPCC Area Manager Lou Price said the service would reopen.",
        ("Lou Price", "Area Manager", "charity:nspcc", None),
        id="charity-acronym-then-qualified-title",
    ),
    pytest.param(
        "The NCA's Branch Commander Ivo Marsh said the raids went well.",
        ("Ivo Marsh", "Branch Commander", "force:national-crime-agency", None),
        id="possessive-acronym-then-portfolio-title",
    ),
    # a lower-case title the table knows is its organisation's too when written after it
    pytest.param(
        "Barnardo's policy officer Ann Cole said the service would grow.",
        ("Ann Cole", "Policy Officer", "charity:barnardos", None),
        id="possessive-name-then-a-known-lower-case-title",
    ),
    pytest.param(
        "NSPCC senior policy officer Ann Cole said the figures were worrying.",
        ("Ann Cole", "Senior Policy Officer", "charity:nspcc", None),
        id="acronym-then-a-qualified-known-title",
    ),
    pytest.param(
        "Crown Prosecution Service senior prosecutor Ann Cole said the case was strong.",
        ("Ann Cole", "Senior Prosecutor", "org:crown-prosecution-service", None),
        id="body-then-senior-prosecutor",
    ),
    # "senior" and "principal" belong to the title after them, in either case
    pytest.param(
        "Senior prosecutor Ann Cole, of CPS Wessex, said the case was strong.",
        ("Ann Cole", "Senior Prosecutor", "org:cps-wessex", None),
        id="sentence-opening-senior",
    ),
    pytest.param(
        "Speaking later, Senior Prosecutor Ann Cole said the case was strong.",
        ("Ann Cole", "Senior Prosecutor", None, None),
        id="capitalised-senior-mid-sentence",
    ),
    # a grade before a police rank is no part of it (a detective inspector)
    pytest.param(
        "Senior Detective Inspector Ann Cole said the case was strong.",
        ("Ann Cole", "Detective Inspector", None, None),
        id="senior-before-a-police-rank",
    ),
    # a hyphened prefix: "Ex-" is a former holder's (as "Former PC"), "Co-" part of it
    pytest.param(
        "Ex-PC Ann Cole was found to have committed gross misconduct.",
        ("Ann Cole", "Police Constable", None, None),
        id="ex-before-a-rank",
    ),
    pytest.param(
        "Co-Chair Ann Cole said the board had met.",
        ("Ann Cole", "Co-Chair", None, None),
        id="co-before-a-title",
    ),
    # a Scottish council's or committee's convener
    pytest.param(
        "Fife Council's convener of community safety, Councillor Ann Cole, praised it.",
        ("Ann Cole", "Convener of Community Safety", "org:fife-council", None),
        id="a-council-s-convener-of-a-portfolio",
    ),
    pytest.param(
        "The committee convener, Ann Cole MSP, said it had met.",
        ("Ann Cole", "Convener", None, None),
        id="a-committee-convener",
    ),
    # near misses: no organisation right before the title, or a verb between
    pytest.param(
        "Speaking after the hearing, senior prosecutor Ann Cole said the case was strong.",
        ("Ann Cole", "Senior Prosecutor", None, None),
        id="no-organisation-before-the-title",
    ),
    pytest.param(
        "The NSPCC said principal prosecutor Ann Cole would lead the work.",
        ("Ann Cole", "Principal Prosecutor", None, None),
        id="a-verb-between-the-organisation-and-the-title",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_title_keeps_its_owner_and_place(
    nlp: Language, text: str, expected: tuple[str, str, str, str | None]
) -> None:
    name, title, organisation, area = expected
    assert (title, organisation, area) in roles_of(nlp, text, name)


# a commissioner after a bare place is the place's elected commissioner; after a force's
# name, that force's chief officer
COMMISSIONER_ROWS = [
    pytest.param(
        "Shropshire Commissioner Ann Cole said patrols would grow.",
        ("Ann Cole", "Commissioner", None, "Shropshire"),
        id="a-place-then-commissioner",
    ),
    pytest.param(
        "West Mercia Police made arrests. Shropshire Commissioner Ann Cole said patrols would "
        "grow.",
        ("Ann Cole", "Commissioner", None, "Shropshire"),
        id="a-place-then-commissioner-with-a-force-named",
    ),
    pytest.param(
        "City of London Police Commissioner Ann Cole said patrols would grow.",
        ("Ann Cole", "Commissioner", "force:city-of-london-police", None),
        id="a-force-then-commissioner",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMMISSIONER_ROWS)
def test_a_commissioner_of_a_place_or_a_force(
    nlp: Language, text: str, expected: tuple[str, str, str | None, str | None]
) -> None:
    name, title, organisation, area = expected
    assert roles_of(nlp, text, name) == [(title, organisation, area)]


# a rank whose force the text gives only by its place belongs to that area in the
# knowledge set, unless a text of the set names the force itself
PLACED_RANK_ROWS = [
    pytest.param(
        ["Dorset Chief Constable Ann Cole said patrols would grow."],
        [("Chief Constable", None, "Dorset")],
        id="a-place-then-a-rank",
    ),
    pytest.param(
        ["Norfolk detective inspector Ann Cole said the arrests followed tip-offs."],
        [("Detective Inspector", None, "Norfolk")],
        id="a-place-then-a-lower-case-rank",
    ),
    pytest.param(
        [
            "Dorset Chief Constable Ann Cole said patrols would grow.",
            "Dorset Police made 12 arrests in Poole.",
        ],
        [("Chief Constable", "force:dorset-police", None)],
        id="near-miss-another-text-names-the-force",
    ),
]


@pytest.mark.parametrize(("texts", "expected"), PLACED_RANK_ROWS)
def test_a_rank_of_a_place_belongs_to_its_area_or_its_named_force(
    nlp: Language, texts: list[str], expected: list[tuple[str, str | None, str | None]]
) -> None:
    sources = [SourceDocument(source=f"own/{i}.txt", text=text) for i, text in enumerate(texts)]
    records = build_knowledge_set(sources, nlp)
    person = next(r for r in records if isinstance(r, EntityRecord) and r.name == "Ann Cole")
    assert [(r.title, r.organisation, r.area) for r in person.roles] == expected


# an appositive job title the table does not hold whole is read by its head word
HEAD_WORD_ROWS = [
    pytest.param(
        'Ann Cole, a senior domestic abuse practitioner at Refuge, said: "Call us."',
        ("Senior Domestic Abuse Practitioner", "charity:refuge"),
        id="practitioner",
    ),
    pytest.param(
        'Ann Cole, a clinical psychologist at Barnardo\'s, said: "Call us."',
        ("Clinical Psychologist", "charity:barnardos"),
        id="psychologist",
    ),
    pytest.param(
        'Ann Cole, a specialist prosecutor with the Crown Prosecution Service, said: "Call us."',
        ("Specialist Prosecutor", "org:crown-prosecution-service"),
        id="prosecutor",
    ),
    pytest.param(
        'Ann Cole, consultant paediatrician at Barnardo\'s, said: "Call us."',
        ("Consultant Paediatrician", "charity:barnardos"),
        id="consultant-paediatrician",
    ),
    pytest.param(
        'Ann Cole, a consultant psychiatrist at the NSPCC, said: "Call us."',
        ("Consultant Psychiatrist", "charity:nspcc"),
        id="consultant-psychiatrist",
    ),
    pytest.param(
        'Ann Cole, a senior lecturer in policing at the University of Derby, said: "Call us."',
        ("Senior Lecturer in Policing", "org:university-of-derby"),
        id="lecturer",
    ),
    pytest.param(
        'Ann Cole, a research fellow at the University of Derby, said: "Call us."',
        ("Research Fellow", "org:university-of-derby"),
        id="research-fellow",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEAD_WORD_ROWS)
def test_an_appositive_job_by_its_head_word(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert [
        (title, organisation) for title, organisation, _ in roles_of(nlp, text, "Ann Cole")
    ] == [expected]


def test_an_appositive_with_no_job_word_gives_no_title(nlp: Language) -> None:
    assert (
        roles_of(nlp, 'Ann Cole, a mother of two from Leeds, said: "I was scared."', "Ann Cole")
        == []
    )
