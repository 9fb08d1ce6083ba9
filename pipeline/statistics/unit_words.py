"""The word lists and small patterns the unit reader (:mod:`pressfacts.statistics.units`)
reads a count's noun with: words it skips before the noun, words that join two skipped
words, words that are no counted noun, an age group as the noun (:data:`AGE_GROUP`), a
participle as the count's verb (:data:`PARTICIPLE_OBJECT`) and a compound's head further
on (:func:`compound_head_ahead`)."""

from __future__ import annotations

import re

SKIPPED_BEFORE_NOUN = {
    "more", "new", "other", "additional", "extra", "further", "fewer", "separate", "different",
    "individual", "reported", "recorded", "known", "suspected", "potential", "young", "local",
    "vulnerable", "online", "of", "these", "those", "the", "them", "which", "such", "illegal",
    "indecent", "sexual", "child", "serious", "people’s", "previous", "preceding", "prior",
    "following", "same", "past",
    # possessive determiners after "of" ("412 of its 1,870 arrests", "96 of our 120 calls")
    "its", "their", "our", "his", "her",
    # participles that are adjectives before a noun ("57 planned searches", "12 armed
    # officers", "1,200 licensed drivers"); before anything else the count has no noun.
    # Negated ones ("90 uninsured vehicles", "148 unannounced visits") are all skipped by
    # NEGATED_PARTICIPLE below, but "unpaid" (no "-ed": "30 unpaid fines")
    "planned", "targeted", "armed", "licensed", "licenced", "organised", "dedicated",
    "trained", "qualified", "registered", "confirmed", "attempted", "poisoned", "abandoned",
    "unpaid",
    # things taken, given up or got back ("96 seized dogs", "40 surrendered animals", "3,000
    # recovered weapons", "12 confiscated knives", "63 revoked certificates")
    "seized", "surrendered", "recovered", "confiscated", "forfeited", "retrieved", "revoked",
    # casualties and those left behind ("1,146 injured people", "80 bereaved families")
    "injured", "bereaved", "wounded", "disabled",
    # how an aircraft or drone is kept or flown ("six docked drones", "four tethered drones",
    # "12 unmanned aircraft", "two crewed helicopters")
    "docked", "tethered", "crewed",
    # what was done to a vehicle, a part or a document ("63 cloned cars", "40 forged
    # documents", "12 damaged vans", "nine dismantled motorbikes", "17 modified cars")
    "cloned", "forged", "damaged", "vandalised", "dismantled", "modified",
    # art made to order and surfaces marked by vandals ("23 commissioned murals", "40
    # tagged trains", "12 defaced signs", "60 graffitied shutters"); not "painted", a
    # count's own verb as often ("12 painted the fence")
    "commissioned", "tagged", "defaced", "graffitied",
    # working animals and staff out of service or re-housed ("27 retired horses", "40
    # retired officers", "12 rehomed dogs", "six retrained greyhounds")
    "retired", "rehomed", "retrained",
    # people and homes taken over by exploiters ("14 cuckooed flats", "31 trafficked
    # children", "40 exploited adults"); not "groomed", a count's own verb as often
    "cuckooed", "trafficked", "exploited",
    # the state a home is found in ("eight overcrowded houses", "40 unoccupied flats", "12
    # dilapidated properties", "six unheated rooms")
    "overcrowded", "dilapidated",
    # how equipment is set up ("15,000 fixed cameras"): only before equipment
    # (EQUIPMENT_PARTICIPLES, rule ``equipment_participle``)
    "fixed", "mounted", "installed", "fitted", "upgraded", "networked",
    # a building's or site's protected status ("40 listed buildings", "330 scheduled
    # monuments"): only before a building or site (HERITAGE_PARTICIPLES, rule
    # ``heritage_participle``)
    "listed", "scheduled", "protected", "designated",
    # a weapon's legal state or how it was altered ("17 prohibited firearms", "two converted
    # pistols"): only before a weapon (WEAPON_PARTICIPLES, rule ``weapon_participle``)
    "prohibited", "banned", "converted", "deactivated", "reactivated",
    # how property is marked to be traced ("48 marked bikes", "12 postcoded bicycles"):
    # only before property (MARKING_PARTICIPLES, rule ``marking_participle``)
    "marked", "postcoded",
}  # fmt: skip
NEGATED_PARTICIPLE = re.compile(r"un(?!it)[a-z]{3,}ed")
"""A negated participle, never a count's own verb (rule ``negated_participle``): "96,000
unwanted calls", "40 untaxed cars", "12 unemployed men" are skipped before their noun as
the listed ones of :data:`SKIPPED_BEFORE_NOUN` are; not "united" (no negation)."""


def skipped_before_noun(word: str) -> bool:
    """Whether ``word`` (lower case) stands before a count's noun without being it:
    :data:`SKIPPED_BEFORE_NOUN`, or a negated participle (:data:`NEGATED_PARTICIPLE`)."""
    return word in SKIPPED_BEFORE_NOUN or NEGATED_PARTICIPLE.fullmatch(word) is not None


def named_within_three(nouns: str) -> re.Pattern[str]:
    """A pattern matching when one of ``nouns`` (an alternation) is named within the next
    three words: what a participle rule checks after the participle it may pass over."""
    return re.compile(rf"^\s*(?:[\w’'-]+\s+){{0,2}}?(?:{nouns})\b", re.I)


EQUIPMENT_PARTICIPLES = frozenset(
    {"fixed", "mounted", "installed", "fitted", "upgraded", "networked"}
)
"""Participles of :data:`SKIPPED_BEFORE_NOUN` saying how equipment is set up (rule
``equipment_participle``): skipped only when equipment is named within the next three words
(:data:`EQUIPMENT_AHEAD`): "15,000 fixed ANPR cameras", "12 mounted cameras", "40 installed
alarms", "60 upgraded radios"; not "962 fixed penalties" (no equipment), read as before."""
EQUIPMENT_AHEAD = named_within_three(
    "cameras|alarms|trackers|radios|sensors|detectors|readers|devices|terminals|signs|"
    "lights|barriers|bollards|systems|units|screens|monitors"
)
"""Equipment named within three words after a participle of :data:`EQUIPMENT_PARTICIPLES`."""


HERITAGE_PARTICIPLES = frozenset({"listed", "scheduled", "protected", "designated"})
"""Participles of :data:`SKIPPED_BEFORE_NOUN` giving a building's or site's protected status
(rule ``heritage_participle``): skipped only when a building or site is named within the
next three words (:data:`HERITAGE_AHEAD`): "330 scheduled monuments", "three listed
churches", "12 Grade II listed barns" (the grade is before the count's participle), "40
protected wrecks"; not "six listed below", "40 scheduled for release", "12 protected by
the order" (no building: the count has no noun there, as before)."""
HERITAGE_AHEAD = named_within_three(
    "buildings|monuments|churches|chapels|cathedrals|barns|houses|halls|sites|structures|"
    "properties|memorials|wrecks|ruins|castles|abbeys|bridges|walls|graves|gravestones|"
    "churchyards|landmarks|parks|gardens|places"
)
"""A building or site named within three words after a participle of
:data:`HERITAGE_PARTICIPLES`."""


WEAPON_PARTICIPLES = frozenset({"prohibited", "banned", "converted", "deactivated", "reactivated"})
"""Participles of :data:`SKIPPED_BEFORE_NOUN` giving a weapon's legal state or how it was
altered (rule ``weapon_participle``): skipped only when a weapon is named within the next
three words (:data:`WEAPON_AHEAD`): "17 prohibited firearms", "two converted blank-firing
pistols", "12 banned knives", "40 deactivated rifles"; not "17 prohibited from driving",
"12 banned from the town centre", "six converted to flats" (no weapon: the count's verb)."""
WEAPON_AHEAD = named_within_three(
    r"firearms|weapons|guns|handguns|shotguns|pistols|revolvers|rifles|air\s+rifles|knives|"
    r"blades|machetes|swords|crossbows|tasers|stun\s+guns|knuckledusters|rounds|cartridges|"
    r"bullets|ammunition"
)
"""A weapon or its ammunition named within three words after a participle of
:data:`WEAPON_PARTICIPLES`."""


MARKING_PARTICIPLES = frozenset({"marked", "postcoded"})
"""Participles of :data:`SKIPPED_BEFORE_NOUN` saying how property is marked to be traced
(rule ``marking_participle``): skipped only when property is named within the next three
words (:data:`PROPERTY_AHEAD`): "returned 48 marked bikes to their owners", "17 marked
vans", "12 postcoded bicycles"; not "40 marked the anniversary", "12 marked as urgent" (no
property: the count's verb, as before)."""
PROPERTY_AHEAD = named_within_three(
    "bikes|bicycles|cycles|motorbikes|scooters|cars|vans|vehicles|trailers|caravans|boats|"
    "engines|parts|converters|wheels|tyres|batteries|plates|items|goods|property|tools|"
    "machinery|equipment|phones|laptops|jewellery|valuables|possessions"
)
"""Property named within three words after a participle of :data:`MARKING_PARTICIPLES`."""


PARTICIPLES_AHEAD: tuple[tuple[frozenset[str], re.Pattern[str]], ...] = (
    (MARKING_PARTICIPLES, PROPERTY_AHEAD),
    (HERITAGE_PARTICIPLES, HERITAGE_AHEAD),
    (WEAPON_PARTICIPLES, WEAPON_AHEAD),
    (EQUIPMENT_PARTICIPLES, EQUIPMENT_AHEAD),
)
"""Participles skipped before a noun only when what they describe is named right after,
each set with the pattern naming it (:func:`participle_fits`), tried in this order."""


def participle_fits(word: str, rest: str) -> bool:
    """Whether a skipped ``word`` may be passed over before the noun in ``rest`` (the text
    after it): always, except a participle of :data:`EQUIPMENT_PARTICIPLES` with no equipment
    named right after it (rule ``equipment_participle``) or one of
    :data:`HERITAGE_PARTICIPLES` with no building or site (rule ``heritage_participle``) or
    one of :data:`WEAPON_PARTICIPLES` with no weapon (rule ``weapon_participle``) or one of
    :data:`MARKING_PARTICIPLES` with no property (rule ``marking_participle``)."""
    for participles, ahead in PARTICIPLES_AHEAD:
        if word in participles:
            return ahead.match(rest) is not None
    return True


PRONOUNS_SKIPPED = frozenset({"them", "which"})
"""Pronouns of :data:`SKIPPED_BEFORE_NOUN` ("2,000 victims, 1,200 of them girls"): past
one, punctuation ends the search ("six of them, the council said" counts no councils)."""
COORDINATED_BEFORE_NOUN = frozenset({"and", "or"})
"""Words that join a skipped participle to the next word before one noun ("1,146 bereaved
and seriously injured people", "30 injured or disabled veterans"): the noun after both is
counted; not "40 new and 12 old" (no participle before the join)."""
ADJECTIVES_JOINED_TO_PARTICIPLE = frozenset(
    {"new", "additional", "extra", "further", "separate", "individual", "young", "local",
     "vulnerable", "illegal", "serious"}
)  # fmt: skip
"""Adjectives of :data:`SKIPPED_BEFORE_NOUN` that "and"/"or" may join to a participle
before one noun (join rule ``adjective_and_participle``: "21,406 new and renewed firearm
certificates", "84 new or revoked permits", "30 young and injured riders"): the noun
after both is counted; not "40 new and 12 old", "12 new and improved" at a sentence end
(no participle then a noun after the join)."""
NOT_A_UNIT = {
    "in", "to", "and", "or", "a", "an", "from", "per", "for", "with", "by", "at", "on", "as",
    "were", "was", "had", "have", "has", "is", "are", "be", "been", "who", "which", "that",
    "this", "between", "across", "during", "since", "than", "said", "says", "times", "more",
    "will", "would", "can", "could", "may", "might", "each", "every", "percent", "cent",
    "million", "thousand", "hundred", "it", "they", "we", "he", "she", "respectively", "so",
    "year", "years", "month", "months", "of", "the", "people’s", "out", "all", "up", "own",
    "when", "where", "while", "whom", "whose", "why", "how", "what", "if", "after", "before",
    "until", "because", "but", "not", "also", "only", "just", "still", "then", "there",
    "told", "made", "took", "taken", "seen", "saw", "found", "held", "given", "gave", "left",
    "came", "went", "got", "kept", "sent", "brought", "caught", "put", "set", "run", "ran",
    "did", "done", "do", "does", "being", "became", "become", "led", "paid", "met", "sought",
    "over", "under", "above", "below", "against", "within", "throughout", "last", "next",
    "near", "outside", "inside", "beside", "beyond",
    "remain", "await", "continue", "need", "want", "feel", "believe", "say", "stay", "wait",
    "die", "survive", "year-on-year", "month-on-month", "week-on-week", "day-on-day",
    "around", "about", "almost", "nearly", "roughly", "approximately", "either", "neither",
    "into", "onto", "upon", "via", "towards", "through",
}  # fmt: skip
"""Words that are no counted noun: function words, question words, irregular verb forms,
and present-tense verbs a count opens a clause with that never modify a noun ("a further
41 remain on bail", "40 need support"), and "either"/"neither" before such a verb ("41
either failed or refused")."""
SINGULAR_IN_S = frozenset(
    {"cannabis", "crisis", "bus", "gas", "news", "status", "campus", "census", "virus", "bonus"}
)
"""Nouns ending in s that are no plurals: before a noun they modify it ("3,000 cannabis
plants", "40 bus shelters", "12 crisis calls"), so the noun after them is the one counted."""
IRREGULAR_PAST = frozenset(
    {"felt", "thought", "knew", "lost", "spent", "stole", "won", "fell", "rose", "grew",
     "heard", "bought", "sold", "stood", "spoke", "drove", "broke", "fought", "began",
     "chose", "wrote", "taught", "understood", "hid", "threw", "rang", "swore",
     # past participles in -en ("27 stolen since January", "14 broken into overnight")
     "stolen", "broken", "driven", "hidden", "beaten", "bitten", "written", "thrown",
     "shown", "chosen", "spoken", "fallen", "frozen", "ridden", "shaken", "forgotten"}
)  # fmt: skip
"""Irregular past forms and participles a count may open its clause with ("130 thought
the plan had worked", "40 lost more than £1,000", "27 stolen since January"): no counted
noun, unless a plural follows as the noun they describe ("12 lost dogs", "30 stolen
bikes")."""


JOINED_COMPOUND_AFTER = re.compile(
    r"\s+(?P<modifier>[a-z]+)\s+(?:and|or)\s+(?P<second>[a-z]+)\s+(?P<noun>[a-z]+s)\b"
)
"""Two modifiers joined by "and"/"or" before one plural: "| manhole and drain covers"."""


def joined_compound_after(word: str, rest: str) -> bool:
    """Rule ``participle_before_joined_compound``: whether a past participle in -en of
    :data:`IRREGULAR_PAST` (never a count's own verb, whose past is "stole", "broke") modifies
    two modifiers joined by "and"/"or" and the plural after them (``rest``: the text after
    the participle): "38 stolen manhole and drain covers", "12 broken fence and gate
    panels", "40 hidden phone and sim cards"; not "300 took part and won prizes" (no
    participle in -en), "14 broken into and ransacked homes" (a function word first), "12
    stolen outright or lost items" (a verb form joined), "30 stolen bikes and vans" (a
    plural right after: counted as such)."""
    if not word.endswith("en") or word not in IRREGULAR_PAST:
        return False
    joined = JOINED_COMPOUND_AFTER.match(rest)
    return joined is not None and all(
        not part.endswith("s") and part not in NOT_A_UNIT and part not in IRREGULAR_PAST
        for part in (joined.group("modifier"), joined.group("second"))
    )


PLURAL_THEN_VERB = re.compile(
    r"\s+(?P<noun>[a-z]+s)\s+(?:were|are|have|had|will)\b(?!\s+(?:to|not)\b)"
)
"""A plural right after a participle, then the verb of the clause: "| penalties were issued"."""


def participle_before_subject_plural(word: str, rest: str) -> bool:
    """Rule ``participle_before_subject_plural``: whether a regular past participle in -ed
    right after a count modifies the plural after it that is the subject of the clause's
    verb (``rest``: the text after the participle): "14 fixed penalties were issued", "40
    parked cars were damaged", "12 dumped mattresses have been cleared"; not "300 attended
    workshops run by the council" (no verb after the plural: the count's own verb and its
    object), "40 arrested in Leeds were bailed" (no plural), "12 visited homes were to be
    sold" (a verb of the future after "to"), "27 stolen bikes were found" (no -ed: read as
    :data:`IRREGULAR_PAST` says)."""
    if not word.endswith("ed"):
        return False
    match = PLURAL_THEN_VERB.match(rest)
    return match is not None and match.group("noun") not in NOT_A_UNIT


CAPITALISED_ROLE_PLURALS = frozenset(
    {"officers", "constables", "specials", "wardens", "marshals", "ambassadors", "guardians"}
    | {"advisers", "advisors", "navigators", "mentors", "pastors", "volunteers", "cadets"}
    | {"investigators", "detectives", "inspectors", "sergeants", "coordinators", "workers"}
    | {"champions", "practitioners", "paramedics", "responders", "stewards", "attendants"}
)
"""Plural people's roles that end a capitalised name of the thing counted at a comma, a
full stop or the end of the text (rule ``capitalised_role_at_stop``): "recruited 40
TravelSafe Support and Enforcement Officers, and …", "has 12 Community Safety Wardens." count
the role; "12 Range Rovers." names no role, and before a lower-case noun the name only
describes it."""
CAPITALISED_ORDER_PLURALS = frozenset({"orders", "notices", "injunctions", "warrants", "reviews"})
"""Plural court orders, notices and reviews that end a capitalised name of the thing
counted at a stop as a role does (rule ``capitalised_order_at_stop``): "had applied for
three FGM Protection Orders.", "issued 14 Closure Orders, and …", "served 40 Community
Protection Notices." count the orders, notices; "12 Range Rovers." names none."""
_STOP = re.compile(r"\s*(?:[,.;:!?)]|$)")


def capitalised_role_at_stop(word: str, gap: str) -> bool:
    """Whether the capitalised ``word`` is a role of :data:`CAPITALISED_ROLE_PLURALS` (or
    an order of :data:`CAPITALISED_ORDER_PLURALS`) and ``gap`` (what follows it up to the
    next word) opens with a stop or is the text's end."""
    plural = word.lower()
    named = plural in CAPITALISED_ROLE_PLURALS or plural in CAPITALISED_ORDER_PLURALS
    return named and bool(_STOP.match(gap))


FIND_VERB_BEFORE = re.compile(
    r"\b(?:found|finds?|finding|seized|seizes?|seizing|recovered|recovers?|recovering|"
    r"discovered|uncovered|confiscated|intercepted|(?:turned|turns?|turning|dug)\s+up)"
    r"(?:\s+(?:a\s+total\s+of|more\s+than|over|nearly|almost|about|around|some|at\s+least|"
    r"a\s+further|another))?\s+$",
    re.I,
)
"""A verb of finding right before a count (rule ``participle-after-find-verb``)."""
_PARTICIPLE_OPENING = re.compile(r"\s+[a-z]{3,}ed\s+(?=[a-z])")


def found_participle_rest(before: str, after: str) -> str | None:
    """Rule ``participle-after-find-verb``: after a count that a verb of finding takes as
    its object ("found 126 improvised weapons", "seized 40 concealed knives", "turned up 12
    adapted phones"), a past participle in -ed right after the count describes the noun
    after it, which is counted: the text after the participle, where that noun is read;
    None when no verb of finding is right before the count ("300 attended workshops": the
    count's own verb) or no -ed word follows it."""
    if not FIND_VERB_BEFORE.search(before[-60:]):
        return None
    opening = _PARTICIPLE_OPENING.match(after)
    return " " + after[opening.end() :] if opening else None


AGE_GROUP = re.compile(r"\s+(?:[a-z]+\s+)?(?P<group>(?:under|over)[- ]\d{1,2}s)\b(?!-)", re.I)
"""An age group as the noun counted (rule ``age_group_noun``): "47 under-18s", "30
over-65s", "12 vulnerable under-16s"; its digits are no part of a word, so the noun was
read as "under-s". Before a plural noun the group is its modifier ("40 under-11s teams":
teams)."""
PLURAL_NEXT = re.compile(r"\s+[a-z]{2,}s\b")
"""A plural noun right after an age group, which it modifies ("under-11s teams")."""
BARE_PARTICIPLE = re.compile(r"[a-z]{3,}ing")
"""A present participle, the word :data:`PARTICIPLE_OBJECT` is read after."""
PARTICIPLE_OBJECT = re.compile(
    r"\s*(?:[.,;:!?]|$)|\s+(?:a|an|the|their|his|her|its|them|it|this|that|these|those|to|"
    r"for|with|in|on|at|from|into|alone|out|up|back|home)\b"
)
"""A present participle right after a count, then an article, a pronoun, a preposition or
the clause's end (rule ``participle_count``): the count's verb ("47 referred, with 31
completing a course", "12 failing a drugs test", "20 living alone"), its noun left out,
not a noun "completings"; not "40 flashing lights", "12 missing people" or "1,284 missing
person reports" (the participle modifies the noun after it), nor "12 shootings" (a plural
noun)."""
_COMPOUND_AHEAD = re.compile(r"(?P<mods>(?:\s+[a-z][a-z-]*){1,3}?)\s+(?P<noun>[a-z][a-z-]*s)\b")


def compound_head_ahead(rest: str) -> str | None:
    """Inside a compound noun, the plural head ``rest`` reaches past an adjective or
    participle and up to two more words (rule ``compound_ahead`` of ``units._head``): "two
    independent child trafficking guardians" counts guardians, "independent sexual
    violence advisers" advisers (the adjective had ended the noun: "independents"); None
    past a function word (:data:`NOT_A_UNIT`)."""
    ahead = _COMPOUND_AHEAD.match(rest)
    if ahead is None or {*ahead["mods"].split()} & NOT_A_UNIT:
        return None
    return ahead["noun"]
