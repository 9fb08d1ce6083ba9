"""Counts that leave their noun unsaid because the count before them said it.

"Officers seized 14 knives in May and 26 in June": the 26 counts knives, as does the 380 of
"460 drivers were caught, against the five-year average of 380". Such a count has no noun
after it; the unit rule ``elided-count`` (:data:`pressfacts.statistics.units.UNIT_RULES`)
gives it the unit of the count before it in its sentence when one of :data:`ELIDED_RULES`
says the words around it elide the noun (each named, reading before and after the number).
"""

from __future__ import annotations

import re

from pressfacts.lexicon.number_words import WORD_NUMBER
from pressfacts.statistics.category_parts import CATEGORY_RULES
from pressfacts.statistics.elided_actions import ACTION_RULES
from pressfacts.statistics.elided_attendance import ATTENDANCE_RULES
from pressfacts.statistics.elided_includings import INCLUDING_RULES
from pressfacts.statistics.elided_lists import LIST_RULES, ROUGHLY, TOPIC_RULES
from pressfacts.statistics.elided_people_acts import PEOPLE_ACT_RULES
from pressfacts.statistics.elided_rankings import RANKED_AT, RANKING_RULES
from pressfacts.statistics.elided_rates import RATE_RULES
from pressfacts.statistics.elided_recipients import RECIPIENT_RULES
from pressfacts.statistics.elided_reported import REPORTED_RULES
from pressfacts.statistics.elided_shares import SHARE_RULES
from pressfacts.statistics.elided_venues import VENUE_RULES
from pressfacts.statistics.elided_votes import VOTE_RULES
from pressfacts.statistics.elided_words import (
    AGE_BOUND_AFTER,
    ANYTHING,
    BRACKET_LABEL,
    CALENDAR,
    CLAUSE_BEFORE,
    CLAUSE_VERB_AFTER,
    COLON_PLACE_GAPPED,
    COMMA_GAPPED_BEFORE,
    CONTENT_BEFORE,
    CONTENT_VERB_AFTER,
    GAPPED_END,
    GAPPED_VERB_BEFORE,
    HAD_DONE_AFTER,
    JUSTICE_STEP,
    NEGATED_PASSIVE_AFTER,
    OBJECT_RELATIVE_AFTER,
    OBJECT_VERB_BEFORE,
    OPEN_STATE_AFTER,
    PARALLEL_VERB_AFTER,
    PARTITIVE_BEFORE,
    PEOPLE_STEP,
    PERIOD_NEXT,
    RANKING_NEXT,
    RELATIVE_PASSIVE_AFTER,
    SHARE_CONTRAST_BEFORE,
    STATE_AFTER,
    WITH_PLACE_GAPPED,
    ElidedRule,
)

ELIDED_RULES: tuple[ElidedRule, ...] = (
    # "14 knives in May and 26 in June", "40 calls last year but 52 this year"; not
    # "14 knives and 26 officers" (a noun of its own), "and 26 were charged"
    ElidedRule(
        "and_then_period",
        re.compile(r"(?:^|[\s,])(?:and|but|while|whereas|against|versus|vs\.?)\s+$", re.I),
        PERIOD_NEXT,
    ),
    # "1,245 arrests (2023/24: 1,102)", "(last year: 1,102)", "(1,102 in 2023)", "(1,102
    # the year before)": the same count of another time, in brackets after it; not "(1,102
    # officers)" (a noun of its own), "(pictured)"
    ElidedRule(
        "bracketed_yardstick",
        re.compile(
            rf"\(\s*(?:{BRACKET_LABEL}\s*)?$",
            re.I,
        ),
        re.compile(r"\s*\)|" + PERIOD_NEXT.pattern + r"[^()]{0,40}\)", re.I),
    ),
    # "fell from 143 in 2023 to 118 in 2024, and there have been 91 so far this year", "…
    # but there were 40 last month", "…, while in Bradford there were 28.", "and between
    # April and June this year there were 98, compared with 161 …", "and so far this year
    # there have been 85" (a span before "there", a comparison after the count): the things
    # counted before counted again (in another place or time); not "and there were 91
    # officers" (a noun of its own), "there have been 91 of them"
    ElidedRule(
        "there_were_again",
        re.compile(
            r"(?:^|[\s,])(?:and|but|while|whereas)\s+(?:(?:in|across)\s+(?:the\s+)?"
            r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3},?\s+)?(?:(?:between|from)\s+[A-Z][a-z]+\s+"
            r"(?:and|to)\s+[A-Z][a-z]+(?:\s+(?:this|last)\s+year|\s+\d{4})?,?\s+|(?:so\s+far\s+)?"
            r"(?:this|last)\s+(?:year|month),?\s+)?there\s+"
            rf"(?:(?:have|has|had)\s+been|were|was)\s+{ROUGHLY}$",
            re.I,
        ),
        re.compile(
            rf"(?:{PERIOD_NEXT.pattern})|\s+(?:so\s+far|since)\b|\s*(?:[.;)]|$)|,\s+(?:compared\s+"
            r"with|against|up|down)\b",
            re.I,
        ),
        whole_clause=True,  # a span before "there" reaches past the 40 characters read
    ),
    *LIST_RULES,
    # "6,031 officers, or 5,874 on a full-time equivalent basis", "1,320 officers, or 1,281
    # FTE": the count before measured another way; not ", or 5,874 staff" (a noun of its
    # own), ", or 25 a day" (a rate: another rule's)
    ElidedRule(
        "or_measured_another_way",
        re.compile(r",\s+or\s+(?:(?:around|about|some|nearly|almost|just\s+over)\s+)?$", re.I),
        re.compile(
            r"\s+(?:on\s+an?\s+(?:[\w-]+\s+){1,4}basis\b|full[-\s]time\s+equivalents?\b|"
            r"(?-i:FTEs?)\b|in\s+full[-\s]time\s+(?:equivalent\s+)?terms\b)",
            re.I,
        ),
    ),
    *SHARE_RULES,
    # "against the five-year average of 380", "above the three-year mean of 41 a year",
    # "the 2019 figure of 380", "against an uplift target of 1,923"; not "an average of 88
    # incidents" (a noun of its own), "a rate of 12"
    ElidedRule(
        "yardstick_of",
        re.compile(
            r"\b(?:average|mean|figure|total|target)(?:\s+(?i:for|in|across)\s+(?:the\s+)?"
            r"(?-i:[A-Z])[\w’'-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w’'-]*){0,3})?\s+of\s+"
            r"(?:around\s+|about\s+|some\s+|nearly\s+)?$",
            re.I,
        ),
        ANYTHING,
    ),
    # "a rate of 81 per 10,000, above the Scottish rate of 74.", "the Wales rate of 5.6",
    # "a force-wide rate of 39", "the rate for England of 4.2": another place's rate
    # closing its clause counts what the rate before it counts; not "a rate of 12" (no
    # place's rate), "the Welsh rate of 5 per 1,000" (a base of its own)
    ElidedRule(
        "place_rate_of",
        re.compile(
            r"\b(?:the|a|an)\s+(?:(?-i:[A-Z])[\w’'-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w’'-]*){0,3}|"
            r"[a-z]+-wide|national|regional)\s+rate\s+of\s+(?:around\s+|about\s+|some\s+)?$|"
            r"\brate\s+(?i:for|in|across)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*"
            r"(?:\s+(?:and\s+)?(?-i:[A-Z])[\w’'-]*){0,3}\s+of\s+$",
            re.I,
        ),
        re.compile(r"\s*(?:[.;:,)]|$)"),
    ),
    # "officers seized 14 vehicles in Leeds, and in Bradford they seized 9.", "arrested 19
    # men in York and arrested 11 in Selby": the verb of the count before said again, the
    # count closing its clause; not "made 140 stops and arrested 27" (another verb: no
    # stops), "seized 9 knives" (a noun of its own)
    ElidedRule(
        "same_verb_again",
        re.compile(
            r"\b(?P<verb>[a-z]{3,}ed|made|caught|found|took)\s+(?:[a-z]+\s+){0,2}\d[\d,]*\s+"
            r"[a-z][^.;:]{0,80}?\s(?P=verb)\s+(?:(?:around|about|some|nearly|almost|over|more\s+"
            r"than|just\s+over|just\s+under)\s+)?$",
            re.I,
        ),
        re.compile(r"\s*(?:[.;:)]|,\s|$)|\s+(?:in|at|across|from)\s+(?:the\s+)?[A-Z]"),
    ),
    # "arrested 64 people and charged 29", "have detained 18 men, charged 11 and cautioned
    # 4 under the scheme", "moved on twenty-three people and arrested four": a later step of
    # justice taken against the people the count before counted (in words too), its noun
    # unsaid; not "made 140 stops and arrested 27" (the count before is no people's step),
    # "charged 29 offences" (a noun of its own)
    ElidedRule(
        "next_justice_step",
        re.compile(
            rf"\b(?:{JUSTICE_STEP}|{PEOPLE_STEP})\s+(?:(?:around|about|some|nearly|almost|over|"
            rf"more\s+than)\s+)?(?:\d[\d,]*|{WORD_NUMBER})(?:\s+[a-z][^.;:]{{0,60}}?)?"
            r"(?:,|,?\s+and)\s+"
            rf"{JUSTICE_STEP}\s+(?:(?:around|about|some|nearly|almost|over|more\s+than)\s+)?$",
            re.I,
        ),
        re.compile(
            r"\s*(?:[.;:)]|,\s|$)|\s+(?:and|in|at|across|from|under|with|over|for|after|"
            r"during|since)\b",
            re.I,
        ),
    ),
    # "checked 1,356 vehicles and seized 48 for having no insurance", "stopped 300 cars and
    # reported 12 for not wearing belts": a later action on some of the things the count
    # before counted, its noun unsaid and its reason after "for" with a gerund; not "seized
    # 48 knives for testing" (a noun of its own), "seized 48 for the third year" (no gerund)
    ElidedRule(
        "next_step_for_reason",
        re.compile(
            r"\b(?:[a-z]{3,}ed|made|caught|found|took)\s+(?:(?:around|about|some|nearly|almost|"
            r"over|more\s+than)\s+)?\d[\d,]*\s+[a-z][^.;:]{0,80}?(?:,|,?\s+and)\s+"
            r"(?:[a-z]{3,}ed|took|caught|sent)\s+(?:(?:around|about|some|nearly|almost|over|"
            r"more\s+than)\s+)?$",
            re.I,
        ),
        re.compile(r"\s+for\s+(?:not\s+)?[a-z]{2,}ing\b", re.I),
        whole_clause=True,
    ),
    # "1,240 thefts in Shropshire, while Worcester saw 280", "and Telford recorded 310.", "while
    # Ross and Ledbury together accounted for roughly 900.", "while Ludlow logged 75 and
    # Bridgnorth 40", "while Dorset obtained 18 and Devon 12", "while Conwy sent 98 and Powys 77"
    # (what was sent in), "recorded 88 and Brighton and Hove 21" (a place holding "and", "of",
    # "upon"), "while crews in Devon carried out 410" (launches, searches), "while Perth
    # registered 341 and Angus 287", "while the North East logged 236 and the West Midlands 201"
    # (a region's article), "with Mansfield recording 97 and Ashfield 84" (the verb's gerund
    # after "with"), "while Leeds accounted for six and Kirklees three" (the next place's count
    # in words), "while Hull accounted for 11 and York for seven" (the gapped "accounted" with
    # its "for" kept), "while Plymouth has 1,240 and Torbay 655" (what a place holds now),
    # "recorded 412 between them", "West Midlands Police held 904 and Gwent Police 86" (custody
    # counts: held, detained): a level verb and the count closing the
    # clause, or followed by another place's gapped count; not "saw 280 people" (a noun),
    # "saw 280 in May" (and_then_period's), "recorded 97 and officers" (no place named)
    ElidedRule(
        "level_at_end",
        re.compile(
            r"\b(?:saw|recorded|reported|logged|had|has|have|made|accounted\s+for|obtained|secured|"
            r"received|issued|handled|took|registered|detected|sent|submitted|carried\s+out|"
            r"conducted|held|detained|(?:recording|reporting|logging|registering|accounting\s+for))"
            r"\s+(?:(?:around|about|"
            r"roughly|some|nearly|almost|over|more\s+than|just\s+over|just\s+under)\s+)?$",
            re.I,
        ),
        re.compile(
            r"(?:\s+between\s+them)?\s*(?:[.;:)]|,\s|$)|\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*"
            r"(?:\s+(?:(?:and|of|upon)\s+)?[A-Z][\w’'-]*){0,4}\s+(?:for\s+)?"
            rf"(?:\d|{WORD_NUMBER}\b)"
        ),
    ),
    # "sold 5,200 tickets last year, about 100 a week", "… – equivalent to more than 9 a
    # day", "…, the equivalent of about 52,000 a day": the same count restated as a rate;
    # not "100 a week of action" (a noun follows), "a week later" (no rate)
    ElidedRule(
        "restated_rate",
        re.compile(
            r"(?:,|\s[–—-])\s+(?:(?:equivalent\s+to|(?:the\s+)?equivalent\s+of|that\s+is|"
            r"which\s+is|or)\s+)?"
            r"(?:(?:around|about|roughly|some|nearly|almost|over|just\s+over|"
            r"more\s+than|up\s+to|an\s+average\s+of|on\s+average)\s+)?$",
            re.I,
        ),
        re.compile(
            r"\s+(?:a|per|every|each)\s+(?:day|week|month|year)(?:\s+on\s+average)?"
            r"\s*(?:[.,;:]|$)",
            re.I,
        ),
    ),
    *RATE_RULES,
    *INCLUDING_RULES,
    # "1,385 offences in the year to March, of which 402 involved …", "310 arrests, of
    # whom around 40 were women": a part of the count before, its verb right after; not
    # "of which 402 children were …" (a noun of its own)
    ElidedRule(
        "of_which_part",
        re.compile(
            r"\b(?:of|among|amongst)\s+(?:which|whom)\s+(?:(?:around|about|some|nearly|almost|"
            r"over|more\s+than|just\s+over|just\s+under)\s+)?$",
            re.I,
        ),
        re.compile(
            r"\s+(?:were|was|are|is|have|has|had|will|remain|came|took|went|led|[a-z]+ed)\b"
        ),
    ),
    # "… while Slough and Reading took 44 and 39 respectively", "… saw 12 and 9,
    # respectively": counts paired with places listed before them, their noun left out;
    # not "took 44 officers and 39 respectively" (a noun of its own)
    ElidedRule(
        "respectively",
        re.compile(r"(?:\b[a-z]+|\d)\s+(?:and\s+)?$"),
        re.compile(r"(?:\s+and\s+[\d,.]+)?,?\s+respectively\b"),
    ),
    # "Hove had the most arrests, with 40, followed by Lewes with 31, Crawley with 18 and
    # Worthing with 12": a place and "with" before each count of a ranked list; not
    # "Lewes with 31 officers" (a noun of its own), "and officers with 31" (no name)
    ElidedRule(
        "place_with",
        re.compile(
            r"(?:\b"
            + RANKING_NEXT
            + r"|,|(?i:and))\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
            r"\s+(?i:with)\s+(?i:(?:around|about|some|nearly|almost|over|more\s+than)\s+)?$"
        ),
        re.compile(r"\s*(?:[.;)]|,\s|\s+and\s|$)"),
    ),
    # "made 310 arrests in May, with Bradford making 204", "with the Dundee branch taking
    # 850": another named subject's count after "with" and a verb in -ing; not "with
    # Bradford making 204 arrests" (a noun of its own), "with officers making 204" (no name)
    ElidedRule(
        "with_place_verbing",
        re.compile(
            r"\b(?i:with)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
            r"(?:\s+(?:branch|team|office|division|district))?\s+[a-z]+ing(?:\s+(?:for|up))?\s+"
            r"(?i:(?:around|about|some|nearly|almost|over|more\s+than|just\s+over)\s+)?$"
        ),
        re.compile(r"\s*(?:[.;)]|,\s|\s+and\s|$)"),
    ),
    # "Leeds accounted for 312 of the thefts and Bradford for 287.", "Hull had 40 calls,
    # and York 25", "… and Knowsley 31 between them": the verb gapped after a named
    # subject after "and" (a named line, station or ward too: "The Jubilee line accounted
    # for 90 of them and the Victoria line for 61", "… and Leeds's Gipton ward 16", a named
    # branch, team or office: "and the Cardiff branch 8,420"; after a comma:
    # comma_gapped_verb); not "and Bradford for 287 drivers" (a noun of its own), "and
    # officers for 287" (no name)
    ElidedRule(
        "gapped_verb",
        GAPPED_VERB_BEFORE,
        re.compile(r"\s*(?:[.;)]|,\s|$)|\s+and\s+(?-i:[A-Z])|\s+between\s+them\b"),
    ),
    # "Pedestrians accounted for 402 deaths and motorcyclists for 331", "Laptops were taken
    # in 61 burglaries, and phones in 44", "drew the device on 348 occasions and fired it
    # on 31": the verb (or, with an object pronoun, the noun) gapped before a repeated
    # preposition, after a subject of its own, named or not; not "and motorcyclists for 331
    # deaths" (own noun), "and for 331" (no subject), "… and phones for 44" (another one)
    ElidedRule(
        "gapped_preposition",
        re.compile(
            r"\b(?P<prep>for|in|from|at|on)\s+(?:(?:around|about|some|nearly|almost|over|more\s+"
            r"than)\s+)?£?\d[\d,.]*(?:\s+[a-z-]+){1,3},?\s+and\s+(?:the\s+)?[A-Za-z][\w’'-]*"
            r"(?:\s+(?:it|them|one))?"
            r"\s+(?P=prep)\s+(?:(?:around|about|some|nearly|almost|over|more\s+than)\s+)?$",
            re.I,
        ),
        re.compile(r"\s*(?:[.;)]|,\s|$)|\s+and\s"),
    ),
    *ACTION_RULES,
    *TOPIC_RULES,
    *RECIPIENT_RULES,
    *RANKING_RULES,
    *CATEGORY_RULES,
    *VENUE_RULES,
    *ATTENDANCE_RULES,
    *VOTE_RULES,
    *PEOPLE_ACT_RULES,
    # "In Hull, officers made 410 arrests; in York and Selby, 260; and in Goole, 95", "In
    # Scotland, 148 people were killed, and in Wales 97.": another item of the list that
    # opens on its place (after a semicolon, a comma or "and"), its noun and verb gapped;
    # not "; in York, 260 officers" (a noun of its own), "and in May 40" (a month is no
    # place: and_then_period's)
    ElidedRule(
        "place_led_item",
        re.compile(
            r"(?:[;,]\s+(?:(?i:and)\s+)?|(?:^|\s)(?i:and)\s+)(?i:in|across|within|for)\s+"
            r"(?:the\s+)?(?!" + CALENDAR + r")[A-Z][\w’'-]*"
            r"(?:\s+(?:and\s+|upon\s+)?[A-Z][\w’'-]*){0,3},?\s+"
            r"(?i:(?:around|about|some|nearly|almost|over|more\s+than)\s+)?$"
        ),
        re.compile(r"\s*(?:[.;)]|,\s|$)"),
    ),
    # "the highest rate was in Hull, at 7.2 per 1,000, followed by York at 6.1": the next
    # member of a ranking, its noun gapped ("followed by York with 6" is place_with's; "ahead
    # of Burnley on 198 and Lancaster on 151": RANKING_NEXT, another member after it); not
    # "followed by York at 6pm" (a time)
    ElidedRule(
        "followed_by_at",
        re.compile(
            r"\b"
            + RANKING_NEXT
            + r"\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3}"
            r"\s+(?:at|on)\s+(?:(?:around|about|nearly|almost|just\s+over)\s+)?$"
        ),
        re.compile(r"\s*(?:[.;,)]|$)|\s+and\s+(?:the\s+)?[A-Z]"),
    ),
    # "Leeds accounted for 312 of them, Bradford for 287", "York recorded 900 thefts, Selby
    # 310 and Tadcaster 95.": the verb gapped after a named subject listed after a comma
    # (", Ripon with 9": place_with); not ", Bradford for 287 drivers", "In May, 40"
    ElidedRule(
        "comma_gapped_verb",
        COMMA_GAPPED_BEFORE,
        re.compile(r"\s*(?:[.;)]|,\s|$)|\s+and\s+(?:the\s+)?(?-i:[A-Z])|\s+between\s+them\b"),
    ),
    # the first of a gapped list after "with" or a colon: ", with Bradford 301 and …"
    ElidedRule("with_place_gapped", WITH_PLACE_GAPPED, GAPPED_END),
    ElidedRule("colon_place_gapped", COLON_PLACE_GAPPED, GAPPED_END),  # "arrests: Hull 18, …"
    RANKED_AT,  # "…, while Selby recorded the fewest, at 95." (elided_rankings)
    # "Leeds accounted for almost half of them, with 2,087.", "a third of all thefts, at
    # 410": a share restated as its count after a comma; not "half of them, with 20
    # officers" (a noun of its own), "half of them, with 2024" (a year is no count)
    ElidedRule(
        "share_then_count",
        re.compile(
            r"\b(?:half|thirds?|quarters?|fifths?|tenths?|per\s*cent|%)\s+of\s+"
            r"(?:them|these|those|(?:all\s+)?(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?),\s+(?:with|at)\s+"
            r"(?:(?:around|about|some|nearly|almost|over|more\s+than|just\s+over)\s+)?$",
            re.I,
        ),
        re.compile(r"\s*(?:[.;)]|,\s|$)"),
    ),
    # "41 were charged and a further nine were released on bail", "and a further 48 between
    # July and September", "accounted for a further 38 between them", "…, and in Ripon a
    # further 14.": more of the count before; not "a further nine officers", "nine days"
    ElidedRule(
        "further_part",
        re.compile(
            r"\b(?:a\s+further|another|an?\s+(?:additional|extra)|the\s+(?:other|remaining))\s+"
            r"(?:(?:around|about|some|nearly|almost|over|more\s+than)\s+)?$",
            re.I,
        ),
        re.compile(
            r"\s+(?:were|was|are|is|have|had|has|will|remain|remained|planned|due|expected|"
            r"scheduled|earmarked)\b|\s+(?:between|among|amongst)\s+them\b|\s*(?:[.;)]|$)|"
            + PERIOD_NEXT.pattern,
            re.I,
        ),
    ),
    *REPORTED_RULES,
    # "rose to 950, up from 2024, when 812 were reported", "…, compared with last year,
    # when 1,364 were recorded": the count of the earlier time a "when" clause states,
    # its participle right after; not ", when 812 officers were …" (a noun of its own),
    # ", when 40 said …" (no participle)
    ElidedRule(
        "when_then_count",
        re.compile(
            r",\s+when\s+(?:(?:around|about|some|nearly|almost|over|more\s+than|just\s+over|"
            r"just\s+under)\s+)?$",
            re.I,
        ),
        re.compile(
            r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:[a-z]+ed|made|seen|taken|found)\b"
        ),
    ),
    # "Of the 30 victims, 21 were British and nine were from Poland", "Twelve people
    # were arrested and five cautioned", "47 people were killed and 388 seriously injured"
    # (an adverb before the gapped participle): a clause parallel to the count's before it, whose
    # verb follows its count; not "seized 14 knives and 26 were handed in" (the count
    # before is no subject), "21 were charged and nine officers …" (a noun of its own)
    ElidedRule(
        "parallel_subject",
        re.compile(
            rf"(?:^|[\s,])(?:\d[\d,]*|{WORD_NUMBER})(?:\s+[a-z]+)?\s+(?:were|was|have\s+been|"
            r"had\s+been)\s+[^.;:]{1,60}?,?\s+and\s+$",
            re.I,
        ),
        re.compile(
            r"\s+(?:were|was|have\s+been|had\s+been)\b|\s+(?:[a-z]{3,}ly\s+)?(?!and\b)[a-z]+ed\b",
            re.I,
        ),
    ),
    # "officers recovered 94 weapons, while 41 were seized in Edinburgh", "stopped 400
    # drivers, but only 3 were arrested", "recruited 300 officers, while 190 left": a
    # clause after "while/but/and" whose subject is a count of the things just counted,
    # its verb a passive or one of leaving or joining; not ", while 41 officers were …" (a
    # noun of its own), ", and 41 were there" (no participle), ", while 41 said" (no
    # leaving); "accounting for 3,240 of them, while 1,118 were for weapons": what the
    # part was for or about, told in place of the participle
    ElidedRule("clause_passive", CLAUSE_BEFORE, CLAUSE_VERB_AFTER),
    # "…, and 19 who were being sexually exploited": a part of them told by a relative passive
    ElidedRule("relative_passive", CLAUSE_BEFORE, RELATIVE_PASSIVE_AFTER),
    # "stopped 340 lorries and seized 19 that were overloaded", "checked 212 vans and found
    # 37 that had no MOT": the object of a second verb, which of the things just counted
    # it took told by a relative clause; not "and seized 19 cars that …" (a noun of its
    # own), "and seized 19 that day" (no relative clause)
    ElidedRule("object_relative", OBJECT_VERB_BEFORE, OBJECT_RELATIVE_AFTER),
    # "…, and 212 were never claimed", "but 40 have not been charged": the same, negated
    ElidedRule("clause_negated_passive", CLAUSE_BEFORE, NEGATED_PASSIVE_AFTER),
    # "…, and 356 were homeless", "while 40 were still unemployed": a state of a part of them
    ElidedRule("clause_state", CLAUSE_BEFORE, STATE_AFTER),
    # "…, and 534 were still active on 31 March", "while 18 remain open": still running
    ElidedRule("clause_open_state", CLAUSE_BEFORE, OPEN_STATE_AFTER),
    # "Two in five of them were 15 to 17, and 23 were under 14", "…, while 9 were over 65":
    # a part of the people just counted, told by its age bound; not ", and 23 were under
    # 2,000" (no age), ", and 23 officers were under 30" (a noun of its own)
    ElidedRule("clause_age_bound", CLAUSE_BEFORE, AGE_BOUND_AFTER),
    # "Seven of them were keeping footage too long, and three had no way of tracking it"
    ElidedRule("parallel_partitive", PARTITIVE_BEFORE, PARALLEL_VERB_AFTER),
    # "…, while ten had their orders revoked": what was done to them, "had their … revoked"
    ElidedRule("clause_had_done", CLAUSE_BEFORE, HAD_DONE_AFTER),
    # "412 reports …, and 38 described a needle", "but 22 related to door staff": what the
    # reports or calls just counted told of; not ", and 38 officers described" (own noun)
    ElidedRule("clause_content", CONTENT_BEFORE, CONTENT_VERB_AFTER),
    # "Around seven in ten of the assaults were verbal abuse, while 61 involved violence":
    # another part of the whole a share was of, in a contrast; not "…, while 61 officers
    # involved" (a noun of its own), "4,310 callers disclosed …, while 1,270 described …"
    # (no share's whole: ``clause_content`` leaves ", while" out)
    ElidedRule(
        "share_contrast_content", SHARE_CONTRAST_BEFORE, CONTENT_VERB_AFTER, whole_clause=True
    ),
    # "19 incidents in the county, out of 128 across England", "…, out of around 900
    # nationally": the whole the count before is a part of, where it was counted; not
    # "out of 128 officers" (a noun of its own), "out of 10" (a score: no place)
    ElidedRule(
        "out_of_whole",
        re.compile(
            r",\s+out\s+of\s+(?:(?:around|about|some|nearly|almost|over|more\s+than|just\s+"
            r"over)\s+)?$",
            re.I,
        ),
        re.compile(
            r"\s+(?:(?:in|across|throughout)\s+(?:the\s+)?(?-i:[A-Z])|nationally\b|"
            r"(?:(?:in|across|throughout)\s+)?the\s+(?:country|county|region|force\s+area|UK)\b)",
            re.I,
        ),
    ),
)
"""The ways a count elides its noun, tried in order."""


def elided_rule(before: str, after: str, clause: str | None = None) -> str | None:
    """The rule by which the count between ``before`` and ``after`` (its sentence's words)
    elides its noun, or None; ``clause``: the sentence before it, for far-reaching rules."""
    for rule in ELIDED_RULES:
        if not rule.after.match(after):  # anchored, so cheaper than the search before it
            continue
        words = clause if rule.whole_clause and clause is not None else before
        if rule.before.search(words):
            return rule.name
    return None
