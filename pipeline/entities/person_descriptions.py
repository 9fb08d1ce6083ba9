"""Words that describe a speaker named right after a verb of saying ("said resident Jo
Ellis", "pleaded his mother, Karen Hughes"): the person rule ``verb_then_name`` of
:mod:`pressfacts.entities.person_rules` lets one stand between the verb and the name."""

from __future__ import annotations

SPEAKER_DESCRIPTIONS = (
    "resident", "neighbour", "witness", "shopkeeper", "shop owner", "business owner", "parent",
    "mother", "father", "mum", "dad", "grandmother", "grandfather", "pensioner", "volunteer",
    "campaigner", "survivor", "victim", "landlord", "teacher", "headteacher", "student", "driver",
    "farmer", "local", "local resident", "local councillor", "publican", "son", "daughter",
    "sister", "brother", "wife", "husband", "partner", "friend", "aunt", "uncle", "widow",
    "widower", "niece", "nephew", "cousin", "grandson", "granddaughter", "fiancee", "fiance",
)  # fmt: skip
"""Words describing a speaker between a verb of saying and their name ("said resident Jo
Ellis", "added local councillor Tom Reed", "pleaded his mother, Karen Hughes")."""
DESCRIBED = (
    r"(?:(?:(?:his|her|their|the)[ \t]+)?(?:"
    + "|".join(
        d.replace(" ", r"[ \t]+") for d in sorted(SPEAKER_DESCRIPTIONS, key=len, reverse=True)
    )
    + r"),?[ \t]+)?"
)
"""An optional description (with "his", "her", "their" or "the", and a comma) before a
name, as a pattern."""
APPOSITIVE_DESCRIPTIONS = (
    "young man", "young woman", "young person", "teenager", "teenage boy", "teenage girl",
    "man", "woman", "boy", "girl",
)  # fmt: skip
"""Words describing a person only before their given name in commas ("One young man the
charity helped, Ryan, said"), never between a verb and a name ("said man Jo Ellis")."""
_SUPPORTED_BY = (
    r"(?:[ \t]+(?:the|our|its|this)[ \t]+(?:charity|service|project|team|scheme|force)"
    r"[ \t]+(?:has[ \t]+)?(?:supported|helped|worked[ \t]+with|spoke[ \t]+to|met))?"
)
"""A contact clause after the description naming who helped the person ("One young man the
service supported, Ryan,"): part of the description."""
_TOOK_PART = (
    r"(?:[ \t]+who[ \t]+(?:took[ \t]+part|responded|was[ \t]+surveyed|came[ \t]+forward|"
    r"spoke[ \t]+to[ \t]+(?:us|researchers|the[ \t]+(?:charity|trust|researchers)))(?:[ \t]+in"
    r"[ \t]+the[ \t]+(?:survey|research|study|poll))?)?"
)
"""A clause after the description saying the person took part in a survey or study ("One
woman who took part, Chloe,", "A driver who took part in the survey, Sam,"): part of the
description."""
_NAMED_POSSESSOR = r"(?:[A-Z][\w-]*[ \t]+)?[A-Z][\w-]*['’]s|(?:[Tt]he[ \t]+)?[a-z]+['’]s"
"""Whose relative or neighbour a description names: a person by name ("Mr Peel's", "Graham's")
or by a description ("the victim's", "the boy's")."""
_DESCRIPTIONS = "|".join(
    d.replace(" ", r"[ \t]+")
    for d in sorted(SPEAKER_DESCRIPTIONS + APPOSITIVE_DESCRIPTIONS, key=len, reverse=True)
)
"""The speaker and appositive descriptions, longest first, a space matching any run of
spaces or tabs: the words :data:`DESCRIBED_APPOSITIVE`, its gate and the description after
a name all read."""
DESCRIBED_APPOSITIVE = (
    r"\b(?:[Oo]ne|[Aa]nother|[Aa]|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|"
    + _NAMED_POSSESSOR
    + r")[ \t]+(?:"
    + _DESCRIPTIONS
    + rf"){_SUPPORTED_BY}{_TOOK_PART},[ \t]+"
)
"""A described person set off by commas before their name: "One survivor, Tomas, who was
trafficked", "Another victim, Daniel, said", "Her son, Callum, was 19", "Mr Peel's wife,
Janet, said" (the rule
``described_given_name`` of :mod:`pressfacts.entities.person_rules`)."""
DESCRIBED_GATE = (
    r"[ \t](?:" + _DESCRIPTIONS + r")(?:,[ \t]+[A-Z\d]|[ \t]+(?:the|our|its|this|who)[ \t])"
)
"""What every match of :data:`DESCRIBED_APPOSITIVE` then an age or a name holds: the
description, then the comma before a capital or a digit, or the contact or survey clause
opening: a text without it is not scanned by ``described_given_name`` (whose possessor
alternative is tried at every word)."""

AGE_ALONE = r"\d{1,3}-year-old(?=[ \t]+(?:who|whose|from|of|with|at|in)\b|[ \t]*[,.;])"
"""An age standing as the noun of a description ("said Kai, a 19-year-old who volunteers",
"added Mia, a 15-year-old from Leeds"): it describes a person as a person word does (rule
``age_alone_description`` of ``verb_then_described_given``); not an age before another noun
("said Hope, a 10-year-old charity")."""
_DESCRIPTION = (
    r",[ \t]+(?:an?|one|another)[ \t]+(?:"
    + AGE_ALONE
    + r"|(?:[a-z0-9][\w-]*[ \t]+)?(?:"
    + _DESCRIPTIONS
    + r")\b)"
)
THEN_DESCRIBED = rf"(?={_DESCRIPTION})"
"""Rule ``verb_then_described_given``: a person description in commas after a name that
follows a verb of saying ("said Joan, a widow from Hull", "added Dev, a retired teacher"),
so a known given name alone is a person; not "said Hope, a charity in Leeds" (no person
word), nor "said Kent, a county" (a place); an age alone describes a person too
(:data:`AGE_ALONE`)."""
SENTENCE_OPENING_NAME = (
    r"(?P<name>[A-Z](?:(?<![\s\S].)|(?<=\n.)|(?<=[.!?][ \t].)|(?<=[.!?][”\"’'][ \t].))"
    r"[\w’'-]+)"
)
"""A capitalised word opening its text, line or sentence (after a stop, and a closing quote
mark, and a space), as group ``name``. Written to open with the capital and look behind
it, so that a scan passes over the text in C to each capital (a pattern opening with a
look-behind is tried at every character: seven times slower on the eval texts)."""
DESCRIBED_THEN_SAYS = (
    SENTENCE_OPENING_NAME
    + rf"(?={_DESCRIPTION}[^.\n“”\"]{{0,160}}?,[ \t]+(?:said|says|added|explained)\b)"
)
"""Rule ``given_described_then_says``: a known given name opening its sentence, then a
person description in commas, then a verb of saying ("Joan, a widow from Hull, said:",
"Kai, a 19-year-old student whose phone was stolen, said"); not "Joan, a widow from Hull,
lost her savings" (no verb of saying), nor "Hope, a charity in Leeds, said" (no person
word)."""

GIVEN_WHO_THEN_SPEAKS = (
    SENTENCE_OPENING_NAME + r"(?=,[ \t]+who[ \t]+(?:was|is|had|has)\b[^.\n“”\"]{0,160}?,[ \t]+"
    r"(?:said|says|added|explained|spoke|told)\b)"
)
"""Rule ``given_who_then_speaks``: a known given name opening its sentence, then a
relative clause about one person in commas, then a verb of saying or "spoke" or "told"
("Mai, who was trafficked to Leeds at 15, spoke at the launch", "Tomas, who had worked
in a nail bar, told the inquiry"); not "Mai, who was trafficked at 15, now runs a café"
(no verb of saying), nor "Chelsea, who were beaten on Saturday, said" (a plural
relative: a club or a body), nor "Kent, who was …" (no known given name)."""

WHO_THEN_SPEAKS = (
    r",[ \t]+who(?=[ \t]+(?:was|is|had|has)\b[^.\n“”\"]{0,160}?,[ \t]+"
    r"(?:said|says|added|explained|told)\b)"
)
"""Rule ``name_who_then_speaks``: after a full name, a relative clause about one person in
commas, then a verb of saying ("Seyi Obakin, who has led the charity since 2004, said its
helpline …"): a person whatever their given name (``name_who`` needs a known one); not
"Safer Streets, which has …, said" (no "who"), nor "Kent Police, who have …, said" (a
plural verb: a body)."""

KIN_NOUNS = (
    "son", "daughter", "stepson", "stepdaughter", "grandson", "granddaughter", "brother",
    "sister", "nephew", "niece", "cousin", "husband", "wife", "partner", "father", "mother",
    "uncle", "aunt", "friend", "best friend", "boyfriend", "girlfriend", "flatmate",
    "housemate",
)  # fmt: skip
"""Kin a possessive names a relative by: "whose nephew Jermaine was shot", "her son Ryan";
and the close friends a possessive names the same way ("My friend Priya was followed")."""
KIN_BEFORE_NAME = (
    r"\b(?:[Ww]hose|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)[ \t]+(?:"
    + "|".join(sorted(KIN_NOUNS, key=len, reverse=True))
    + r")[ \t]+"
)
"""A possessive and a kin noun right before a relative's name, with no comma (the rule
``kin_given_name`` of :mod:`pressfacts.entities.person_rules`: "whose nephew Jermaine was
shot dead", "her son Ryan, 17,"); the commaed form is ``described_given_name``'s."""
KIN_VERBS: tuple[str, ...] = (
    "was", "is", "had", "has", "died", "who", "said", "says", "added", "told", "paid",
    "wrote", "drowned", "collapsed", "disappeared", "vanished", "fell", "suffered", "lost",
    "went",
)  # fmt: skip
"""Words right after a relative's given name that make it a person (rule
``kin_given_name``): "whose nephew Jermaine was shot", "whose son Owen drowned after
jumping from a harbour wall", "her daughter Amy collapsed at a festival"."""
KIN_LINKS: tuple[str, ...] = ("for", "to", "with", "and", "at", "into", "from", "home")
"""Linking words right after a relative's known given name that end the name (rule
``kin_given_name``, entry ``kin_linked``): "sat with me and my son Kai for an hour",
"took my daughter Ellie to school", "her husband Tom and their children"; not "our
partner Safer Streets to" (no known given name first)."""
KIN_VERB = r"(?:" + "|".join(KIN_VERBS + KIN_LINKS) + r")\b"
"""Any of :data:`KIN_VERBS` or :data:`KIN_LINKS` as a whole word."""
NAMED_ONLY_AS = (
    r"\b(?:(?:named|known|identified|referred[ \t]+to)[ \t]+only[ \t]+as"
    # entry ``review_pseudonym``: the name a review or report gives a victim
    r"|(?:referred[ \t]+to|known|named|identified)[ \t]+(?:in|throughout)[ \t]+the[ \t]+"
    r"(?:report|review|inquest)[ \t]+as"
    # entry ``the_pseudonym``: "refers to the woman by the pseudonym Ffion", "given the
    # pseudonym Leah": the name a review gives, said to be a pseudonym
    r"|(?:by|under|given|using|with)[ \t]+the[ \t]+pseudonym"
    r"|(?:asked|wanted|chose|prefer(?:s|red)?)[ \t]+to[ \t]+be[ \t]+"
    r"(?:called|known[ \t]+as|named[ \t]+as|identified[ \t]+as))"
)
"""The words before a name the text gives as all it will say ("named only as", "asked to
be called", "referred to in the review as", "by the pseudonym": a domestic homicide
review's pseudonym): the rule ``named_only_as``."""
NAMED_ONLY_AS_GATE = (
    r"only[ \t]+as|(?:report|review|inquest)[ \t]+as|pseudonym"
    r"|to[ \t]+be[ \t]+(?:called|known|named|identified)"
)
"""What every match of :data:`NAMED_ONLY_AS` holds, one way into it each: a text without it
is not scanned by ``named_only_as``."""
CALLED_NOUNS = (
    "assistant", "worker", "caller", "cashier", "customer", "employee", "member of staff",
    "carer", "nurse", "colleague", "client", "shopper", "passenger", "pupil",
)  # fmt: skip
"""Nouns of a person by their work or their contact with a service, before "called" or
"named" and a given name ("a shop assistant called Megan", "one caller named Dev")."""
DESCRIBED_CALLED = (
    r"\b(?:[Oo]ne|[Aa]nother|[Aa]n?)[ \t]+(?:[a-z][\w-]*[ \t]+)?(?:"
    + "|".join(
        d.replace(" ", r"[ \t]+")
        for d in sorted(
            SPEAKER_DESCRIPTIONS + APPOSITIVE_DESCRIPTIONS + CALLED_NOUNS, key=len, reverse=True
        )
    )
    + r")[ \t]+(?:called|named)[ \t]+"
)
"""Rule ``described_called_given``: a described person, then "called" or "named" and their
given name ("a shop assistant called Megan told the charity", "one caller named Dev said",
"a young woman called Aisha"); not "a dog called Max" (no person word), nor "a worker called
the police" (no name after the words), nor "a scheme called Safe Haven"."""
GLOSS = r"(?:[ \t]*\((?!\d)[^()\n]{1,60}\))?"
"""A bracketed gloss after a name, skipped before the cue: a Welsh title ("Gwent's Police
and Crime Commissioner, Catrin Beynon (Comisiynydd Heddlu a Throseddu Gwent), has")."""
