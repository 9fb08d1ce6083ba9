"""Sentence openings that speak of the figures a release has just stated, kept apart from
:data:`pressfacts.statistics.period_back_references.BACK_REFERENCE_RULES` (whose entries
they are) for that module's size.

- :data:`AS_A_RESULT` (``as_a_result``): "Officers stopped payments totalling £486,000 as a
  result" tells what followed from the figures of the sentence right before;
- :data:`LIKELIHOOD_RATIO` (``likelihood_ratio``): "Black residents were 4.2 times more
  likely than white residents to be searched" compares the rates of the searches just
  counted;
- :data:`ITS_SUBJECT` (``its_subject``): "Its volunteer members rated 132 cases …" tells
  what the body just named did with the figures it was just said to count;
- :data:`VICTIMS_WENT_ON` (``victims_went_on``): "Victims lost an average of £3,850" tells
  what the victims of the crimes just counted went through;
- :data:`QUANTIFIER_GLOSS` (``quantifier_gloss``): "Almost all of them, 97%, involved boys"
  glosses a share of the figures just stated;
- :data:`QUANTIFIER_SUBJECT` (``quantifier_subject``): "Most happened overnight, and in
  almost a third of cases …" tells more of the things just counted;
- :data:`MEASURE_RANKED_IN` (``measure_ranked_in``): "The share was highest in Bristol, at
  38%" ranks the measure of the figures just stated by place;
- :data:`THINGS_RANKED_IN` (``things_ranked_in``): "Abandoned calls were highest in the
  Edinburgh division, where 21,406 callers …" ranks the things just counted by place;
- :data:`COUNT_OF_THEM` (``count_of_them``): "Seven of them paid out, losing £48,000" tells
  what a part of the things just counted did, each figure of it within their span;
- :data:`DURING_THOSE` (``during_those_counted``): "The volunteers spoke to 1,032 detainees
  during those visits" tells what was found during the activities just counted;
- :data:`OF_THE_SUM` (``of_the_sum``): "Of the funding, £60,000 will go to …" shares out
  the sum of money just stated;
- :data:`SHARE_OF_THE_SUM` (``share_of_the_sum``): "The office said a third of the money,
  £104,000, will pay for outreach" shares out the sum of money just stated;
- :data:`SHARE_OPENS_IN` (``share_opens_in``): "In one in four searches, no adult was
  present" tells what happened in a share of the things just counted;
- :data:`SHARE_OF_CASES_OPENS_IN` (``share_of_cases_opens_in``): "In almost 40% of cases the
  patient had been drinking" tells what happened in a share of the things just counted;
- :data:`SUM_OF_IT` (``sum_of_it``): "Only £1.1m of that was covered by a grant" tells
  what became of a part of the sum of money just stated;
- :data:`COST_OF_THEM` (``cost_of_them``): "Clearing them cost the council £310,000" tells
  what handling the things just counted cost;
- :data:`OPERATION_WENT_ON` (``the_operation_went_on``): "The operation, called Operation
  Tern, has so far recovered 11 knives" tells what the operation named before did, over
  the span of the sentence that named it (not a closed span of other figures between);
- :data:`SUM_PAYS` (``the_sum_pays``): "The money will also pay for 14 marshals" tells
  what a sum stated with its year pays for;
- :data:`ACTION_DAY_WENT_ON` (``the_action_day_went_on``): "The day of action saw officers
  visit 16 premises" tells what the day or week of action just dated saw or did;
- :data:`IN_ADDITION` (``in_addition``): "In addition, 212 knives were handed in" tells
  more of what was done over the span just stated;
- :data:`PLACE_THERE_WERE` (``place_there_were``): "In Darlington there were 17 deaths"
  tells a place's part of the figures just stated.

:data:`OPENINGS` holds them by name, in the order the table reads them.

A sentence with one of these openings and no period of its own takes the span of the
figures before it. :data:`TRAILER` is the other way round: a sentence with no figure of its
own that dates the figures before it ("The figures cover April 2022 to March 2023").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from pressfacts.lexicon.number_words import WORD_NUMBER

LIKELIHOOD_RATIO = re.compile(
    r"\W{0,3}[^.;:!?\n]{0,150}?\b(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|"
    r"ten)\s+times\s+(?:more|less|as)\s+likely\b",
    re.I,
)
"""A sentence opening up to a likelihood ratio: "In Hull, where most stops took place, Asian
men were 2.4 times more likely to be stopped"; not "… 2.4 times a week" (how often)."""

ITS_SUBJECT = re.compile(
    r"\W{0,3}(?i:its|their)\s+(?:[a-z-]+\s+){0,2}?[a-z]+s\s+(?:also\s+)?"
    r"(?:[a-z]+ed|found|made|saw|took|gave|held|heard|met|sent|spent|won)\b",
)
"""A sentence opening on the body just named, its people in the past: "Its volunteer
members rated …", "Their officers made …"; not "Its budget is …" (no people, the
present), "It rated …" (not a possessive), "Their work continues" (the present)."""

WENT_ON_PASTS: tuple[str, ...] = (
    "found", "took", "made", "gave", "stole", "sold", "ran", "held", "brought",
    "kept", "hid", "caught", "sent", "spent", "paid", "dealt", "saw", "won", "froze",
)  # fmt: skip
"""Pasts of doing a sentence opened by a pronoun goes on with (rule ``pronoun_went_on`` of
the period back-references, :data:`WENT_ON`, and of the area rules,
:data:`.pronoun_openings.PRONOUN_WENT_ON`): any "-ed" past, and these irregular ones ("They
found more than 300 plants", "He then stole £9,000")."""

WENT_ON = re.compile(
    r"\W{0,3}(?:they|he|she)\s+(?:then\s+|also\s+|later\s+)?"
    r"(?!said|told|added|warned|urged|appealed|called|thanked|praised|need|used)"
    rf"(?:[a-z]+ed|{'|'.join(WENT_ON_PASTS)})\b(?!\s+(?:that|how|whether)\b)"
    r"(?!\s+(?:almost\s+|nearly\s+|over\s+|more\s+than\s+)?[\d.]+\s*(?:%|per\s*cent))",
    re.I,
)
"""Rule ``pronoun_went_on``: "They demanded a ransom of 45 Bitcoin", "He then stole £9,000",
"They found 400 plants": the people the sentence before spoke of, going on with what they
did then (its period); not "They said …", "He has …" (done by now), "They are …", "They
estimated that …" or "She found 40% of victims had waited …" (a finding, told now: a share
right after the verb), "They find …" (the present)."""

VICTIMS_WENT_ON = re.compile(
    r"\W{0,3}(?:the\s+)?(?:victims|those\s+(?:targeted|affected|scammed|defrauded))\s+"
    r"(?:also\s+)?(?:(?!said|told|added|warned|urged|appealed|called|described)[a-z]+ed|lost|"
    r"paid|gave|spent|were|had)\b",
    re.I,
)
"""A sentence opening on the victims of the crimes just counted, in the past: "Victims lost
an average of £3,850", "Those targeted handed over …"; not "Victims are urged …" (the
present), "Victims said …" (speech), "Victims of fraud lost …" (a whole of its own)."""

QUANTIFIER_GLOSS = re.compile(
    r"\W{0,3}(?:(?:almost|nearly|virtually|practically)\s+)?(?:all|most|many|the\s+"
    r"(?:majority|bulk))\s+of\s+(?:them|these|those)\s*(?:,|\(|\s[–—-])\s*(?=[\d£])",
    re.I,
)
"""A sentence opening on a quantifier of the figures just stated, glossed by a figure in
commas, brackets or dashes: "Almost all of them, 97%, involved boys", "Most of these (61%)
were men"; not "Almost all of the victims, 97%, …" (a whole named by its own noun), nor
"All of them were boys" (no figure)."""

QUANTIFIER_SUBJECT = re.compile(
    r"\W{0,3}(?:(?:almost|nearly|virtually)\s+)?(?:all|most|many|the\s+(?:majority|bulk))\s+"
    r"(?:had\s+)?(?:happened|occurred|took\s+place|came|were|was|involved|[a-z]{3,}ed)\b",
    re.I,
)
"""A sentence opening on a bare quantifier as the subject of a verb of the past, the
things just counted its whole (rule ``quantifier_subject``): "Most happened overnight, and
in almost a third of cases the thieves had punched the lock", "Almost all were reported
within a day, and 40% led to an arrest": the figures of the sentence are of those things,
over their span; not "Most forces recorded a fall of 40%" (a whole named by its own noun),
nor "Most of the money …" (``of`` names the whole)."""

MEASURE_RANKED_IN = re.compile(
    r"\W{0,3}(?:the|this|that|its|their)\s+(?:[a-z-]+\s+){0,2}?(?:share|rate|proportion|"
    r"percentage|figure|number|total|level)\s+(?:was|were|is|remained)\s+(?:highest|lowest|"
    r"greatest|biggest|largest|smallest)\s+(?:in|across|at)\s+(?:the\s+)?(?-i:[A-Z])",
    re.I,
)
"""A sentence opening on the measure of the figures just stated, ranked by place: "The share
was highest in Bristol, at 38%", "The rate remained lowest in the North East"; not "The rate
was highest among men" (no place), "The share is highest in March" (a period of its own is
read first)."""

THINGS_RANKED_IN = re.compile(
    r"\W{0,3}(?-i:[A-Z])[a-z-]+(?:\s+[a-z-]+){0,2}?s\s+(?:were|was)\s+(?:highest|lowest|"
    r"longest|shortest|greatest|biggest|largest|smallest|worst)\s+(?:in|across)\s+"
    r"(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w’'-]*){0,3}"
    r"(?:\s+(?:division|district|area|borough|county|region))?\s*,\s+where\b",
    re.I,
)
"""A sentence opening on the things just counted, ranked by place, with the place's figures
in a "where" clause: "Abandoned calls were highest in the Edinburgh division, where 21,406
callers …", "Waits were longest in Powys, where one in three callers …"; not "Waits were
longest in Powys" (no clause of figures), "Waits were longest in March, when …" (a period
of its own is read first), "Officers were in Powys, where …" (no ranking)."""

AS_A_RESULT = re.compile(
    r"\W{0,3}(?:as\s+a\s+(?:direct\s+)?(?:result|consequence)\b|(?:[\w'’£.,-]+\s+){1,8}?"
    r"as\s+a\s+(?:direct\s+)?(?:result|consequence)\b(?!\s+of\b))",
    re.I,
)
"""A sentence that says it follows from what was just stated, at its opening or after a
few words: "As a result, officers stopped payments of £486,000", "Officers stopped
payments totalling £486,000 as a result"; not "as a result of the crackdown" (a cause of
its own)."""

HAUL_SEIZED = re.compile(
    r"\W{0,3}(?:officers|detectives|police|they)\s+(?:seized|recovered|confiscated|found)\s+"
    r"(?:(?:parts|items)\s+(?:from|of)\s+)?"
    r"(?:(?:more\s+than|over|nearly|almost|around|about|some|at\s+least)\s+)?[\d£]",
    re.I,
)
"""A sentence opening on the officers' haul, a count right after the verb: "Officers seized
18,000 plants …" after "The force dismantled 140 cannabis factories in 2024/25": what the
raids just counted found, over their span, when the sentence right before states one
(rule ``haul_seized``, :data:`~.period_back_choice.NEAREST_ONLY`); "Officers found parts
from at least 23 stolen cars" after "Police raided four units in Oldham yesterday" too (rule
part ``haul_found``: "found", a haul's parts or items, "at least"); not "Officers have
seized 40 knives" (the present perfect), "Officers seized the car" (no count), "Officers
found that 40 …" (no count after the verb)."""

DURING_THOSE = re.compile(
    r"\W{0,3}(?:(?:[\w'’£.,-]+\s+){1,12}?(?:during|in|on|at|from)\s+(?:those|these|the)\s+"
    r"(?:[a-z-]+\s+)?(?:visits|raids|checks|patrols|inspections|searches|operations|"
    r"sessions|deployments)\b|(?:during|in)\s+(?:those|these|the)\s+(?:[a-z-]+\s+)?"
    r"(?:visits|raids|checks|inspections|searches|sessions|deployments),)",
    re.I,
)
"""A sentence whose figures were found during the activities just counted (and dated),
named again with a pointing word: "The volunteers spoke to 1,032 detainees during those
visits", "Officers seized 40 knives in these raids", or opening on them ("During the
raids, officers seized £38,000": the activities of the sentence before; an opening on
patrols or operations, events, is ``EVENT_REFERRED_OPENING``'s); not "during the
visit" (one of them: a single event dates itself), "in those areas" (no counted
activity)."""

COUNT_OF_THEM = re.compile(
    r"\W{0,3}(?:(?:nearly|almost|about|around|some|over|more\s+than|just\s+(?:over|under))\s+)?"
    rf"(?:\d[\d,]*|{WORD_NUMBER})\s+of\s+(?:them|these|those)\b(?!\s+(?:who|which|that)\b)",
    re.I,
)
"""A sentence opening on a count of the things just counted: "Seven of them paid out,
losing £48,200 between them", "Three of those schools have since recovered £9,000"; not
"Seven of the schools" (a whole named by its own article, read elsewhere), "Two of those
who…" (a relative clause: its own time)."""

OF_THE_SUM = re.compile(
    r"\W{0,3}of\s+(?:the|this|that|its|their)\s+(?:[a-z-]+\s+)?(?:funding|money|grant|"
    r"budget|sum|cash|award|investment|fund)\s*,\s*(?:(?:about|around|some|nearly|almost|"
    r"over|more\s+than|up\s+to|a\s+further)\s+)?£\d",
    re.I,
)
"""A sentence opening on the sum of money just stated, shared out by a figure of money:
"Of the funding, £60,000 will go to …", "Of this money, up to £5,000 will pay for …"; not
"Of the 120 officers, …" (a count named by its own noun), nor "Of the funding, most will
go to …" (no figure of money)."""

COST_OF_THEM = re.compile(
    r"\W{0,3}(?:Clearing|Removing|Collecting|Investigating|Processing|Handling|Repairing|"
    r"Replacing|Fixing|Restoring|Reinstating|Securing|Storing|Destroying|Disposing\s+of|"
    r"Dealing\s+with|Cleaning(?:\s+up)?)\s+(?:them|these|those|it)(?:\s+(?:up|away))?\s+"
    r"(?:cost|costs|has\s+cost|had\s+cost)\b",
    re.I,
)
"""A sentence opening on what handling the things just counted cost, by a gerund and a
pronoun (rule ``cost_of_them``): "Clearing them cost the council around £310,000",
"Dealing with these costs the force £1.2m", "Replacing them cost the highways team
£90,000": the sum is over the span of the figures before; not "Clearing them will cost …"
(a cost to come), "Clearing fly-tips cost …" (a noun of its own, no pronoun), "Clearing
them took 40 hours" (no cost), "Replacing them will cost …"."""
SUM_OF_IT = re.compile(
    r"\W{0,3}(?:(?!of\b|in\b|from\b|since\b|by\b)[A-Za-z'’-]+\s+){0,4}?"
    r"(?:(?:only|just|about|around|some|nearly|almost|over|more\s+than|less\s+than|"
    r"up\s+to)\s+)?£\d[\d,.]*(?:\s*(?:m|bn|k|million|billion)\b)?\s+of\s+(?:it|that|this|"
    r"the\s+total|(?:the|this|that)\s+(?:money|sum|cash|funding|budget|grant))\b",
    re.I,
)
"""A sentence opening on a part of the sum of money just stated, by a figure of money:
"Only £1.1m of that was covered by a grant", "About £400,000 of it went on roofs",
"£60,000 of the total came from …", or after a short subject and verb ("Clubs paid back
just £1.2m of that", "The council recovered £90,000 of it"); not "£60,000 of funding" (a
sum of its own), nor "£60,000 of the council's budget" (a body's whole), nor a sentence
opening on a period or place of its own ("In 2024 £2m of that …": left to its own span)."""

SUM_WHOLE = (
    r"\s+of\s+(?:the|this|that)\s+(?:[a-z-]+\s+)?(?:funding|money|grant|budget|sum|cash|award|"
    r"investment|fund)\b(?!\s+(?:for|in)\s)"
)
"""After a share, the sum of money just stated as its whole ("a third of the money"): rule
``share_of_the_sum``."""
SHARE_OF_THE_SUM = re.compile(
    r"\W{0,3}(?:(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+said\s+(?:that\s+)?)?"
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than|just\s+(?:over|under))\s+)?"
    r"(?:half|(?:a|one|two)[-\s](?:third|quarter|fifth|tenth)s?|three[-\s]quarters|"
    r"\d+(?:\.\d+)?\s*(?:%|per\s*cent))" + SUM_WHOLE,
    re.I,
)
"""A sentence opening, after a short reported-speech lead or none, on a share of the sum of
money just stated (rule ``share_of_the_sum``): "A third of the money, £104,000, will pay for
outreach", "The commissioner's office said half of the funding would go to …", "40% of the
grant is for …": the share and its sum take the span the sum was stated with; not "half of
the funding for 2025 …" (a span of its own), nor "half of the 120 officers" (no sum)."""

SHARE_OPENS_IN = re.compile(
    r"\W{0,3}in\s+(?:(?:nearly|almost|about|around|over|more\s+than|just\s+(?:over|under))\s+)?"
    r"(?:(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+in\s+(?:every\s+)?\w+\s+"
    r"[a-z-]+s|\d+(?:\.\d+)?\s*(?:%|per\s*cent)\s+of\s+(?:them|these|those|the\s+[a-z-]+s))"
    r"\s*,",
    re.I,
)
"""A sentence opening on a share of the things just counted, with a plural noun and a
comma: "In one in four searches, no appropriate adult was present", "In 40% of the
cases, the suspect was drunk"; not "In one in five areas of the county, …" (a whole of
its own), "In 40% of the force's stations, …" (a body's whole)."""

CASE_WORDS: Final[tuple[str, ...]] = ("cases", "incidents", "instances", "occasions")
"""Bare plurals that name the events just counted, not a whole of their own (rule
``share_of_cases_opens_in``): "in 40% of cases", "in almost half of incidents"."""

SHARE_OF_CASES_OPENS_IN = re.compile(
    r"\W{0,3}in\s+(?:(?:nearly|almost|about|around|over|more\s+than|just\s+(?:over|under))\s+)?"
    r"(?:(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent)|half|a\s+(?:third|quarter|fifth))\s+of\s+"
    r"(?:all\s+)?|(?:one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:every\s+)?\w+\s+)"
    rf"(?:{'|'.join(CASE_WORDS)})\b(?!\s+(?:of|in|at|on|across)\b)",
    re.I,
)
"""A sentence opening on a share of bare :data:`CASE_WORDS`, with or without a comma (rule
``share_of_cases_opens_in``): "In almost 40% of cases the patient had been drinking", "In
one in five cases staff needed treatment": a share of the things just counted; not "In 40%
of cases of burglary …" nor "In half of incidents in Leeds …" (a whole named of its own),
nor "In 40% of schools …" (not a case word)."""

SAID_BEFORE = r"\W{0,3}(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+said\s+(?:that\s+)?)?"
"""An opening's optional reported speech before its subject: "Mr Hollis said (that) …"."""
PAYS_FOR = (
    r"\s+(?:(?:will|would|also)\s+){0,2}(?:pays?|funds?|includes?|provides?|covers?|"
    r"delivers?|buys?)\b"
)
"""What a plan or a sum (will also) pay for: "will also pay for", "funds", "would buy"."""
SUM_PAYS = re.compile(
    SAID_BEFORE + r"(?:the|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?:money|grant|fund|funding|award|"
    r"cash)" + PAYS_FOR,
    re.I,
)
"""A sentence opening on what a sum of money pays for (rule ``the_sum_pays``): "The money
will pay for 14 street marshals", "The grant also pays for …", "The commissioner's
funding will also pay for …", "Ms Cole said the money would buy …"; not "The money was
seized" (no paying for). It points back only to a sentence that states money
(:data:`pressfacts.statistics.period_change_levels.STATES_MONEY`), past comment and other
figures between, and only to a whole year (a budget's)."""

IN_ADDITION = re.compile(
    r"\W{0,3}(?:in\s+addition|additionally|on\s+top\s+of\s+(?:this|that)|as\s+well\s+as\s+"
    r"(?:this|that)|alongside\s+(?:this|that))\s*,"
    r"(?![^.;:!?\n]{0,150}?\b(?:will|would|could|plans?|planned|hopes?|aims?|is\s+(?:to|due|"
    r"set|expected)|are\s+(?:to|due|set|expected))\b)",
    re.I,
)
"""A sentence opening on an additive link and a comma, with no plan or future after it:
"In addition, 212 knives were handed in", "On top of this, officers seized £8,000";
not "In addition, 40 officers will be recruited" (a plan, not more of what was done), nor
"In addition to the 212 knives, …" (no comma: a whole named of its own)."""

PLACE_THERE_WERE = re.compile(
    r"\W{0,3}(?:in|across|within)\s+(?:the\s+)?(?!(?-i:January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b)(?-i:[A-Z])[\w’'-]*"
    r"(?:\s+(?:and\s+)?(?-i:[A-Z])[\w’'-]*){0,3},?\s+there\s+(?:were|was)\s+"
    r"(?:(?:around|about|nearly|almost|over|more\s+than|just\s+(?:over|under))\s+)?"
    r"(?:£?\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)",
    re.I,
)
"""A place opening a sentence, then "there were" and a count: "In Darlington there were 17
deaths", "Across Powys, there were about 40 thefts" tells that place's part of the figures
just stated; not "In Darlington there are 17 hubs" (the present: how things stand), "In
Darlington there will be 20 places" (to come), "In May there were 40 arrests" (a month, a
period of its own)."""

OPERATION_WENT_ON = re.compile(
    r"\W{0,3}the\s+(?:[\w'’-]+\s+)?(?:operation|campaign|crackdown|initiative)\b"
    r"(?:,[^,.]{1,60},)?\s+(?:(?:have|has|had)\s+)?(?:also\s+|so\s+far\s+|already\s+)?"
    r"(?!said\b)[a-z]+ed\b",
    re.I,
)
"""A sentence opening on an operation named before and what it did, in the past or the
perfect (rule ``the_operation_went_on``): "The operation, called Operation Tern, has so far
recovered", "The crackdown seized", "The joint operation has also led"; not "The operation
will run" (no past), "The campaign said" (a verb of saying), "An operation recovered" (an
operation of its own). It points back only to a sentence that names an operation
(:data:`pressfacts.statistics.period_change_levels.NAMES_OPERATION`)."""

ACTION_DAY_WENT_ON = re.compile(
    r"\W{0,3}the\s+(?:[\w'’-]+\s+)?(?:day|week|weekend|night)s?\s+of\s+"
    r"(?:action|activity|intensification|enforcement)\b(?:,[^,.]{1,90},)?\s+(?:also\s+)?"
    r"(?:(?:have|has|had)\s+)?(?:saw|found|led\s+to|resulted\s+in|brought|made|took|"
    r"(?!said\b)[a-z]+ed)\b",
    re.I,
)
"""A sentence opening on the day or week of action just dated and what it saw or did
(rule ``the_action_day_went_on``): "The day of action, part of the force's Operation
Tundra, saw officers visit 16 premises", "The week of action also led to 40 arrests"; not
"The day of action will return in July" (no past), "The week of action is run by …" (the
present), "A day of action saw …" (a day of its own), "The day of action said" (speech)."""

ON_AVERAGE = re.compile(
    r"\W{0,3}on\s+average\s*,(?![^.;:!?]{0,60}?\b(?:will|would|can|could|may|might)\b)", re.I
)
"""Rule ``on_average``: "On average, four people died every day" speaks of the figures just
stated, as an average; guard ``on_average_modal``: not a habit told with a modal ("On
average, a victim will put up with 50 incidents before they report it": how things go, of
no span)."""

OPENINGS: Final[dict[str, re.Pattern[str]]] = {
    # "Officers stopped payments totalling £486,000 as a result": what followed from the
    # figures just stated
    "as_a_result": AS_A_RESULT,
    # "Officers seized 18,000 plants": the haul of the raids just counted, over their span
    "haul_seized": HAUL_SEIZED,
    # "Asian men were 2.4 times more likely to be stopped": a ratio of the figures just stated
    "likelihood_ratio": LIKELIHOOD_RATIO,
    # "Its volunteer members rated 132 cases …": what the body just named did
    "its_subject": ITS_SUBJECT,
    # "Victims lost an average of £3,850": what the victims just counted went through
    "victims_went_on": VICTIMS_WENT_ON,
    # "Almost all of them, 97%, involved boys": a share of the figures just stated
    "quantifier_gloss": QUANTIFIER_GLOSS,
    # "Most happened overnight, and in almost a third of cases …": the things just counted
    "quantifier_subject": QUANTIFIER_SUBJECT,
    # "The share was highest in Bristol, at 38%": the measure just stated, ranked by place
    "measure_ranked_in": MEASURE_RANKED_IN,
    # "Abandoned calls were highest in the Edinburgh division, where 21,406 …": the things
    # just counted, ranked by place
    "things_ranked_in": THINGS_RANKED_IN,
    # "Seven of them paid out, losing £48,200": a part of the things just counted
    "count_of_them": COUNT_OF_THEM,
    # "The volunteers spoke to 1,032 detainees during those visits": found during the
    # activities just counted
    "during_those_counted": DURING_THOSE,
    # "Of the funding, £60,000 will go to …": a share of the sum just stated
    "of_the_sum": OF_THE_SUM,
    # "A third of the money, £104,000, will pay for …": a share of the sum just stated
    "share_of_the_sum": SHARE_OF_THE_SUM,
    # "In one in four searches, no adult was present": a share of the things just counted
    "share_opens_in": SHARE_OPENS_IN,
    # "In almost 40% of cases the patient had been drinking": a share of the things just
    # counted, named by a bare case word
    "share_of_cases_opens_in": SHARE_OF_CASES_OPENS_IN,
    # "Only £1.1m of that was covered by a grant": a part of the sum just stated
    "sum_of_it": SUM_OF_IT,
    # "Clearing them cost the council around £310,000": what handling them cost
    "cost_of_them": COST_OF_THEM,
    # "In addition, 212 knives were handed in": more of what was just counted, over its span
    # "The money will also pay for 14 marshals": what the sum just stated pays for
    "the_sum_pays": SUM_PAYS,
    "in_addition": IN_ADDITION,
    # "The operation, called Operation Tern, has so far recovered 11 knives": what the
    # operation named before did, over the span of the sentence naming it
    "the_operation_went_on": OPERATION_WENT_ON,
    # "The day of action, part of Operation Tundra, saw officers visit 16 premises": what
    # the day or week of action just dated saw or did, over its span
    "the_action_day_went_on": ACTION_DAY_WENT_ON,
    # "In Darlington there were 17 deaths": a place's part of the figures just stated
    "place_there_were": PLACE_THERE_WERE,
    # "On average, four people died every day": the figures just stated, as an average
    "on_average": ON_AVERAGE,
}
"""The openings of this module by their rule name (entries of ``BACK_REFERENCE_RULES``)."""

CAME_TO_LIGHT = r"(?!\s+to\s+(?:light|the\s+(?:attention|notice)\b))"
"""Rule ``trailer_came_to_light``: after "came" of :data:`TRAILER`, not "to light" nor "to
the attention of …": "The offences came to light in March 2024" dates when the counted
offences were found out, not when they were committed; "These figures came from …" still
trails."""
TRAILER = re.compile(
    r"\W{0,3}(?:the|these|those|all|this)\s+(?:[a-z]+\s+){0,2}?(?:figures|reports|statistics|"
    r"numbers|data|arrests|offences|crimes|referrals|cases|calls|incidents)\s+(?:were|was|are|"
    rf"is|cover|covers|covered|relate|relates|related|refer|refers|span|spans|come|came)\b"
    rf"{CAME_TO_LIGHT}",
    re.I,
)
"""A sentence that dates the figures before it: "The figures cover April 2022 to March
2023", "These reports were received between …"; not "The figures show 40 arrests", nor
"The offences came to light in …" (:data:`CAME_TO_LIGHT`)."""
SUM_SOURCE = re.compile(
    r"\W{0,3}(?:the|this)\s+(?:money|funding|grant|cash|sum|investment)\s*,\s*"
    r"(?:which\s+(?:comes|came|is|was)\s+)?from\s+(?P<source>[^,.;:!?]{3,80}),",
    re.I,
)
"""Rule ``sum_source_trailer``: a sentence opening on the sum just stated with the budget it
comes from set off by commas, a period inside ("The money, from the Commissioner's budget
for 2026/27, will …", "The funding, which comes from the Home Office's grant for 2025/26,
…"), dates the figures before it as :data:`TRAILER` does, though it holds figures of its
own. Not "The money will come from next year's budget" (no aside), nor "The funding, from
the council, will …" (no period in the aside)."""


def trails(sentence: str, at: int, bare: Callable[[], bool]) -> bool:
    """Whether ``sentence`` dates the figures before it with its period at ``at`` (its
    offset in the sentence): a :data:`TRAILER` when ``bare()`` (no figure of its own), or a
    :data:`SUM_SOURCE` whose aside holds the period (rule ``sum_source_trailer``).
    ``bare`` is asked only of a trailer: it reads the sentence without its periods, which
    done for every sentence would cost one pass over the document's periods each."""
    if TRAILER.match(sentence):
        return bare()
    found = SUM_SOURCE.match(sentence)
    return found is not None and found.start("source") <= at < found.end("source")


TRAILER_REACH = 1500
"""How far back (characters) a trailing statement dates figures."""
