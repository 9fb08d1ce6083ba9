"""Where a sentence's clauses and comparisons break, found once per sentence.

The area rules look for a figure's place within its clause, not across a comparison ("… in
the UK, compared with 417 …"). Every figure of a sentence reads the same breaks, so
:func:`sentence_breaks` finds them once per sentence text (a small cache keeps them).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pressfacts.lexicon.number_words import WORD_NUMBER
from pressfacts.statistics.elided_words import RANKING_NEXT, REPORTED_PRONOUN_CLAUSE, THERE_CLAUSE
from pressfacts.statistics.passive_subjects import PASSIVE_PLACED_SUBJECT, PEOPLE_PASSIVE_SUBJECT
from pressfacts.statistics.standard_yardsticks import STANDARD_YARDSTICK

FINANCIAL_YEAR = r"(?:19|20)\d{2}[/-]\d{2}\b"
"""A financial or school year written as two years ("2025/26", "2024-25"): a period, never
a count ("118 of the 2025/26 sessions" is no part of a total of 2,025)."""
PART_OF = (
    r"(?:(?:(?:\d[\d.]*%(?!\s+of\s+\w+\s+(?:who|that|which)\b)|[\w-]+)\s+){1,4}?of\s+"
    r"(?:(?:those|these|them|whom|it)\b|the\s+(?=\d)"
    rf"(?!{FINANCIAL_YEAR}))|(?:most|much|"
    r"many|some|half|part|the\s+(?:majority|bulk|rest))\s+of\b|"
    r"most\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s\s+(?:in|at|across|from)\b)"
)
"""The words that open a part of a total stated before: "more than a third of them", "26 of
those", "23 of the 52", "most of", "most incidents in", "a quarter of it", "nearly 40% of
those" (rule ``percent_sign_part``; not "87% of those who finished it": a group its clause
defines); not "a third of offences" (a whole of its own), nor "118 of the 2025/26 sessions"."""
SHARE_OF_SUM = r"(?:[\w-]+\s+){1,4}?of\s+the\s+(?:money|cash|funding|total|sum)\b"
"""A share of the sum or total just stated ("two thirds of the money", "half of the total"):
after ", with" or ", and" a part with a place of its own ("…, with almost two thirds of the
money going to Leeds"), never an appositive gloss of the count before it (", more than a
third of the total": the count's own place)."""
PART_OF_WHOLE = re.compile(rf",\s+(?:with|and)\s+{PART_OF}", re.I)
"""A clause that holds a part of the total before it (", with most of them in Hull", ",
and more than a third of them lived in Medway"): its place is the part's, never the
total's nor the document's scope."""
AREA_WORDS = r"(?:borough|district|city|county|town|ward|council|area)"
"""Words after a place that make it an area as a clause's subject ("Rother district", "the
Wakefield area")."""
NEW_SUBJECT = (
    r",\s+and\s+(?=(?:the\s+(?=[A-Z][\w’'-]*\s+(?:[A-Z]|" + AREA_WORDS + r"\b)))?[A-Z][\w’'-]*"
    r"(?:\s+(?:and\s+|of\s+)?[A-Z][\w’'-]*){0,3}(?:\s+" + AREA_WORDS + r")?"
    r"\s+(?:(?:now|also|still|already)\s+)?(?:[a-z]+ed|saw|had|"
    r"has|have|made|took|was|were|is|are|got|paid|spent|gave|sees?)\s)"
)
"""", and" + a capitalised subject (and an area word: "Rother district") + its verb (an
adverb may come first: ", and Kent Police now has"): a clause about another place or body
("Leeds saw a fall of 15%, and Bradford recorded 4,120 burglaries", ", and Melton borough
had the most", ", and Perth and Kinross recorded 5,610"), a body's name of two or more
capitalised words after "the" and with "of" inside it (", and the Police Service of
Northern Ireland attended 214 calls"), and, rule ``the_place_area_subject``, one place and
its area word after "the" (", and the Calder district now has 40 more"); not "in Leeds,
and Bradford" (no verb), nor ", and officers recorded" (no new subject named)."""
NEW_PLACE = (
    r",\s+and\s+(?=(?:in|across|within)\s+(?:the\s+)?[A-Z])|"
    r",\s+and\s+(?=(?:a|an|another)\s+(?!(?:further|additional|extra|total|rise|fall|increase|"
    r"decrease|drop|cut|reduction)\b)(?:[a-z-]+\s+){0,4}?(?:in|at|across|near)\s+(?:the\s+)?"
    r"(?-i:[A-Z]))"
)
"""", and" + a place's preposition: a clause of its own place ("In Scotland the figure was
910, and in Wales 430"), or a new item of a list, a thing with its own place ("a service in
Woking, run by a charity, which will receive £38,000, and a mentoring scheme in Guildford
that …": Guildford is the next item's; ", and a farmer near Ripon lost 14 ewes": Ripon is
the ewes'); not "in Leeds and in Bradford" (no comma), nor ",
and a further 12 in Hull" (a part of the count before), nor ", and a rise of 9% in Hull"
(the figure's own change)."""
PURPOSE_VERBS = (
    "train", "fund", "pay for", "buy", "hire", "recruit", "employ", "support", "help",
    "provide", "run", "open", "create", "install", "deliver", "equip", "reach",
)  # fmt: skip
"""Verbs of a purpose clause that counts what the money or effort before it is for."""
PURPOSE = (
    r"\s+to\s+(?:" + "|".join(v.replace(" ", r"\s+") for v in PURPOSE_VERBS) + r")\s+"
    r"(?=(?:(?:up\s+to|more\s+than|over|around|about|some|another)\s+)?£?\d)"
)
"""" to" + a verb of purpose + a figure: a clause of its own ("£85,000 to train 300
volunteers across Rhyl and Conwy": the places are the volunteers', not the money's)."""
_QUALIFIED = r"(?:(?:around|about|some|nearly|almost|over|more\s+than)\s+)?"
LISTED_SUBJECT = (
    r",\s+(?:and\s+)?(?=(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,2}\s+(?:(?:for|with)\s+)?"
    + _QUALIFIED
    + rf"(?:[£\d]|(?i:{WORD_NUMBER})\b))|"
    r",\s+(?:and\s+)?(?=(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2},\s+(?:down|up)\s+"
    r"(?:by\s+)?" + _QUALIFIED + r"[£\d])"
)
"""", " (or ", and") + a named subject + its count, the verb gapped ("Leeds accounted for 312,
Bradford for 287 and Hull for 140"; "York 900, Selby 310", "…, and Stoke and Trent for
9%"; "in Leeds, down 9%, and Hull, up 4%"): the next item of a list of places, each with
its own count (", followed by" + the next of a ranking is a break of :data:`CLAUSE_BREAK`'s
own); not ", Tuesday 14 May" (a date)."""
SAME_SUBJECT_VERB = (
    r",\s+and\s+(?=(?:also\s+)?(?:[a-z]+ed|made|took|gave|sent|spent|paid|found|"
    r"brought|caught|sold|seized|held|ran|won|saw)(?:\s+(?:out|up|off|over|away|back|in))?\s+"
    + _QUALIFIED
    + rf"(?:[£\d]|(?i:{WORD_NUMBER})\b))"
)
"""", and" + a verb of the same subject (and its particle) + a figure of its own: a clause
of its own, whose place is not the figure's before it ("visited 380 homes, and handed out
2,600 leaflets in Slough": Slough is the leaflets'); not "in Leeds and handed out" (no
comma), nor ", and handed out leaflets" (no figure)."""
SAME_SUBJECT_VERB_PLACED = (
    r",\s+and\s+(?=(?:also\s+)?(?:[a-z]+ed|made|took|went|came|sent|turned|showed)"
    r"(?:\s+(?:out|up|off|over|away|back|round))?\s+(?:[a-z’'-]+\s+){0,4}?(?:in|at|across|near)\s+"
    r"(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,2}\s+(?:on|for|with|to|about)\s+"
    + _QUALIFIED
    + rf"(?:\d|(?i:{WORD_NUMBER})\b))"
)
"""", and" + a verb of the same subject + a few words + its own place + a preposition and a
figure (rule ``same_subject_verb_placed``): a clause of its own place, whose place is not
the figures' before it ("sent 600 letters to 40 addresses, and turned up at a school in
Wokingham on six occasions": Wokingham is the six's), as :data:`SAME_SUBJECT_VERB`'s with
the figure after the place; not ", and turned up in Wokingham" (no figure), nor "and turned
up at a school in Wokingham on six occasions" without the comma."""
PART_CLAUSE = rf",\s+(?!(?:with|and)\b)(?={PART_OF})"
"""", " + a part of the total before it (", nearly a third of them from the East Lindsey
district", ", 40 of those in Hull"): the part's clause, whose place is not the total's
(after ", with" or ", and" such a part is a yardstick break of :data:`PART_OF_WHOLE`'s
kind)."""
SHARE_OF_ALL = r",\s+and\s+(?=(?:[\w-]+\s+){1,4}?of\s+all\s+(?:the\s+)?[a-z]+)"
"""", and" + a share of a whole of its own ("of all reports", "of all the victims"): a clause
of its own, whose place is not the figure's before it ("rose by 19%, and nearly a quarter of
all reports came from Derby": Derby is the quarter's); not ", and a third of them" (a part
of the total before it, :data:`PART_OF_WHOLE`'s)."""
SUBJECT_SHARE_OF_ALL = (
    r",\s+and\s+(?=(?:[a-z-]+\s+){0,2}?[a-z-]+s\s+(?:made\s+up|accounted\s+for|represented)"
    r"\s+(?:[\w%-]+\s+){1,4}?of\s+all\s+(?:the\s+)?[a-z]+)"
)
"""", and" + a plural subject of its own + "made up" (accounted for, represented) + a share
of a whole of its own (rule ``subject_share_of_all``): a clause of its own, whose place is
not the figures' before it ("made 9,860 reports in 2024/25, and online reports made up one
in six of all crimes recorded in Powys": Powys is the share's), as :data:`SHARE_OF_ALL`'s
with its subject named first; not ", and made up one in six of all …" (the same subject)."""
MODAL_SAME_SUBJECT = (
    r",\s+and\s+(?=(?:will|would|shall|could|can)\s+(?:also\s+)?(?:pay\s+for|fund|buy|recruit|"
    r"hire|add|train|provide|put|create|open|employ)\s+(?:[a-z]+\s+){0,2}?"
    + _QUALIFIED
    + rf"(?:[£\d]|(?i:{WORD_NUMBER})\b))"
)
"""", and will pay for 24 …": a plan's next clause with a figure of its own, the subject
kept ("will keep officers at 1,832, and will pay for 24 PCSOs in Breckland": Breckland is
the PCSOs'); not ", and will pay for patrols" (no figure)."""
PLAN_VERBS = (
    "keep", "make", "pay for", "fund", "open", "run", "extend", "expand", "move", "set up",
    "build", "refurbish", "equip", "give", "allow",
)  # fmt: skip
"""Base-form verbs a plan's next clause opens with (", and keep the centre in Chesterfield
open"): a base form after ", and" goes on from a modal ("will fund …, and keep …")."""
PLAN_CLAUSE = (
    r",\s+and\s+(?=(?:" + "|".join(v.replace(" ", r"\s+") for v in PLAN_VERBS) + r")\s+"
    r"(?:the|a|an|its|their|our|his|her)\s)"
)
"""", and" + a plan's base-form verb + a noun phrase with no figure (rule ``plan_clause``):
a clause of its own, whose place is not the figures' before it ("will fund 14 advisers,
up from 11, and keep the referral centre in Chesterfield open": Chesterfield is the
centre's); not ", and kept …" (a past verb), nor ", and keep 20 …" (a figure: the
modal clause of :data:`MODAL_SAME_SUBJECT`)."""
AGE_BOUND_WORDS = r"(?:over|older|above|under|below|upwards)\b"
"""Rule ``age_bound_not_subject``: the word after "aged 16 and" closes an age group ("people
aged 16 and over in England"); it is no subject of a clause of :data:`PLACED_SUBJECT`."""
DETERMINED_SUBJECT = (
    r",\s+and\s+(?=(?:the|its|their|our)\s+(?:[a-z][\w’'-]*\s+){0,8}?"
    r"(?:(?:in|across|at|from|for)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,2}"
    r"\s+)?(?:(?:now|also|still|then)\s+)?(?:[a-z]{3,}ed|made|took|gave|saw|had|found|sent|"
    r"sold|won|ran|held|paid|spent|caught|brought)\s+(?:(?:about|around|nearly|almost|over|"
    r"more\s+than|some|another|a\s+further)\s+)?£?\d)"
)
"""", and" + a subject opened by "the", "its", "their" or "our" (up to nine words, a place
after it allowed) + its past verb + a figure (rule ``determined_subject``): a clause of its
own subject, whose period and place are not the figure's before it ("Its helpline took
11,560 calls, and the waiting list for its outreach service reached 214 in February";
"…, and the outreach team in Preston made 214 visits"); not ", and the team" (no verb and
figure), ", and arrested 40" (no subject of its own). Nine words take a subject with a
noun after "of" and "to" ("…, and the cost of repairs to listed places of worship across
the North East reached around £640,000 last year", held-out 301)."""
PLACED_SUBJECT = (
    r"(?:,|(?<=\d)|(?<=year)|(?<=years)|(?<=month)|(?<=months))\s+and\s+"
    rf"(?!{AGE_BOUND_WORDS})(?=[a-z]+\s+(?:in|across|at|from)\s+[A-Z][\w’'-]*(?:(?:,\s+|\s+and\s+|\s+)"
    r"[A-Z][\w’'-]*){0,6}\s+(?:(?:now|also)\s+)?(?:have|has|had|were|was|are|is|[a-z]+ed)\s"
    r"|(?<=, and )(?:[a-z][\w-]*\s+)?[a-z]+\s+(?:in|across|at|from)\s+[A-Z][\w’'-]*(?:(?:,\s+|"
    r"\s+and\s+|\s+)[A-Z][\w’'-]*){0,6}(?:(?<=['’]s)(?:\s+[a-z][\w-]*){1,3})?\s+"
    r"(?:(?:now|also)\s+)?(?:have|has|had|were|was|are|is|rose|fell|grew|[a-z]+ed)\s)"
)
"""", and" + a lower-case subject placed by its own place + its verb: a clause of that place
(", and teams in Tamworth and Lichfield have gained 42"), also without the comma after a
number or a span ("since 2021 and crime in Hull has fallen by 8%"); after ", and" also a
two-word subject, a possessive's part and "rose", "fell", "grew" (rule
``placed_subject_phrase``: ", up 12% on the year before, and violent crime in Preston's
night-time economy rose": not the 12%'s); not ", and officers recorded" (no place), ", and
in Leeds" (:data:`NEW_PLACE`), "300 clubs and groups in Hull have signed" (one subject)."""
_SHARE_SUBJECT = (
    r"(?:\d[\d,.]*(?:%|\s+per\s+cent)?|(?:one|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+in\s+[a-z]+|(?:a|one)\s+(?:third|quarter|fifth|tenth)|half|"
    r"(?:two|three|four)[\s-](?:thirds|quarters|fifths|tenths)|"
    rf"(?i:{WORD_NUMBER})\b)"
)
"""A figure that can stand as a clause's subject: a count, a percentage, "one in eight",
"a third", "two thirds", a count in words (rule ``word_count_subject``: ", and seven came
from Horncastle")."""
FIGURE_SUBJECT = (
    r",\s+and\s+(?=" + _QUALIFIED + _SHARE_SUBJECT + r"\s+(?:were|was|had|came|took|"
    r"involved|happened|occurred|concerned|related)\s)"
)
"""", and" + a figure as the subject of its own verb ("Around 60% of reports were at night,
and nearly a third were on services into London": London is the third's, not the 60%'s);
not ", and 12 of them were" (a part, :data:`PART_OF_WHOLE`'s), nor ", and 40 arrests were"
(a noun after the count: the same subject's list)."""
SHARE_OF_NOUN_SUBJECT = (
    r",\s+and\s+(?=" + _QUALIFIED + _SHARE_SUBJECT + r"\s+of\s+(?:the|their|its)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s\s+(?:are|were|is|was|came|lived|live)\s)"
)
"""", and" + a share of a named plural whole as the subject of its own verb (rule
``share_of_noun_subject``: "More than 900 volunteers belong to 140 groups, and nearly a
third of the groups are in Medway": Medway is the third's, not the 900's nor the 140's;
", and 40% of the arrests were in Leeds"); not ", and a third of the groups" (no verb:
the same list), nor ", and nearly a third were on services into London"
(:data:`FIGURE_SUBJECT`'s)."""
POSSESSED_SUBJECT = (
    r",\s+and\s+(?=(?:its|their|our)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s\s+"
    r"(?:(?:now|also|still)\s+)?(?:[a-z]+ed|met|saw|made|took|gave|found|ran|won|caught|sent|"
    r"spent|paid|held|helped|supported)\s)"
)
"""", and" + a plural subject owned by a possessive pronoun + its verb ("provided 850 beds
a night, and its outreach teams met 1,730 people in Cardiff": Cardiff is the people's,
not the beds'); not ", and its teams" (no verb), nor ", and its 40 staff" (a figure, the
same list)."""
BODY_NOUNS = (
    "council", "force", "charity", "partnership", "commissioner", "trust", "government",
    "scheme", "service", "authority", "board", "department",
)  # fmt: skip
"""Nouns of a body that may open a clause of its own after ", and the" (:data:`BODY_SUBJECT`)."""
BODY_SUBJECT = (
    r",\s+and\s+(?=the\s+(?:[a-z][\w-]*\s+)?(?:" + "|".join(BODY_NOUNS) + r")\s+"
    r"(?:(?:will|would|has|have|had|is|was|also|now)\s+)+[a-z]+\s)"
)
"""", and the" + a body + an auxiliary and a verb (rule ``body_subject``): a clause of that
body's own ("27 volunteers have trained with the Teesside team, and the council will spend
£85,000": Teesside is the volunteers', not the council's money), a break of
:data:`YARDSTICK_BREAK`'s kind (no place before it is the body's figures'); not ", and the council's
£85,000" (no verb), nor ", and the teams in Hull have" (no body noun)."""
SHARE_NOUN_SUBJECT = (
    r",\s+and\s+(?=" + _QUALIFIED + r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+in\s+[a-z]+|(?:a|one)\s+(?:third|quarter|fifth|tenth)\s+of|half\s+of|"
    r"\d[\d.]*(?:%|\s+per\s+cent)\s+of)\s+(?:all\s+)?(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s\s+"
    r"(?:in|across)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+"
    r"(?:(?:now|also|still)\s+)?(?:is|are|was|were|live|lived|have|has|had)\s)"
)
"""", and" + a share of a plural noun, its own place + a verb of its own (rule
``share_noun_subject``): a clause of its own place ("rose to 1,184 last year, up from 962
in 2022, and around one in eight households in Medway is now covered": Medway is the
share's, not the counts'); not ", and one in eight of them" (a part, :data:`PART_OF_WHOLE`'s),
", and one in eight households" (no verb: a list), nor ", and a third of bikes were stolen"
(no place of its own)."""
BYSTANDER_NOUNS = (
    "cashier", "neighbour", "relative", "friend", "daughter", "son", "carer", "grandson",
    "granddaughter", "passer-by", "shopkeeper", "pharmacist", "postman", "worker", "driver",
)  # fmt: skip
"""People a release tells of stepping in after a figure's deed ("before a cashier in Tonbridge
raised the alarm"): :data:`PLACED_BYSTANDER`'s subjects."""
PLACED_BYSTANDER = (
    r"\s+(?:before|after|until|when)\s+(?=(?:a|an|the|her|his|their)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:" + "|".join(BYSTANDER_NOUNS) + r")\s+(?:in|at|from)\s+[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*){0,2}\s+(?:[a-z]+ed|rang|saw|spotted|became|grew)\b)"
)
"""Rule ``placed_bystander``: "before/after/until/when" + a bystander placed by its own place
+ its verb ("handed over £35,000 before a cashier in Tonbridge raised the alarm"): a clause of
that person's place, not the figure's before it (a victim "from Sevenoaks" keeps hers); not
"before officers in Tonbridge arrested him" (the people acting: ``agent-place``'s), "before
a raid in Tonbridge" (no verb), nor "to a cashier in Tonbridge" (no clause of its own)."""
EXPLAINED_BY = (
    r",\s+which\s+(?:the\s+)?(?:[\w’'-]+\s+){1,2}?(?:(?:has|have|had)\s+)?"
    r"(?:puts?|attributes?|attributed|blames?|blamed|credits?|credited)\s+(?:down\s+)?(?=to\s)"
)
"""Rule ``explained_by``: ", which" + who explains the figure + "puts (down) to",
"attributes to", "blames on"-style verbs ("down 8% on 2024, which the company puts down to
more patrols on routes out of London Bridge"): the cause's clause, whose places are not the
figure's; not ", which covers London" (no explaining verb), ", which led to 37 arrests in
Leeds" (``CAUSE``'s shape: what followed)."""
CLAUSE_BREAK = re.compile(
    r"[;:]|\s[–—-]\s|\.\s|,\s+(?:while|whereas|but|although|though(?!,)|when|"
    + RANKING_NEXT
    + r"|and\s+that)\b|"
    + rf"{REPORTED_PRONOUN_CLAUSE}|{THERE_CLAUSE}"
    + "|"
    + NEW_SUBJECT
    + "|"
    + SAME_SUBJECT_VERB
    + "|"
    + SAME_SUBJECT_VERB_PLACED
    + "|"
    + MODAL_SAME_SUBJECT
    + "|"
    + PLAN_CLAUSE
    + "|"
    + PLACED_SUBJECT
    + "|"
    + DETERMINED_SUBJECT
    + "|"
    + PASSIVE_PLACED_SUBJECT
    + "|"
    + PEOPLE_PASSIVE_SUBJECT
    + "|"
    + PART_CLAUSE
    + "|"
    + SHARE_OF_ALL
    + "|"
    + SUBJECT_SHARE_OF_ALL
    + "|"
    + NEW_PLACE
    + "|"
    + FIGURE_SUBJECT
    + "|"
    + SHARE_OF_NOUN_SUBJECT
    + "|"
    + POSSESSED_SUBJECT
    + "|"
    + SHARE_NOUN_SUBJECT
    + "|"
    + LISTED_SUBJECT
    + r"|\s(?:which|that)\s+(?:found|showed|concluded|revealed)\s"
    + "|"
    + PURPOSE
    + "|"
    + PLACED_BYSTANDER
    + "|"
    + EXPLAINED_BY
)
"""Where a clause of a sentence ends: a figure takes the place of its own clause (", when
12 knives were found in Hexham" is the 12's, not the figure's before it; ", and that 29
came from Wigan" is the next of two reported clauses, its place its own; ", followed by
Ripon with 31" opens the next item of a ranked list; "an inspection
which found that waits in Leeds had grown" reports a finding about its own place)."""
AGAINST_AGED_VICTIMS = (
    r"(?!(?:[\w’'-]+\s+){0,2}?(?:aged\s+(?:over\s+|under\s+)?\d{1,3}\b|(?:people|adults|"
    r"residents|pensioners|victims|those|anyone|women|men|children)\s+(?:over|under)\s+"
    r"\d{1,3}\b)(?![,.]?\d|\s*(?:%|per\s*cent)))"
)
"""Rule ``against_aged_victims``: "against" + whom an offence targets, told by their age
("1,147 reports of fraud against people aged 70 and over across Hampshire", "crimes against
those over 65 in Leeds"): no yardstick, so the figure keeps the place after it; not "against
412 the year before", "against a target of 400" (a yardstick's figure), nor "against
people in 12 towns" (no age)."""
AGAINST_YARDSTICK = (
    r",?\s+against\s+"
    + AGAINST_AGED_VICTIMS
    + r"(?=(?:[\w’'-]+\s+){0,4}?(?:£?\d[\d,.]*|average|same|previous|target|figure|"
    r"total|rate|period|quarter|(?:last|this|the)\s+year)\b)"
)
""""against" holding a figure up to a yardstick ("against 412 the year before", "against
the national average"); not "a week of action against knife crime in Bristol" (against
what the action fights: its place stays the figure's)."""
RANKED_YARDSTICK = (
    r",\s+(?:(?:still|well|just|slightly|far)\s+)?(?:below|above|under|higher\s+than|"
    r"lower\s+than|the\s+same\s+as|in\s+line\s+with)\s+"
    r"(?=the\s+(?:[\w’'-]+\s+){0,4}?(?:rate|average|figure|level)\b)|"
    r"(?:(?<=\btwice)|(?<=\bdouble)|(?<=\btimes)|(?<=\bhalf))\s+"
    r"(?=the\s+(?:[\w’'-]+\s+){0,2}?(?:rate|average|figure|level)\b)|"
    r"(?:(?<=\btwice)|(?<=\bdouble)|(?<=\btimes)|(?<=\bhalf)|(?<=\bmore than)|"
    r"(?<=\bfewer than)|(?<=\bless than))\s+(?=the\s+£?\d)"
)
"""", below/above/the same as the rate/average …" holding a figure up to another place's
("88 crimes per 1,000, below the rate for England and Wales of 92": England and Wales is
the 92's, not the 88's; "a rate of 0.4, the same as the rate for Wales"; up to four words
before the noun: "below the England and Wales average of 8.4"), and a multiple of it
("Its rate of 9.1 was twice the Welsh rate": the break stands after "twice", so the
multiple is the figure's side), or of another place's count stated ("Leeds recorded 640
thefts, three times the 210 in Bradford", "…, more than the 210 in Bradford": Bradford is
the 210's); not "below the limit" (no rate or average named), nor "more than 210" (a
qualifier, no count named with "the")."""
MULTIPLE_YARDSTICK_PLACE = (
    r"(?:(?<=\btwice)|(?<=\bdouble)|(?<=\btimes)|(?<=\bhalf))\s+as\s+(?:many|much|high|"
    r"large|great|often)\s+as\s+(?=(?:in|across|at|for|from)\s+(?:the\s+)?(?-i:[A-Z]))"
)
"""A multiple held up to another place's count with "as many as in" (rule
``multiple_yardstick_place``: "In Hull, 31 drivers tested positive, almost twice as many as
in York": York is the yardstick's, the multiple is Hull's); the break stands after
"twice", so the multiple keeps its own side. Not "twice as many as last year" (no place),
nor "twice as many as in 2023" (a year, no capital word)."""
CAUSE = r"\s+(?:has|have|had)\s+(?:led\s+to|prompted|resulted\s+in)\s+(?=(?:a|an|the)\s)"
"""A cause and the thing it brought about ("a shortage of staff in north Powys has led to a
drive offering up to £8,000"): the cause's place is not the figure's of what followed; not
"Operation Kestrel, which has led to 37 arrests" (the operation's own count)."""
YARDSTICK_BREAK = re.compile(
    r",?\s+(?:compared\s+(?:with|to)|versus)\s|"
    + BODY_SUBJECT
    + "|"
    + AGAINST_YARDSTICK
    + "|"
    + RANKED_YARDSTICK
    + "|"
    + STANDARD_YARDSTICK
    + "|"
    + MULTIPLE_YARDSTICK_PLACE
    + "|"
    + CAUSE
    + "|"
    r"\s(?:with|including)\s+(?=\S+\s+of\s+(?:those|these|them)\b)|"
    r",?\s+and\s+(?=(?:a|an)\s+(?:further|additional|extra)\s|another\s)|"
    r",\s+and\s+(?=(?:(?:more\s+than|over|nearly|almost|about|around|some)\s+)?£\d)|"
    rf",\s+(?:and|with)\s+(?={PART_OF}|{SHARE_OF_SUM})|"
    r"(?<=[a-z]s)\s+and\s+(?=(?:(?:more\s+than|over|nearly|almost|about|around|some)\s+)?£\d)|"
    r",\s+with\s+(?=(?:(?:more\s+than|over|nearly|almost|about|around|some)\s+)?[£\d]"
    r"(?![\d,.]*(?:,\s|\.?$)))|"
    r",\s+with\s+(?=(?:most|much|many|some|half|part|the\s+(?:majority|bulk|rest))\s+of\s)|"
    r",\s+with\s+(?=(?:the\s+)?[a-z]+\s+(?:in|from|across)\s+[A-Z][^,.;]{0,60}?\s[a-z]+ing\s)|"
    r",\s+with\s+(?=(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,2}"
    r"(?:\s+(?:branch|team|office|division|district))?\s+[a-z]+ing\s)",
    re.I,
)
"""Where a comparison, a part of a total or a cause's effect (:data:`CAUSE`) starts: "… in the
UK every month, compared with 417 arrests …" (the 417 is not for the UK); "72 arrests with
26 of those made by Gwent Police", "Leeds had 90 of the arrests, with 12 in Otley" (the
part's place is its own); "£90,000, and a further £20,000 for Wrexham"; "386 children, and a
third of them lived in Medway" (a part of the total after ", and": the part's place is its
own); "£620,000 for advisers in Reading, and £180,000 for a helpline" (a sum listed after a
comma has its own place, or none); "45 new officers and £2.1m for a custody suite in Hanley"
(a sum listed after a count has its own place: the officers are not Hanley's); "Kent Police
made 40 arrests, with most of them in Dover" (a part of the whole, worded by a quantifier:
the 40 are Kent's); "arrests doubled, with officers in Wigan making 30 a week" (a clause of
its own people and place doing something: the doubling is not Wigan's; so too "Officers in
Leeds made 310 arrests, with Bradford making 204": a named subject of its own). Not:
"arrests in Kent and Essex"."""

GAPPED_PLACE = re.compile(
    r"(?P<before>[\w,%]+?)\s+and\s+(?=[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,2}\s+"
    r"(?:(?:for|with)\s+)?(?:(?:around|about|some|nearly|almost|over|more\s+than)\s+)?"
    rf"(?:[£\d]|(?i:{WORD_NUMBER})\b))"
)
"""" and" + a place + a count, its verb left out after a count of its own (after a comma:
:data:`LISTED_SUBJECT`):
"Cheltenham recorded 2,410 crimes and Gloucester 3,880", "… and Stroud with 960", "Barrow
saw nine arrests, Kendal six and Ulverston five", "Derby for 31% and Stoke and Trent for
14%" (a place named with "and" in it; the gapped place's clause); read only after a
lower-case word, a number or a percentage ("crimes and", "2,410 and", "31% and"), not
inside a list of places ("in Leeds and Bradford 40 arrests")."""

Spans = tuple[tuple[int, int], ...]

DASHED_GLOSS = re.compile(r"\s[–—-]\s(?:about\s+|around\s+)?£?\d[\d,.]*%?\s[–—-]\s")
"""A count set off by spaced dashes as a gloss of the figure before it ("two thirds of the
reports - 152 - came from …"): its dashes break no clause, as brackets do not."""


@lru_cache(maxsize=4096)
def sentence_breaks(sentence: str) -> tuple[Spans, Spans]:
    """The (start, end) in ``sentence`` of every :data:`CLAUSE_BREAK` (and
    :data:`GAPPED_PLACE`) and of every :data:`YARDSTICK_BREAK` match, in text order."""
    gapped = [
        (m.end("before"), m.end())
        for m in GAPPED_PLACE.finditer(sentence)
        if m.group("before").rstrip("%")[-1:].isdigit() or m.group("before").islower()
    ]
    glosses = [m.span() for m in DASHED_GLOSS.finditer(sentence)]
    clauses = sorted(
        [
            m.span()
            for m in CLAUSE_BREAK.finditer(sentence)
            if not any(start <= m.start() and m.end() <= end for start, end in glosses)
        ]
        + gapped
    )
    yardsticks = [
        m.span()
        for m in YARDSTICK_BREAK.finditer(sentence)
        if not (WITH_BREAK.match(m.group()) and not _FIGURE.search(sentence, 0, m.start()))
    ]
    return (tuple(clauses), tuple(yardsticks))


WITH_BREAK = re.compile(r",\s+with\s", re.I)
"""A part's ", with …" break: it parts a figure from the total before it ("Kent made 40
arrests, with 12 in Dover"), so it is none when no figure stands before it ("Hove was the
only area to see a rise, with 107 casualties": the 107 is Hove's own)."""
_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+third|"
    r"a\s+quarter|half|doubled|tripled)\b",
    re.I,
)
"""A figure's words before a break."""


WITH_PART = re.compile(
    r",\s+with\s+(?:(?:around|about|some|nearly|almost|over|more\s+than|just\s+(?:over|"
    r"under))\s+)?$"
)
"""The end of the words before a share that opens a ", with" clause ("…, with 91% of
victims male"): with no place in its clause, it takes the nearest place of the whole
before it in its sentence."""
