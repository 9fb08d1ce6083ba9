"""Local charities named after a known one, fire and rescue services and women's centres
are kept whole (rules ``local-branch``, ``fire-and-rescue``, ``charity-centre``), on
sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    # a place before a known charity names its local branch
    (
        "Officers work closely with Rutland Women's Aid on every case.",
        [("Rutland Women's Aid", "CHARITY")],
    ),
    ("Rutland Women's Aid said its beds were full.", [("Rutland Women's Aid", "CHARITY")]),
    # a proper name before a known charity, mid-sentence
    (
        "Ann Hale, manager of Brightwater Refuge, said the rooms were full.",
        [("Ann Hale", "PERSON"), ("Brightwater Refuge", "CHARITY")],
    ),
    # a sentence-initial word that is not a place stays outside the name
    ("Contact Women's Aid for confidential advice.", [("Women's Aid", "CHARITY")]),
    # unless the document names that local charity inside a sentence too
    (
        "Ann Hale, manager of Brightwater Refuge, said it was busy. Brightwater Refuge "
        "opened a second house.",
        [
            ("Ann Hale", "PERSON"),
            ("Brightwater Refuge", "CHARITY"),
            ("Brightwater Refuge", "CHARITY"),
        ],
    ),
    (
        "Staff at Women's Aid were busy. Contact Women's Aid for advice.",
        [("Women's Aid", "CHARITY"), ("Women's Aid", "CHARITY")],
    ),
    ("On Tuesday Refuge opened a new office.", [("Refuge", "CHARITY")]),
    # a known place right after a known charity names its local branch
    (
        "Volunteers from Age UK Cumbria called on 200 residents.",
        [("Age UK Cumbria", "CHARITY")],
    ),
    (
        "Tom Reed, an adviser at Citizens Advice North Somerset, said most calls were scams.",
        [("Tom Reed", "PERSON"), ("Citizens Advice North Somerset", "CHARITY")],
    ),
    ("Victim Support Hartlepool runs a weekly clinic.", [("Victim Support Hartlepool", "CHARITY")]),
    # two known places joined by "and" after a known charity are one branch's area
    (
        "Counsellors at Citizens Advice Cheshire and Warrington took the calls.",
        [("Citizens Advice Cheshire and Warrington", "CHARITY")],
    ),
    (
        "Rape Crisis Tyneside and Northumberland saw record demand.",
        [("Rape Crisis Tyneside and Northumberland", "CHARITY")],
    ),
    # a place closed by "and District" / "& Area" is the branch's area
    (
        "Volunteers from Age UK Selby and District visited 40 homes.",
        [("Age UK Selby and District", "CHARITY")],
    ),
    (
        "An adviser at Citizens Advice Rugby & Area took the calls.",
        [("Citizens Advice Rugby & Area", "CHARITY")],
    ),
    (
        "Students can book sessions with Citizens Advice Swansea and Vale this term.",
        [("Citizens Advice Swansea and Vale", "CHARITY")],
    ),
    # rule direct-area-tail: "District" or "Area" right after the place, no "and"
    (
        "Scam advisers from Age UK Wakefield District visited 90 homes.",
        [("Age UK Wakefield District", "CHARITY")],
    ),
    (
        "Citizens Advice Hambleton Area saw a rise in calls.",
        [("Citizens Advice Hambleton Area", "CHARITY")],
    ),
    # near misses: a unit of the branch after the tail, a lower-case word, "Area of …"
    ("The Age UK Wakefield District office shut.", [("Age UK", "CHARITY")]),
    ("Age UK Wakefield district staff met.", [("Age UK Wakefield", "CHARITY")]),
    # "Vale of …" is a place of its own, no tail
    (
        "Citizens Advice Cardiff and Vale of Glamorgan Council staff met on Friday.",
        [("Citizens Advice Cardiff", "CHARITY"), ("Vale of Glamorgan Council", "ORG")],
    ),
    # "and" then a lower-case district word, or another capitalised word, is no tail
    (
        "Age UK Selby and district councillors met on Friday.",
        [("Age UK Selby", "CHARITY")],
    ),
    (
        "Age UK Selby and area teams met on Friday.",
        [("Age UK Selby", "CHARITY")],
    ),
    # "and" then no place, or a place running on into a longer name, keeps the branch alone
    (
        "Age UK Cumbria and volunteers called on 200 residents.",
        [("Age UK Cumbria", "CHARITY")],
    ),
    (
        "Age UK Cumbria and Carlisle City Council called on residents.",
        [("Age UK Cumbria", "CHARITY"), ("Carlisle City Council", "ORG")],
    ),
    # a place after "in", or a place running on into a longer name, stays out
    ("The grant went to Victim Support in Cumbria.", [("Victim Support", "CHARITY")]),
    ("Leaflets were left at Victim Support Leeds Road.", [("Victim Support", "CHARITY")]),
    ("Staff at the Age UK Derby office took 90 calls.", [("Age UK", "CHARITY")]),
    (
        "Refuge Cleveland Police and the council met on Friday.",
        [("Refuge", "CHARITY"), ("Cleveland Police", "FORCE")],
    ),
    # another organisation before the charity is a name of its own
    (
        "Kent Police and Victim Support ran the drop-in together.",
        [("Kent Police", "FORCE"), ("Victim Support", "CHARITY")],
    ),
    ("The NSPCC's Childline took more calls.", [("NSPCC", "CHARITY"), ("Childline", "CHARITY")]),
    # a national charity's named helpline in Scotland or Wales
    (
        "Carers can ring Parentline Scotland or, in Wales, Live Fear Free.",
        [("Parentline Scotland", "CHARITY"), ("Live Fear Free", "CHARITY")],
    ),
    # forces written with "and" stay whole
    (
        "Devon and Cornwall Police arrested two men.",
        [("Devon and Cornwall Police", "FORCE")],
    ),
    # a fire and rescue service named for its area, "and" inside the area
    (
        "Crews from Devon and Somerset Fire and Rescue Service put out the blaze.",
        [("Devon and Somerset Fire and Rescue Service", "ORG")],
    ),
    (
        "Greater Manchester Fire and Rescue Service attended.",
        [("Greater Manchester Fire and Rescue Service", "ORG")],
    ),
    # a local women's centre or rape crisis centre is a charity
    (
        "The grant goes to Barnsley Women's Centre for outreach work.",
        [("Barnsley Women's Centre", "CHARITY")],
    ),
    (
        "Staff at Tyneside Rape Crisis Centre answered the calls.",
        [("Tyneside Rape Crisis Centre", "CHARITY")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_local_names_are_whole(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    assert [(span.text, span.label_) for span in doc.spans[ENTITY_SPAN_GROUP]] == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a local name on a known charity's short alias is named as written, not as the
        # known charity's full name with the place before it
        ("Counsellors at Wirral Rape Crisis took 300 calls.", ["Wirral Rape Crisis"]),
        ("Rape Crisis Tyneside and Northumberland saw record demand.",
         ["Rape Crisis Tyneside and Northumberland"]),
        # a head word after the local name closes it (LOCAL_NAME_HEADS)
        ("Funding went to the Norfolk Rape Crisis Partnership and others.",
         ["Norfolk Rape Crisis Partnership"]),
        ("Staff at Calderdale Women's Aid Project were busy.", ["Calderdale Women's Aid Project"]),
        ("Leaflets came from Cumbria Neighbourhood Watch Association volunteers.",
         ["Cumbria Neighbourhood Watch Association"]),
        ("Ask the Dorset Neighbourhood Watch Association for advice.",
         ["Dorset Neighbourhood Watch Association"]),
        # written as the known name, bar apostrophes: the known name's spelling
        ("Volunteers at Rutland Womens Aid were busy.", ["Rutland Women's Aid"]),
        # near misses: no local run, no head word taken
        ("Kent Police and Victim Support Service staff met.", ["Kent Police", "Victim Support"]),
        ("Call Refuge Service users first.", ["Refuge"]),
        ("Residents can talk to Neighbourhood Watch Association members.",
         ["Neighbourhood Watch"]),
    ],
)  # fmt: skip
def test_local_names_as_written(nlp: Language, text: str, names: list[str]) -> None:
    assert [info.name for info in nlp(text)._.entity_info.values()] == names
