"""Area rule ``force-subject``: a figure the release's force is said to have counted
("In 2024, the force received 1,614 reports of missing children") is the force's, not the
place the lead spoke of ("… missing from her home in Ipswich").

The release names one territorial force (:func:`one_force_area`); the figure's sentence,
before it, has "the force" or "the constabulary" as the subject of a verb of recording
(:data:`FORCE_SUBJECT`), or cites "the force's figures", or says what was reported to
it (:data:`FORCE_RECORDED_PASSIVE`); and the sentence names no other place or body of a
place before the figure (a partner's town is then the later rules' to read; a place of a
later clause, "…, and half of them came from Grantham", is that clause's). A
sentence naming a place in the figure's clause is read by the earlier ``clause-place``.
When the document's area is already the force's, the rule still holds over a sentence
before that named other places and no figure (``force-subject-over-lead-in``: "… lessons in
every school in Kirklees and Calderdale. The force said it had received 412 reports …" is
the force's, not the lead-in's), in the document's wording. The force training or hiring its
own officers and staff (``force-own-workforce``: "the force had trained 320 officers and
staff") is its workforce's count, force-wide, though a deed.
Area rule ``council-subject`` (:func:`council_subject`) does the same for the one council a
document names, when "the council" did what the figure counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from pressfacts.lexicon.number_words import WORD_NUMBER
from pressfacts.statistics.list_units import is_place
from pressfacts.statistics.period_events import EVENT_WORDS

if TYPE_CHECKING:
    from pressfacts.statistics.areas import Place
    from pressfacts.statistics.figure_areas import FigureContext

_RECORDING_VERBS = (
    r"(?:recorded|rec(?:ei|ie)ved|logged|registered|reported|dealt\s+with|handled|answered|saw)"
)
"""What a force records ("received", also as the common misspelling "recieved" of local
reprints), not what it does ("arrested", "seized")."""
FORCE_SUBJECT = re.compile(
    r"\b(?:the|our)\s+(?:force|constabulary)\s+(?:(?:also|has|have|had)\s+)?"
    rf"{_RECORDING_VERBS}\b|"
    r"\bthe\s+(?:force|constabulary)['’]s\s+(?:own\s+)?(?:figures|data|records|statistics)\b",
    re.I,
)
"""The release's force as the subject of what it recorded: "the force received", "the
force has recorded", "the constabulary dealt with", "the force's figures show" (its
crime and demand records, kept force-wide); not "the force area" (a place, no verb), nor
what it did ("the force trained 380 door staff", "seized", "arrested": a campaign's deeds,
done where the release's lead places them)."""
FORCE_RUNNING_TALLY = re.compile(
    r"^\s*(?:since\s+(?:last\s+)?[A-Z]\w+(?:\s+(?:last\s+year|\d{4}))?|so\s+far\s+this\s+year|"
    r"this\s+year)\s*,?\s+(?:the|our)\s+(?:force|constabulary)\s+(?:has|have)\s+"
    r"(?:also\s+)?(?:made|arrested|charged|seized|carried\s+out|issued|recovered)\b",
    re.I,
)
"""Rule ``force-running-tally``: the release's force as the subject of what it has done
over a running span that opens the sentence ("Since January, the force has made 27
arrests", "So far this year, the constabulary has seized 310 vehicles"): a force-wide
tally, not a deed of the campaign the lead places (``FORCE_SUBJECT``'s near miss "the
force arrested"); not "Over the weekend, the force arrested 12" (no running span), nor
"Since January, officers in Leeds have made 27 arrests" (not the force as subject)."""
FORCE_PAST_SPAN_TALLY = re.compile(
    r"^\s*(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:(?:\d+|"
    + WORD_NUMBER
    + r")\s+(?:months|years)|year)\s*,?\s+(?:the|our)\s+"
    r"(?:force|constabulary)\s+(?:has|have)\s+(?:also\s+)?(?:made|arrested|charged|seized|"
    r"carried\s+out|executed|issued|recovered|closed|dismantled|shut\s+down|raided|"
    r"found|disrupted)\b",
    re.I,
)
"""Rule ``force-past-span-tally``: the release's force as the subject of what it has done
over the past months or years that open the sentence ("Over the past 12 months the force
has closed 62 cannabis farms", "In the last two years, the constabulary has executed 400
warrants", any count in figures or words): a force-wide tally, as ``force-running-tally``'s
"Since January, …"; not "Over the weekend, the force arrested 12" (no span of months or
years), nor "Over the past 12 months, officers in Rhyl have closed 14 farms" (not the force
as subject)."""
FORCE_OPERATION_TALLY = re.compile(
    r"^\s*(?:since\s+(?:the\s+start\s+of\s+|last\s+)?[A-Z]\w+(?:\s+(?:last\s+year|\d{4}))?|"
    r"so\s+far\s+this\s+year|this\s+year)\s*,?\s+(?:the|our)\s+(?:force|constabulary)['’]s\s+"
    r"(?:[A-Z][\w-]*\s+){1,3}(?:has|have)\s+(?:so\s+far\s+)?(?:led\s+to|resulted\s+in)\b",
    re.I,
)
"""Rule ``force-operation-tally``: the release's force's named operation as the subject of
what it has led to over a running span that opens the sentence ("Since the start of April,
the force's Operation Tarmac has led to 67 arrests", "Since January, the constabulary's
Operation Hawk has resulted in 40 charges"): a force-wide tally, as ``force-running-tally``;
not "Over the weekend, the force's Operation Hawk led to 12 arrests" (no running span), nor
"Since January, Kent's Operation Hawk has led to …" (not the force's)."""
FORCE_RECORDED_PASSIVE = re.compile(
    r"\b(?:reported|recorded|logged|made)\s+(?:to|by)\s+(?:the|our)\s+(?:force|constabulary)\b"
    r"(?!\s+(?:area|in|at|on)\b|['’])",
    re.I,
)
"""Rule ``force-recorded-passive``: what was reported to or recorded by the release's
force, said in the passive before the figure ("Assaults on shop staff reported to the force
rose to 1,318", "Crimes recorded by the constabulary fell to 4,200"): the force's own
records, kept force-wide, as ``FORCE_SUBJECT``'s "the force recorded"; not "reported to
the force in Harlow" (a place of the clause), nor "reported to the council" (not the force)."""
FORCE_TEAM_REFERRALS = re.compile(
    r"\b(?:referrals|reports|calls|cases)\s+(?:(?:made|passed|sent)\s+)?to\s+(?:the|our)\s+"
    r"(?:force|constabulary)['’]s\s+(?:[a-z-]+\s+){0,3}?(?:team|unit|hub|desk|department)s?\b",
    re.I,
)
"""Rule ``force-team-referrals``: what was referred or reported to a team of the release's
force, named as "the force's" ("Referrals to the force's exploitation team have risen by 41%",
"Reports to the constabulary's child protection unit rose to 812"): the force's own records,
kept force-wide, as ``force-recorded-passive``'s "reported to the force"; not "referrals to
the council's exploitation team" (not the force), nor "referrals to the force's team in
Harlow" (a place of the clause), nor "the force's exploitation team arrested 12" (a deed)."""
FORCE_SAID_RECORDED = re.compile(
    r"\b(?:the|our)\s+(?:force|constabulary)\s+(?:said|says|added)\s+(?:that\s+)?it\s+"
    rf"(?:(?:also|has|had|now)\s+){{0,2}}{_RECORDING_VERBS}\b",
    re.I,
)
"""Rule ``force-said-it-recorded``: the release's force, speaking, as the subject of what it
recorded ("The force said it had received 27 reports …", "the constabulary says it has
recorded 410 crimes"): its records, as ``FORCE_SUBJECT``'s, not the lead's town; not "The
force said 30 officers had joined the search" (others' deeds, :data:`_SPEECH`), nor "the
force said it had arrested 12" (a deed, not a record)."""
FORCE_REFERRED = re.compile(
    r"\b(?:the|our)\s+(?:force|constabulary)\s+(?:(?:also|has|have|had)\s+){0,2}referred\b", re.I
)
"""Rule ``force-nrm-referrals``: the release's force as the subject of "referred", when the
sentence, after "referred", sends it "to the National Referral Mechanism" (:data:`NRM_AFTER`): "the
force had referred 54 potential victims to the National Referral Mechanism in 2025" counts
its referrals, kept force-wide, not the lead's town; not "the force referred 30 drivers to
speed awareness courses" (a campaign's deed, done where the lead places it)."""
NRM = r"(?:[Nn]ational\s+[Rr]eferral\s+[Mm]echanism|NRM)"
"""The National Referral Mechanism, named in full (in capitals or not) or as "NRM"."""
NRM_AFTER = re.compile(rf"\b(?:to|into)\s+the\s+{NRM}\b")
"""The National Referral Mechanism as what a figure is referred to ("to the NRM", "into
the national referral mechanism")."""
FORCE_MADE = re.compile(
    r"\b(?:the|our)\s+(?:force|constabulary)\s+(?:(?:also|has|have|had)\s+){0,2}made\b", re.I
)
MADE_NRM_REFERRALS = re.compile(
    r"\s+(?:[\w,.-]+\s+){1,3}?(?:NRM\s+refer{1,2}als\b|"
    rf"refer{{1,2}}als\s+(?:of\s+[a-z\s]{{3,40}}?)?(?:to|into)\s+the\s+{NRM}\b)"
)
"""Rule ``force-made-nrm-referrals``: the release's force as the subject of "made", its
figure counting "referrals to the National Referral Mechanism" ("The force made 212 referrals
to the National Referral Mechanism in 2025", "the constabulary has made more than 90
referrals to the NRM", "made 140 NRM referrals", "referrals into the national referral
mechanism", also misspelt "referals" as reprints do), and the figures after it in
that sentence ("…, up 18% on the previous year"): its referrals, kept force-wide, as
``force-nrm-referrals``' "the force referred … to the NRM"; not "the force made 40 arrests"
(a deed, done where the lead places it), nor "made 30 referrals to social services"."""
FORCE_SAID_CLOSING = re.compile(
    r",\s+(?:the|our)\s+(?:force|constabulary)\s+(?:has\s+|have\s+)?(?:said|says|added|"
    r"confirmed)(?:\s+(?:today|yesterday|this\s+week))?\s*[.!?]?\s*$",
    re.I,
)
"""Rule ``force-said-closing``: the release's force, named as "the force", closing the
figure's sentence as its speaker ("Just over a third of victims had paid, the force
said."): its figure, as ``closing-speaker`` reads a force named in full (", West Yorkshire
Police said."); not "police said" (any police), nor "the force said 40 …" (the force opens
what it says), nor a sentence naming a place before the figure (that place's)."""
FORCE_NAMED_THEN_SUBJECT = re.compile(
    r"\bsaid\s+(?:that\s+)?(?:the|its)\s+(?:force|constabulary)\s+(?:(?:also|has|have|had)\s+){1,2}"
    r"(?-i:[a-z]+ed)\b",
    re.I,
)
"""Rule ``force-named-then-subject``: a speaker of the release's one force, named by the
force earlier in the sentence ("Chief Inspector Ann Cole, Lincolnshire Police's rural crime
lead, said the force had seized 21 vehicles"), reports what "the force" has done: the
force's tally, kept force-wide, even for a deed ("seized", which ``FORCE_SUBJECT`` leaves to
the lead's place), since the sentence itself ties "the force" to its name; not "said officers
had seized" (not the force as subject), nor a sentence that names no force before "said"
(:func:`_force_named_before`)."""
FORCE_OWN_WORKFORCE = re.compile(
    r"\b(?:the|our)\s+(?:force|constabulary)\s+(?:(?:also|has|have|had|now)\s+){0,2}"
    r"(?:trained|recruited|hired|employs|employed)\s+(?:(?:more\s+than|over|almost|nearly|"
    r"around|about|some)\s+)?$",
    re.I,
)
"""Rule ``force-own-workforce``: the release's force as the subject of training or hiring
its own people ("Det Supt Ellery said the force had trained 320 officers and staff", "the
constabulary has recruited 140 detectives"): its workforce, kept force-wide, not the lead's
town; the figure's noun must be the force's own (:data:`OWN_WORKFORCE_NOUN`). Not "the force
trained 380 door staff" (others trained in a campaign, done where the lead places it), nor
"the force deployed 40 officers" (sent somewhere: the lead's place)."""
OWN_WORKFORCE_NOUN = re.compile(
    r"\S+\s+(?:(?:new|more|extra|additional|frontline|front-line)\s+)?(?:officers|staff|"
    r"detectives|PCSOs|police\s+community\s+support\s+officers|special\s+constables|"
    r"call\s+handlers|investigators|recruits)\b",
    re.I,
)
"""The force's own people after a figure ("320 officers and staff", "140 new detectives")."""


def _own_workforce(context: FigureContext, before: str) -> bool:
    """Rule ``force-own-workforce`` (:data:`FORCE_OWN_WORKFORCE`): the force trained or hired
    the figure's people, its own officers or staff."""
    return FORCE_OWN_WORKFORCE.search(before) is not None and bool(
        OWN_WORKFORCE_NOUN.match(context.text, context.at, context.sentence[1])
    )


_SPEECH = re.compile(
    r"\b(?:the|our)\s+(?:force|constabulary)\s+(?:said|added|warned|urged)\b", re.I
)
"""The force speaking: what it says may be of any place."""


def one_force_area(places: Sequence[Place]) -> str | None:
    """The area of the territorial force the release names, when it names exactly one
    (by its name or its area); None when it names none or several."""
    areas = {p.area for p in places if p.rule == "territorial-force"}
    return areas.pop() if len(areas) == 1 else None


def force_subject(context: FigureContext) -> str | None:
    """The release's one force's area for a figure whose sentence, before it, has the
    force as the subject of a deed (:data:`FORCE_SUBJECT`), as the speaker of what it
    recorded (:data:`FORCE_SAID_RECORDED`), as the one a count was reported to
    (:data:`FORCE_RECORDED_PASSIVE`) or referred to a team of (:data:`FORCE_TEAM_REFERRALS`)
    or, after it, as the speaker closing the sentence (:data:`FORCE_SAID_CLOSING`); else
    None."""
    force = context.force_area
    if force is None:
        return None
    same = _same_area(context.document_area, force)
    if same and context.lead_in_area in (None, context.document_area):
        return None  # the document's area already names the force's: as it words it
    before = context.text[context.sentence[0] : context.at]
    said_recorded = (
        FORCE_SAID_RECORDED.search(before) is not None  # the force speaking of its records
        or _force_said_closing(context, force)  # "…, the force said."
        or _own_workforce(context, before)  # "said the force had trained 320 officers"
    )
    if not said_recorded and (
        _SPEECH.search(before)
        or not (
            FORCE_SUBJECT.search(before)
            or FORCE_RECORDED_PASSIVE.search(before)
            or FORCE_TEAM_REFERRALS.search(before)
            or FORCE_RUNNING_TALLY.match(before)
            or FORCE_PAST_SPAN_TALLY.match(before)
            or FORCE_OPERATION_TALLY.match(before)
            or _nrm_referrals(context, before)
            or _force_named_before(context, before, force)
        )
    ):
        return None
    if any(place.area != force for place in context.places if place.start < context.at):
        return None  # "worked alongside Nottingham City Council and trained 380 …": its partners'
    return context.document_area if same else force  # ``force-subject-over-lead-in``


_SCOPE_BACK = re.compile(
    r"\b(?:the|its)\s+(?:borough|county|city|town|district|region|area|capital|network)\b", re.I
)
"""Words that point back to a place or scope of the text's own ("recorded in the
borough", "on the rail network"): the figure is that place's, not the force's."""
_EVENT_BACK = re.compile(
    rf"\b(?:during|in|over|throughout)\s+(?:the|this)\s+(?:\w+-\w+\s+)?{EVENT_WORDS}\b", re.I
)
"""Rule ``force-said-event-back``: the figure's sentence points back to the release's
event ("During the operation officers made 31 arrests, the force said.", "In the
crackdown, 12 people were charged, the force said."): its figures are counted where the
release placed that event, not force-wide; not "during an operation" (a new one), nor
"the operation" as no time ("the operation cost £9,000")."""
_FIRST_FORCE = re.compile(r"\b((?:[A-Z][\w&’'-]*\s+){1,4})(?:Police|Constabulary)\b")
"""The first police body a text names, by the words before "Police"/"Constabulary"."""


def _force_said_closing(context: FigureContext, force: str) -> bool:
    """Rule ``force-said-closing`` (:data:`FORCE_SAID_CLOSING`): "the force" closes the
    figure's sentence as its speaker, the sentence points back to no place or scope
    (:data:`_SCOPE_BACK`) nor to the release's event (:data:`_EVENT_BACK`), and the first
    police body the text names is the release's
    one force ("West Yorkshire Police received …"; not "British Transport Police officers
    …", then "Kent Police officers joined": "the force" is then not plainly Kent's)."""
    sentence = context.text[context.sentence[0] : context.sentence[1]]
    if not FORCE_SAID_CLOSING.search(context.text, context.at, context.sentence[1]):
        return False
    first = _first_named_force(context.text)
    if _SCOPE_BACK.search(sentence) or _EVENT_BACK.search(sentence):
        return False
    return first == force.lower()


@lru_cache(maxsize=4)
def _first_named_force(text: str) -> str | None:
    """The words before "Police"/"Constabulary" of the first police body ``text`` names
    (:data:`_FIRST_FORCE`), lower case; None when it names none. Read once per document,
    not once per figure that asks: a long text with no force named would be scanned whole
    for each figure "the force" closes."""
    first = _FIRST_FORCE.search(text)
    return first.group(1).strip().lower() if first else None


def _force_named_before(context: FigureContext, before: str, force: str) -> bool:
    """Rule ``force-named-then-subject`` (:data:`FORCE_NAMED_THEN_SUBJECT`): the figure's
    sentence names the release's one force (its words before "Police"/"Constabulary" are
    the force's area) before "said the force had …"."""
    said = FORCE_NAMED_THEN_SUBJECT.search(before)
    if said is None:
        return False
    return any(
        named.group(1).strip().lower() == force.lower()
        for named in _FIRST_FORCE.finditer(before, 0, said.start())
    )


def _nrm_referrals(context: FigureContext, before: str) -> bool:
    """Whether the force "referred" the figure to the National Referral Mechanism (rule
    ``force-nrm-referrals``, :data:`FORCE_REFERRED`) or "made" it, counting referrals to it
    (rule ``force-made-nrm-referrals``, :data:`FORCE_MADE`, :data:`MADE_NRM_REFERRALS`)."""
    made = FORCE_MADE.search(before)
    if made is not None:  # rule force-made-nrm-referrals
        at = context.sentence[0] + made.end()
        return MADE_NRM_REFERRALS.match(context.text, at, context.sentence[1]) is not None
    referred = FORCE_REFERRED.search(before)
    if referred is None:
        return False
    after = context.sentence[0] + referred.end()
    return NRM_AFTER.search(context.text, after, context.sentence[1]) is not None


COUNCIL_SUBJECT = re.compile(
    r"\bthe\s+council\s+(?:(?:also|has|have|had)\s+){0,2}"
    r"(?:(?!said\b|added\b|warned\b|urged\b|called\b|needed\b)[a-z]+ed|made|spent|paid|"
    r"took|gave|held|dealt\s+with)\b",
    re.I,
)
"""The release's council as the subject of what it did: "the council had recruited six
more workers", "the council has issued 389 notices"; not "the council said" (speech)."""
NAMED_COUNCIL = re.compile(
    r"\b((?:[A-Z][\w’'-]*\s+(?:(?:&|and)\s+)?){0,2}?[A-Z][\w’'-]*)\s+(?:(?:City|Borough|"
    r"County|District|Metropolitan\s+Borough)\s+)?Council\b"
)
"""A council named by its place: "Oldham Council", "Norfolk County Council", "Brighton &
Hove City Council" (a place joined by "&" or "and", read with "and")."""


COUNCIL_SPEAKER = re.compile(
    r"\W{0,3}The\s+council['’]s\s+(?:[a-z-]+\s+){0,4}?(?:spokesman|spokeswoman|spokesperson|"
    r"[a-z]+(?:\s+[a-z]+){0,3}?\s+(?:chair|chairman|chairwoman|leader|member|director|head|"
    r"manager|officer)),(?:\s+[A-Z][\w’'-]*){1,3},\s+said\b"
)
"""Rule ``council_speaker``: a sentence opened by an officer of the release's council
saying what it did ("The council's licensing committee chair, Ann Ford, said 12 premises
had been …"): that council's figure; not "The council's leader said" with no name (no
appositive), nor "Police said" (the force's)."""


def council_subject(context: FigureContext) -> str | None:
    """Rule ``council-subject``: the place of the one council the document names
    (:data:`NAMED_COUNCIL`, a place of the gazetteer) for a figure whose sentence, before
    it, has "the council" as the subject of a deed (:data:`COUNCIL_SUBJECT`), or opens on
    the council's named officer saying it (:data:`COUNCIL_SPEAKER`), and names no place:
    "Oldham Council's director … He added that the council had recruited six more
    interview workers" (Oldham, not the release's force area); else None."""
    before = context.text[context.sentence[0] : context.at]
    if context.places or not (COUNCIL_SUBJECT.search(before) or COUNCIL_SPEAKER.match(before)):
        return None
    return _one_named_council(context.text)


NAMED_COUNCIL_SUBJECT = re.compile(
    r"\W{0,3}(?:The\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+(?:(?:of|and|&|upon|on)\s+)?"
    r"[A-Z][\w’'-]*){0,4}?)\s+(?:(?:City|Borough|County|District|Metropolitan\s+Borough)\s+)?"
    r"Council(?:['’]s(?:\s+[a-z-]+){1,3}?)?\s+(?:(?:also|has|have|had)\s+){0,2}"
    r"(?:(?!said\b|added\b|warned\b|urged\b|called\b|needed\b|asked\b)[a-z]+ed|made|spent|"
    r"paid|took|gave|held|dealt\s+with)\b"
)
"""A sentence opening on a council named by its place, or its team, as the subject of a
deed (rule ``named-council-subject``): "East Riding of Yorkshire Council's road safety
team visited 26 schools", "Hull City Council issued 310 fines"; not "Hull City Council
said 40 …" (speech), nor a council named after the sentence's opening."""


def named_council_subject(context: FigureContext) -> str | None:
    """Rule ``named-council-subject``: the council's place (a place of the gazetteer) for a
    figure of a sentence that opens on the council as the doer of a deed
    (:data:`NAMED_COUNCIL_SUBJECT`) and names no place itself; else None. The release's
    force area had been given to such a council's own count in a force's release."""
    start = context.sentence[0]
    opening = NAMED_COUNCIL_SUBJECT.match(context.text, start)
    if context.places or opening is None or opening.end() > context.at:
        return None
    place = opening.group("place").replace(" & ", " and ")
    return place if is_place(place) else None


@lru_cache(maxsize=4)
def _one_named_council(text: str) -> str | None:
    """The place of the one council ``text`` names, when that is a gazetteer place; else
    None. Read once per document, not once per figure that asks."""
    named = {m.group(1).replace(" & ", " and ") for m in NAMED_COUNCIL.finditer(text)}
    councils = {name for name in named if is_place(name)}
    return councils.pop() if len(councils) == 1 and len(named) == 1 else None


def _same_area(document_area: str | None, force_area: str) -> bool:
    """Whether the document's area is the force's, however worded ("Hampshire and the
    Isle of Wight" for a force whose first area is "Hampshire")."""
    if document_area is None:
        return False
    fold = document_area.lower().replace("the ", "")
    return fold.startswith(force_area.lower().replace("the ", ""))


COMMISSIONER_SUBJECT = re.compile(
    r"\b(?:police(?:,\s+fire)?\s+and\s+crime\s+commissioner|PF?CC)\b"
    r"(?:,?\s+[A-Z][\w'’-]+){0,3},?\s+(?:(?:has|had|have|will|would)\s+)?"
    r"(?:said|says|added|announced|confirmed|pledged|given|gave|set|spend|spent|committed|"
    r"awarded|funded|invested)\b[^.;:!?]*$",
    re.I,
)
"""Rule ``commissioner-subject``: the release's police and crime commissioner, with no place
of their own, as the speaker or doer before the figure ("Police and Crime Commissioner
Daniel Carew said his office would spend £35,000 …", "The PCC has given £40,000 …"): the
commissioner speaks for the force area, not the town the release is about; not
"Lancashire Police and Crime Commissioner …" (a place in the sentence: that place's), nor
"the Information Commissioner said" (no police commissioner)."""


def commissioner_subject(context: FigureContext) -> str | None:
    """The release's one force's area for a figure whose sentence names no place before it
    and has an unplaced police and crime commissioner speaking or acting before it
    (:data:`COMMISSIONER_SUBJECT`); else None."""
    force = context.force_area
    if force is None or any(place.start < context.at for place in context.places):
        return None
    before = context.text[context.sentence[0] : context.at]
    if COMMISSIONER_SUBJECT.search(before) is None:
        return None
    return context.document_area if _same_area(context.document_area, force) else force
