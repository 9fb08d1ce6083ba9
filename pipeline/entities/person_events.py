"""What befalls a person in a court report or an announcement, who an age before a name
is, an age and address after it, and whose agency a passive names: the words after or
before a name that make it a person's (person rules ``name_event``, ``age_before_name``,
``name_age_address``, ``given_name_age`` and ``passive_agent`` of
:mod:`pressfacts.entities.person_rules`)."""

from __future__ import annotations

AGE_NOUN = r"(?:man|woman|boy|girl|teenager|pensioner|student|mother|father|driver|victim)"
"""Who an age before a name is: "23-year-old student Amy Tully"."""
MISSING_EVENT = (
    r"(?:(?:was|were|has[ \t]+been|had[ \t]+been)[ \t]+(?:last[ \t]+seen|found[ \t]+(?:safe|"
    r"alive|dead|unharmed|safe[ \t]+and[ \t]+well)|traced[ \t]+safe|found[ \t]+by[ \t]+an?"
    r"(?:[ \t]+[a-z-]+)?[ \t]+(?:walker|passer-by|passerby|member[ \t]+of[ \t]+the[ \t]+public|"
    r"motorist|neighbour|resident|jogger|cyclist|farmer|volunteer))|(?:went|has[ \t]+gone|"
    r"had[ \t]+gone)[ \t]+missing|(?:has|had|have)[ \t]+not[ \t]+"
    r"(?:been[ \t]+(?:seen|heard[ \t]+from)|returned[ \t]+home)"
    r"(?=[ \t]+(?:since|for|from|by|or|and|after|in[ \t]+(?:over|more))\b|[,.]))"
)
"""What befalls a missing person: "Dennis Hollings was last seen", "Joan Pike was found safe",
"was found by a dog walker", "Amir Shah went missing", and what has not happened since
(``not_seen_since``): "Cara Lynch has not been seen since Friday", "has not been heard from",
"has not returned home", then "since", "for", "from", "by", "or", "and", "after", "in over" or a
stop; not "was found guilty" (a court's), nor "has not been seen fit to", "has not been seen so
busy" (no missing person)."""
# an age at what befell the person ("Kayden Mensah was 17 when he was attacked"), an event
AGE_WHEN = r"(?:was|were)[ \t]+(?:only[ \t]+|just[ \t]+)?\d{1,2}[ \t]+when[ \t]+(?:he|she|they)\b"
EVENT = (  # or a theft from the person: "had his scooter stolen", "had her car broken into"
    rf"(?:{AGE_WHEN}|{MISSING_EVENT}|"
    r"had[ \t]+(?:his|her|their)(?:[ \t]+[a-z][\w-]*){1,2}[ \t]+(?:stolen|taken|"
    r"cloned|broken[ \t]+into)|(?:was|were|has[ \t]+been|had[ \t]+been)"
    r"[ \t]+(?:jailed|sentenced|charged|convicted|arrested|cleared|acquitted|remanded|"
    r"bailed|killed|murdered|stabbed|injured|appointed|elected|re-elected|awarded|honoured|"
    r"sworn[ \t]+in|named[ \t]+as|promoted|confirmed[ \t]+as|selected|chosen[ \t]+as|"
    r"commended|recognised|suspended|dismissed|fined|banned|disqualified|"
    r"reported[ \t]+missing|found[ \t]+guilty))\b"
)

# an age's comma is never a thousands separator: "as Operation Kay, 1,940 reports"
AGE_ADDRESS = r",\s*(?:(?:aged\s+)?\d{1,3},(?!\d)|(?:\d{1,3},(?!\d)\s*)?(?:of|from)\s+[A-Z])"
COMMA_AGE = r",[ \t]*(?:aged[ \t]+)?\d{1,2}(?!\d)"  # "Kayla, 15, said"; not "3,062"
AGE_APPOSITIVE = r"(?:,[ \t]*(?:aged[ \t]+)?\d{1,3}(?=,(?!\d)))?"
"""An age set off before an appositive ("PC Jo Bell, 29, of Kent Police, said"): skipped."""

APPOINTING_VERBS = r"(?:appointed|named|chosen|selected|promoted|recruited)"
"""An organisation's verbs of appointing someone ("has appointed", "has named"), shared by
``passive_agent`` here and ``appointed_by_organisation`` (:mod:`.appointed_titles`)."""
_AGENT_PARTICIPLES = (
    "led", "chaired", "filled", "held", "run", "founded", "set up", "opened", "presented",
    "hosted", "written", "signed", "replaced", "succeeded", "headed", "commissioned",
    "carried out", "conducted",
)  # fmt: skip
_SUCCEEDING = ("succeeds", "succeeded", "replaces", "replaced")
_AGENT_FIRST_LETTERS = "".join(sorted({w[0] for w in (*_AGENT_PARTICIPLES, *_SUCCEEDING, "h")}))
AGENT_BEFORE = (  # the look-ahead of first letters lets a scan pass over the rest in C
    rf"(?=[{_AGENT_FIRST_LETTERS}])\b(?:(?:"
    + "|".join(w.replace(" ", r"[ \t]+") for w in _AGENT_PARTICIPLES)
    + r")(?:[ \t]+(?:now|jointly|formally))?[ \t]+by|(?:"
    + "|".join(_SUCCEEDING)
    + rf")|(?:has|have|had)[ \t]+{APPOINTING_VERBS}(?=[ \t]+(?:\S+[ \t]+){{1,4}}as\b))[ \t]+"
)
"""Rule ``passive_agent``: the agent of a passive a person does ("The review was led by
Sarah Jones", "a post now filled by Darren Martland", "the scheme was founded by Amy
Cole"), the one a person succeeds ("succeeds Michelle Skeer") or the one an organisation
appoints as something ("has appointed Amina Rashid as its new director"), before a name
whose first word is a known given name; not "led by Kent Police" (no given name)."""
