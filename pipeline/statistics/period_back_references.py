"""Sentence openings that speak of the figures stated just before (back-references).

A sentence that opens with one of :data:`BACK_REFERENCE_RULES` and states no period of its
own takes the main period of the nearest of the few sentences before it that states one
(:meth:`pressfacts.statistics.period_context.DocumentPeriods.back_reference`): "That is an
average of …", "Nearly one in three …", "Officers also …", "They included …", "The budget
pays for …".
"""

from __future__ import annotations

import re

from pressfacts.findings import PeriodFinding
from pressfacts.lexicon.lists import BULLET
from pressfacts.statistics.back_reference_openings import OPENINGS, PAYS_FOR, SAID_BEFORE, WENT_ON
from pressfacts.statistics.period_budget_years import YEARLY_WHOLE, budget_span

_SHARE = (
    r"(?:(?:one|two|three|four|five|\d+)\s+in\s+(?:every\s+)?\w+|half|(?:a|one|two)[-\s]"
    r"(?:third|quarter|fifth|sixth|eighth|tenth)s?|three[-\s]quarters|"
    r"\d+(?:\.\d+)?\s*(?:%|per\s*cent)\s+of|(?:six|seven|eight|nine)\s+in\s+(?:every\s+)?\w+\s+of)"
)
"""A share of the figures just stated (rule ``share_of_them``); a count word from six to
nine only with "of" ("Nearly nine in ten of the victims were boys"), not "Seven in ten
children on the scheme said …" (a share of a group of its own)."""
_ABOUT = (
    r"(?:(?:nearly|almost|about|around|roughly|some|over|more\s+than|less\s+than|"
    r"just\s+(?:over|under))\s+)?"
)
"""A back-reference's qualifier ("Nearly a third …"; rule ``some_share``: "Some 47% of all …",
"some" read as "around" is)."""
NATIONAL_WHOLE = (
    r"\s+(?:[\w'’-]+\s+){1,2}?(?:nationally|nationwide|(?:on|in|across)\s+(?:the\s+)?"
    r"(?:UK|United\s+Kingdom|(?:Great\s+)?Britain)(?:['’]s)?)\b"
)
"""Guard ``national_whole`` of ``share_in_part``: a share whose whole is placed in the whole
country ("a factor in one in eight deaths on UK roads", "in one in five crashes nationally"):
a national whole of its own, not the local figures just stated; not a single nation ("one in
eight crimes in Scotland" after Police Scotland's figures: the release's own area)."""
_PLACE_KIND = (
    r"(?:policing\s+district|council\s+area|local\s+authority\s+area|police\s+division|"
    r"division|district|borough|area|region)"
)
"""What a place is, said after its name: "the Newport policing district", "the Fife
council area"."""
PLACE_BODY_ACTION_VERBS: tuple[str, ...] = (
    "arrested", "charged", "seized", "recovered", "disrupted", "closed\\s+down", "dismantled",
    "safeguarded", "identified", "supported", "referred", "stopped", "searched", "executed",
    "carried\\s+out", "dealt\\s+with", "helped",
)  # fmt: skip
"""What a force or charity did, in the past tense, that ``place_body_recorded`` reads as a
place's part of the figures just stated ("In Oldham, officers disrupted 14 county lines");
a verb of the present or the perfect ("have arrested") states no part of a span before."""
_LISTED = r"(?:,\s+[\w'’-]+(?:\s+[\w'’-]+){0,2})+,?\s+(?:and|or)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}"
"""The rest of a subject that lists what it holds, after its first item: ", quad bikes and
tools" of "Thefts of farm machinery, quad bikes and tools made up …"."""
BREAKDOWN_TRAITS = (
    r"age(?:\s+group)?|gender|sex|region|nation|area|county|force|ethnicity|platform|type|"
    r"category"
)
"""The traits figures are broken down by ("By age, …", "Burglaries by county:")."""
BACK_REFERENCE_RULES: dict[str, re.Pattern[str]] = {
    # "That is an average of 88 a day", "This represents 12% of all calls", "That makes Asian
    # men 2.1 times more likely"; not "That is why …", "This is because …" (a reason told)
    "that_is": re.compile(
        r"\W{0,3}(?:that|this|it)\s+(?:is|was|represents|represented|means|meant|makes|made|"
        r"equates\s+to|amounts\s+to)\b(?!\s+(?:why|how|because|what)\b)",
        re.I,
    ),
    # "Nearly one in three involved …", "More than half of the calls …", "40% of them …";
    # not "Around 38% of the force's budget …" (a whole a body has, not the figures)
    "share_of_them": re.compile(
        rf"\W{{0,3}}{_ABOUT}{_SHARE}\b(?!\s+(?:of\s+)?(?:the\s+)?[\w-]+['’]s?\s|{YEARLY_WHOLE})",
        re.I,
    ),
    # "Officers also seized 12 cars"; not "She also said …", nor "The force has also
    # trained 900 staff" (the present perfect: done by now, not within the span before),
    # nor "It also employs 400 staff" (the present: how things stand now); an aside may
    # stand between the subject and "also" ("The week, run with Gwent Police, also saw …")
    "continued_also": re.compile(
        r"\W{0,3}(?:[\w'’-]+\s+){0,2}(?!(?:has|have)\s)[\w'’-]+(?:,[^,.]{1,80},)?\s+also\s+"
        r"(?!said|says|told|added|warned|urged|appealed|"
        r"called|thanked|praised|[a-z]*[^\Ws]s\b|has\b|is\b|are\b|have\b)[a-z]+",
        re.I,
    ),
    # "The budget pays for 120 officers", "The scheme will also fund 40 places": what a plan
    # stated with its year pays for (a sum's: ``the_sum_pays``); not "The budget was set"
    "the_plan_pays": re.compile(
        SAID_BEFORE + r"(?:the|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?:budget|precept|plan|scheme|"
        r"settlement|investment)" + PAYS_FOR,
        re.I,
    ),
    # "Alcohol was a factor in 44% of the cases", "Knives were found in almost seven in ten
    # searches": a share of the figures just stated (the share of a named whole: "of the",
    # "of them"), inside its sentence; not "in 40% of the force's stations" (a whole a
    # body has), nor "in a third of offences nationally" (a whole of its own), nor "in one in
    # eight deaths on UK roads" (a whole placed in the nation: guard ``national_whole``)
    "share_in_part": re.compile(
        rf"\W{{0,3}}(?:[\w'’-]+,?\s+){{1,12}}?(?:in|for)\s+{_ABOUT}(?:(?:one|two|three|four|five|"
        rf"six|seven|eight|nine|\d+)\s+in\s+(?:every\s+)?\w+\b(?!\s+of\b|{NATIONAL_WHOLE})|{_SHARE}(?!{YEARLY_WHOLE})\s+(?:of\s+)?"
        rf"(?:the|these|those|them)\b)"
        rf"(?!\s+(?:of\s+)?(?:the\s+)?[\w-]+['’]s?\s)",
        re.I,
    ),
    # "Vans made up around a third of the vehicles stolen", "Shed break-ins accounted
    # for 40% of them": a share of the total stated before, its subject first; not
    # "Vans made up the rest" (no share)
    # "Calls about scams, most of them by phone, made up a third": a subject of up to six
    # words, with an aside between commas; "Quad bike thefts made up £410,000 of the
    # total": an amount of the total; "Thefts of farm machinery, quad bikes and tools made
    # up nearly a third of them": a subject that lists what it holds (``_LISTED``)
    # "Car theft remained the most common crime, accounting for 40% of reports", "Men
    # were the largest group, at about a third of all callers": the share told after a
    # comma (a participle, or "at"), the subject's clause first; "Vans were used in 410
    # thefts, roughly a third of the total": a count's share told after it
    "share_made_up": re.compile(
        rf"\W{{0,3}}(?:(?:[\w'’-]+\s+){{0,5}}?[\w'’-]+(?:,[^,.]{{1,80}},|{_LISTED})?\s+"
        rf"(?:made\s+up|accounted\s+for|represented)|(?:[\w'’-]+\s+){{1,8}}?[\w'’-]+,\s+"
        rf"(?:making\s+up|accounting\s+for|representing|at)|"
        rf"(?:[\w'’-]+(?:,[\w'’-]+)*,?\s+){{1,14}}?\d[\d,]*\s+[a-z-]+,)\s+{_ABOUT}(?:{_SHARE}\b|"
        r"£?\d[\d,.]*(?:\s*(?:m|million|bn|billion|k)\b)?\s+of\s+(?:the|them|these|those)\b)",
        re.I,
    ),
    # "Hull accounted for 612 of them", "Leeds and Bradford together accounted for 900
    # calls", "The Newport policing district accounted for 80" (a place's kind after its
    # name): a named part's count of the total just stated; not "Hull accounted for the
    # rest" (no count)
    "named_part_accounted": re.compile(
        rf"\W{{0,3}}(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:and\s+)?(?:the\s+)?(?-i:[A-Z])[\w'’-]*)"
        rf"{{0,3}}(?:\s+{_PLACE_KIND})?\s+(?:together\s+|alone\s+)?accounted\s+for\s+{_ABOUT}£?\d",
        re.I,
    ),
    # "Financial abuse accounted for 1,204 concerns", "Shed break-ins accounted for 96":
    # a kind's count of the total just stated, its subject in lower-case words after the
    # first; not "Financial abuse accounted for most of them" (no count)
    "kind_part_accounted": re.compile(
        rf"\W{{0,3}}(?-i:[A-Z])[a-z'’-]+(?:\s+(?-i:[a-z])[\w'’-]*){{0,3}}\s+accounted\s+for\s+"
        rf"{_ABOUT}£?\d",
        re.I,
    ),
    # "In Cardiff alone, 204 referrals were made", "At HMP Leeds alone, …", "Bangor alone
    # made 41 arrests", "Llandudno's station alone took in 30 knives": a place's part of
    # the figures just stated, "alone" marking it a part of that total; not "Bangor alone
    # has a walk-in centre" (no count after it)
    "place_alone": re.compile(
        r"\W{0,3}(?:(?:in|across|within|at)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+[\w’'-]+){0,8}?\s+"
        r"alone\s*,|(?-i:[A-Z])[\w'’-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’-]*){0,3}"
        r"(?:['’]s?(?:\s+[a-z-]+){1,2})?\s+alone\s+(?:[a-z]+\s+){1,3}?" + _ABOUT + r"£?\d)",
        re.I,
    ),
    # "By age, …", "Broken down by region, …": the figures just stated, split by a trait
    "by_breakdown": re.compile(
        rf"\W{{0,3}}(?:(?:broken\s+down|split|looked\s+at)\s+)?by\s+(?:{BREAKDOWN_TRAITS})\s*,",
        re.I,
    ),
    # "In the North East, Northumbria Police recorded 341 …", "In Wales, forces logged
    # 486 …", "Across the region, the four forces had 9,000 …": the figures just stated,
    # told for a place by the body that counted them; a level verb of counting after a
    # place opening; "In Rochdale, officers seized 12 …", "In Oldham, detectives
    # safeguarded 40 …": the same with a verb of what the body did
    # (:data:`PLACE_BODY_ACTION_VERBS`); "In the Tayside division, which covers Angus,
    # Dundee and Perth, officers dealt with 90 …": a place's kind and what it covers
    # between the place and its comma
    "place_body_recorded": re.compile(
        r"\W{0,3}(?:in|across|within)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?:and\s+)?"
        r"(?-i:[A-Z])[\w’'-]*){0,3}" + rf"(?:\s+{_PLACE_KIND})?" + r"(?:,\s+(?:which|that)\s+"
        r"(?:covers|includes|takes\s+in|spans)\s+[^,.;:]{3,60}(?:,\s+[^,.;:]{3,60}){0,3})?"
        r",\s+(?:[\w’'-]+\s+){1,4}?(?:recorded|logged|received|"
        r"reported|made|handled|took|saw|had|(?<!\bhas\s)(?<!\bhave\s)(?<!\bwill\s)"
        rf"(?:{'|'.join(PLACE_BODY_ACTION_VERBS)}))\s+"
        r"(?:(?:around|about|nearly|almost|over|more\s+than)\s+)?£?\d",
        re.I,
    ),
    # "The national rate was 529 per 10,000", "Dundee's rate of 846 …", "Its rate of 9.4",
    # "In Angus the rate was 388", "Across the prisons of the North region, the rate was
    # 71", "The rate of thefts from shops stood at 12", "The arrest rate, the share of stops
    # that led to an arrest, was 14%": the rate of the figures just stated, told for a place
    # or the country; not "The rate of arrests rose in May" (no figure after it); "Vans
    # were stolen at a rate of 4.1 per 1,000": the same rate in the sentence's own words
    "the_rate_was": re.compile(
        r"\W{0,3}(?:(?:[\w'’-]+\s+){1,10}?at\s+a\s+rate\s+of\s+\d|"
        r"(?:(?:in|across|within)\s+(?:the\s+)?(?:[a-z]+\s+of\s+(?:the\s+)?)?(?-i:[A-Z])[\w’'-]*(?:\s+(?:and\s+)?"
        r"(?-i:[A-Z])[\w’'-]*){0,3}(?:\s+(?:region|area|force\s+area|county))?,?\s+)?(?:the\s+(?:[a-z-]+\s+){0,2}?|(?:its|their)\s+|(?-i:[A-Z])[\w’'-]*"
        r"(?:\s+(?:and\s+)?(?-i:[A-Z])[\w’'-]*){0,3}['’]s?\s+)rate(?:\s+of\s+[a-z]+(?:\s+[a-z]+){0,3}?(?=\s+(?:was|is|stood)\b))?(?:,[^,.]{3,100},)?\s+"
        r"(?:was|is|of|stood\s+at)\s+"
        r"(?:(?:around|about|nearly|almost|over|more\s+than|just\s+(?:over|under))\s+)?\d)",
        re.I,
    ),
    # "The average time to answer a call was six seconds", "In Hull the average was 14
    # minutes", "Response times across the county averaged nine minutes": an average of
    # the things just counted, told for the same span or for a place of it; not "The
    # average fell in May" (no average's value after it), "an average of 40 a day, …"
    # (no sentence opening)
    "the_average_was": re.compile(
        r"\W{0,3}(?:(?:in|across|at)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?:and\s+)?"
        r"(?-i:[A-Z])[\w’'-]*){0,3},?\s+)?(?:the\s+average\s+(?:[\w’'-]+\s+){0,6}?"
        r"(?:was|were|is|stood\s+at)|(?:[\w’'-]+\s+){1,8}?averaged)\s+"
        + _ABOUT
        + r"(?:£?\d|[a-z]+\s)",
        re.I,
    ),
    # "Measured as full-time equivalents (FTE), the force had 2,041", "Counted by headcount,
    # …", "In full-time equivalent terms, …": the stock just stated, measured another way;
    # not "Measured against 2019, …" (a yardstick)
    "measured_as": re.compile(
        r"\W{0,3}(?:(?:measured|counted|expressed)\s+(?:as|by|in)\s+|in\s+)(?:the\s+)?"
        r"(?:full[-\s]time\s+equivalents?|FTE|headcount)\b",
        re.I,
    ),
    # "London had the lowest, 3.1 per 10,000", "Hull saw the highest rate, at 7.2", "Fife
    # again had the highest rate" (an adverb between), "The
    # highest rate was in Hull", "The highest number of arrests came in Plymouth (52)", "The
    # Midlands was the worst-hit region, with …": a place
    # ranked among the figures just stated; not "Hull was the worst place to live" (no
    # kind of area ranked)
    "ranked_place": re.compile(
        r"\W{0,3}(?:(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w’'-]*){0,3}\s+"
        r"(?:(?:again|also|still)\s+)?(?:(?:had|saw|recorded|reported|logged)\s+the\s+(?:highest|lowest|most|fewest|"
        r"largest|smallest)\b|(?:was|were|remained)\s+the\s+(?:worst|hardest|least|most|"
        r"best)[-\s](?:hit|affected)\s+(?:region|nation|county|area|district|force(?:\s+area)?)"
        r"\b)|the\s+(?:highest|lowest|largest|smallest)\s+(?:rate|number|total|share|"
        r"proportion)(?:\s+of\s+[a-z-]+)?\s+(?:was|were|came)\s+(?:recorded\s+)?(?:in|at|from)\b)",
        re.I,
    ),
    # "Rural theft in Wales cost £3.9m", "Fly-tipping in Powys totalled 410 cases": what
    # the figures just stated measure, told for a place; not "Repairs in Ripon will cost
    # £4,000" (what is to come), "Theft in Wales cost farmers dear" (no figure)
    "measure_in_place_cost": re.compile(
        r"\W{0,3}(?-i:[A-Z])[a-z-]+(?:\s+[a-z-]+){0,3}?\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*"
        r"(?:\s+(?:and\s+)?(?-i:[A-Z])[\w’'-]*){0,3}\s+(?:cost|totalled|came\s+to|"
        r"amounted\s+to)\s+" + _ABOUT + r"£?\d",
        re.I,
    ),
    # "Searches for weapons had the highest find rate, at 31%", "Stops of vans saw the
    # lowest": a part of the things just counted (a plural noun and what it is for or of),
    # ranked; not "Officers had the most …" (no part named)
    "ranked_part": re.compile(
        r"\W{0,3}(?-i:[A-Z])[a-z-]+s\s+(?:for|of|involving)\s+(?:[a-z-]+\s+){1,2}?"
        r"(?:had|saw|recorded|showed)\s+the\s+(?:highest|lowest|largest|smallest)\b",
        re.I,
    ),
    # "Investment fraud accounted for the largest losses, at £5.6m", "Shoplifting made up
    # the biggest share": a kind of the things just counted, ranked by how much of them it
    # was; not "Officers accounted for 40 arrests" (no ranking)
    "part_accounted_most": re.compile(
        r"\W{0,3}(?-i:[A-Z])[\w-]*(?:\s+[a-z-]+){0,3}\s+(?:accounted\s+for|made\s+up|"
        r"was\s+responsible\s+for)\s+the\s+(?:largest|biggest|highest|greatest|most|smallest|"
        r"lowest)\b",
        re.I,
    ),
    # "Across the English regions, …", "Across the four nations, …", "Among the 43
    # forces, …": the figures just stated, split by place
    "across_the_breakdown": re.compile(
        r"\W{0,3}(?:across|among|of)\s+the\s+(?:[\w-]+\s+){0,2}?(?:regions|nations|countries|"
        r"forces|force\s+areas|counties|local\s+authorities|council\s+areas|areas)\s*,",
        re.I,
    ),
    # "Where the age of the victim was recorded, …", "Where gender was known, …": the
    # figures just stated, among those whose trait was recorded
    "where_recorded": re.compile(
        r"\W{0,3}where\s+(?:the\s+|a\s+|their\s+)?(?:[\w'’-]+\s+){0,5}?(?:was|were|is|are|"
        r"had\s+been)\s+(?:recorded|known|given|stated|available|logged)\s*,",
        re.I,
    ),
    # "The joint figures show that 388 …", "The data also reveal …", "The evaluation, run
    # by a university, found that 71% …", "The survey found that 41% …", "The report also
    # shows …", "The research also found …": the figures of the release, dated before; not
    # "The figures show 40 arrests in May" (a period of its own)
    "the_figures_show": re.compile(
        r"\W{0,3}the\s+(?:[\w-]+\s+){0,2}?(?:figures|data|statistics|numbers|findings|"
        r"evaluation|review|study|research|analysis|survey|poll|report)(?:,[^,.]{1,80},)?\s+"
        r"(?:also\s+)?(?:show|shows|showed|reveal|reveals|revealed|suggest|suggests|"
        r"indicate|indicates|found|finds)\b",
        re.I,
    ),
    # "In Ripon it halved, from 80 to 40", "They rose by a third", "In Ripon, arrests fell
    # from 19 to eight", "Across the Humber region, the cost rose by 4%", "Across the force
    # area, knife crime fell by 6%" (a place's opening, a measure of up to three words):
    # the figures just stated, their change told again for a place or a part; not "It said
    # 40 …", "Arrests fell"
    "it_changed": re.compile(
        r"\W{0,3}(?:(?:in|across)\s+[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3},?\s+"
        r"(?:it|they|the\s+(?:figure|number|total|count|cost|bill)|(?-i:[a-z][a-z-]*"
        r"(?:\s+[a-z][a-z-]*){0,2}))|it|they|"
        r"the\s+(?:figure|number|total))\s+(?:(?:more\s+than|nearly|almost)\s+)?"
        r"(?:halved|doubled|trebled|tripled|fell|rose|dropped|increased|decreased|grew|climbed)\b",
        re.I,
    ),
    # "The biggest drop was in Amber Dale, where thefts fell from 80 to 52": where the
    # change just stated was largest, its levels told for a place
    "largest_change_in": re.compile(
        r"\W{0,3}the\s+(?:biggest|largest|sharpest|steepest|greatest|smallest)\s+"
        r"(?:drop|fall|rise|increase|decrease|reduction|jump|change)s?\s+(?:was|were|came)\s+"
        r"(?:in|at)\b",
        re.I,
    ),
    # "In the Dales, the number was almost unchanged at 61", "Across Kendal the total stood
    # at 40", "Across the UK, the cost was £1.8m": the figure just stated, for a place
    "place_figure_stood": re.compile(
        r"\W{0,3}(?:in|across)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3},?"
        r"\s+(?:it|the\s+(?:figure|number|total|count|cost|bill))\s+(?:was|stood|remained|stayed)\b",
        re.I,
    ),
    # "Hull accounted for the largest share of the arrests, with 58, followed by …", "Selby
    # saw the most thefts, 40": a place's part of the figures just stated, ranked; not
    # "Hull saw the most arrests since 2019" (a period of its own is read first)
    "place_ranked_most": re.compile(
        r"\W{0,3}(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,2}\s+(?:accounted\s+for|had|saw|"
        r"recorded|made|reported)\s+the\s+(?:most|fewest|(?:largest|biggest|greatest|highest|"
        r"lowest|smallest)\s+(?:share|number|proportion)\s+of)\b",
        re.I,
    ),
    # "Vans were the most commonly stolen vehicle, with 212", "Fraud remained the
    # largest category, at 41%", "Labour exploitation was the most common form of abuse
    # reported, in 44% of cases": a part of the things just counted, ranked first among
    # them, its count after a comma; not "Vans were the most stolen in 2019" (a period of
    # its own is read first), "Vans were the most common" (no count)
    "part_was_the_most": re.compile(
        r"\W{0,3}(?-i:[A-Z])[\w’'-]*(?:\s+(?!said\b|says\b|told\b)[\w’'-]+){0,3}?\s+"
        r"(?:was|were|remained)\s+the\s+"
        r"(?:most|least|largest|biggest|smallest)\s+(?:[a-z-]+\s+){0,4}?[a-z-]+\s*,\s+"
        rf"(?:with|at|in)\s+{_ABOUT}£?\d",
        re.I,
    ),
    # "Seven of the vehicles were seized …", "Two of those arrested …", "Nine in ten of
    # the women who …", "Eleven of the North Yorkshire cases …" (a place's name before the
    # noun), "Five of Cumbria's thefts were in Kendal": a part of the things
    # counted just before (the definite article or a place's possessive points back); not
    # "Seven of the 40 arrests", "Five of Cumbria's 40 thefts" (a whole with its own
    # count: of_the_figure's), nor "Seven officers", nor "Half of Kent's officers work …"
    # (a place's part needs a count and a verb in the past)
    "part_of_the_counted": re.compile(
        r"\W{0,3}(?:(?:\d+|[a-z]+)(?:\s+in\s+(?:\d+|[a-z]+))?\s+of\s+(?:the|these|those)\s+"
        r"(?!\d)(?:(?-i:[A-Z])[\w’'-]*\s+){0,2}(?:[a-z-]+\s+)?[a-z]+(?:s|ed|men|people|children)\b|"
        r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+of\s+"
        r"(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,2}['’]s\s+(?:[a-z-]+\s+)?[a-z]+s\s+"
        r"(?:were|was|took|had|[a-z]+ed)\b)",
        re.I,
    ),
    # "For violent crime it was 66%", "For burglary the rate stood at 9%", "For children
    # placed by other councils, the take-up was 40%": the figure just stated, told again
    # for a part of what it measured; not "For years it was …"
    "for_part_it_was": re.compile(
        r"\W{0,3}for\s+(?!years\b|months\b|decades\b|a\s+while\b)(?:[\w'’-]+\s+){0,7}?[\w'’-]+,?\s+"
        r"(?:it|the\s+(?:figure|rate|number|total|proportion|share|take-up|uptake))\s+"
        r"(?:was|stood|rose|fell|reached|is|remained)\b",
        re.I,
    ),
    # "The proportion who hung up fell from 18% to 6%", "The number of repeat callers rose
    # from 40 to 65": the measure of the figures just stated, its change told next
    "the_measure_went_from": re.compile(
        r"\W{0,3}the\s+(?:proportion|share|percentage|number|rate|total)\b[^.;:]{0,80}?\s"
        r"(?:fell|rose|dropped|increased|decreased|grew|climbed|went\s+(?:up|down))\s+from\b",
        re.I,
    ),
    # "Arrests for domestic abuse were up 9%, at 3,114", "Thefts from vans were down a
    # fifth", "Thefts of GPS kits from tractors, however, rose by 21%, and 23 of the 52 …":
    # another measure of the figures just stated, its change told in the same terms; not
    # "Officers were up at dawn" (no figure follows), "Crime rose in Hull" (no "by")
    "measure_was_up": re.compile(
        r"\W{0,3}[A-Z][a-z]+(?:\s+(?:of|for|from|in|on|by|[a-z]+)){0,6}?,?\s+"
        r"(?:(?:however|though|meanwhile|by\s+contrast|in\s+contrast),\s+)?"
        r"(?:(?:were|was)\s+(?:up|down)\s+(?:by\s+)?|(?:rose|fell|increased|decreased|dropped|"
        r"climbed|grew)\s+by\s+)" + _ABOUT + r"(?:\d|a\s|one\s|two\s|half\b)",
        re.I,
    ),
    # "Of the force's officers, 612 …", "Of its volunteers, 120 …", "Of the arrests, 40
    # …": a part of a whole named without its count, the things just counted; not "Of
    # 300 calls, …" (a whole of its own), nor "Of course, …"
    "of_the_counted_whole": re.compile(
        r"\W{0,3}of\s+(?:the|these|those|its|their)\s+(?:[a-z-]+['’]s\s+)?(?:[a-z-]+\s+)?"
        r"[a-z]+(?:s|men|people|children)\s*,",
        re.I,
    ),
    # "Across the region, 14% of men said …", "In Wales, 61 per cent of parents agreed":
    # the answers of a survey stated (and dated) just before, told by a share; not "14%
    # of men were stalked" (no verb of answering)
    "share_answered": re.compile(
        r"\W{0,3}(?:(?:in|across|among)\s+[\w\s’'-]{1,40},\s+)?" + _ABOUT + r"\d+(?:\.\d+)?\s*"
        r"(?:%|per\s*cent)\s+of\s+(?:[a-z-]+\s+){1,3}?(?:said|say|told|reported|felt|agreed|"
        r"believed|thought|admitted)\b",
        re.I,
    ),
    # "They included 97 thefts", "These comprised …"
    "they_included": re.compile(
        r"\W{0,3}(?:they|these|those|this)\s+(?:included|include|includes|comprised)\b", re.I
    ),
    # "Of the women who responded, 38% …", "Of those surveyed, 61% …", "Of the
    # respondents, …", "Of the 52 parents who took part, …": a survey or scheme stated
    # (and dated) before; not "Of the 40 arrested"
    "of_the_respondents": re.compile(
        r"\W{0,3}of\s+(?:the|those|these)\s+(?:[\d,]+\s+)?(?:[a-z-]+\s+){0,3}?(?:who\s+(?:responded|"
        r"replied|answered|took\s+part|were\s+(?:asked|surveyed|questioned|polled))|"
        r"respondents|surveyed|asked|polled|questioned)\b",
        re.I,
    ),
    # "The charity worked with 61,300 families …", "The trust brought 40 cases", "In Wales,
    # the watchdog's investigations led to 38 …", "Its asset recovery team obtained 96 …":
    # the body the sentence before spoke of (or its work, after a place opening the
    # sentence; or a team of it), going on with what it did then (a few irregular pasts
    # too); not "The force said …" nor "The force has trained …" (by now)
    "the_body_went_on": re.compile(
        r"\W{0,3}(?:(?:in|across)\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w’'-]*){0,3},"
        r"\s+)?(?:the\s+(?:charity|force|trust|council|service|commissioner|constabulary|"
        r"watchdog|inspectorate|unit)(?:['’]s\s+[a-z]+s)?|(?:its|their)\s+(?:[\w’'-]+\s+){0,5}?"
        r"(?:team|unit|squad|department|investigators))\s+"
        r"(?:(?!said|says|told|added|warned|urged|appealed|called|thanked|praised)[a-z]+ed|"
        r"brought|took|made|gave|won|spent|paid|caught|sent|dealt|held|ran|saw|froze)\b",
        re.I,
    ),
    # "They demanded a ransom of 45 Bitcoin", "He then stole £9,000": the people the
    # sentence before spoke of, going on with what they did then; not "They said …", "He
    # has …" (done by now), "They are …", "They estimated that …" (a finding, told now)
    "pronoun_went_on": WENT_ON,  # rule pronoun_went_on (irregular pasts: WENT_ON_PASTS)
    # "The sessions, run with a charity, have reached 64 schools", "The haul included 900
    # fake vapes": the activity just stated (and dated), or what it seized, going on with
    # what it did or held; not "The campaign will run …" (no past), "The campaign said …"
    "the_activity_went_on": re.compile(
        r"\W{0,3}the\s+(?:sessions|talks|workshops|patrols|visits|checks|"
        r"haul|seizures?|raids|searches|warrants)\b(?:,[^,.]{1,60},)?"
        r"\s+(?:also\s+)?(?:(?:have|has|had)\s+)?(?!said\b)[a-z]+ed\b",
        re.I,
    ),
    # "Children were present at almost two in five of the incidents", "Girls were the
    # victims in four in five of this year's offences": a share, later in a short opening
    # clause, of the things counted before (the definite article points back); not "a
    # third of offences" (a whole of its own)
    "share_of_the_counted": re.compile(
        rf"\W{{0,3}}[A-Z][a-z]+\s+(?:were|was)\s+(?:[a-z]+\s+){{0,3}}?{_ABOUT}{_SHARE}"
        r"(?:\s+of)?\s+(?:the|these|those|this\s+year['’]s)\s+(?:[a-z]+\s+)?[a-z]+s\b",
        re.I,
    ),
    # "In Scotland, 148 people were killed", "Across Gwent, around 300 vans were stolen":
    # a place's share of the figures just stated, its count right after the place and a
    # verb in the past; not "In Wales, 900 children are reported missing each year" (the
    # present: how things stand), "In Scotland, the force recorded …"
    # (place_body_recorded's), "In May, 40 …" (a month is no place)
    "place_then_count": re.compile(
        r"\W{0,3}(?:in|across|within)\s+(?:the\s+)?(?!(?-i:January|February|March|April|May|"
        r"June|July|August|September|October|November|December)\b)(?-i:[A-Z])[\w’'-]*"
        rf"(?:\s+(?:and\s+)?(?-i:[A-Z])[\w’'-]*){{0,3}},\s+{_ABOUT}£?\d[\d,.]*"
        r"(?:\s+(?!(?:are|is)\b)[\w’'-]+){0,4}?\s+(?:were|was|had|[a-z]+ed)\b",
        re.I,
    ),
    # likelihood_ratio, its_subject, victims_went_on (of back_reference_openings)
    **OPENINGS,
    # "A further 712 people were seriously injured", "Another 40 were cautioned": more of
    # the figures just stated, over their span; not "A further £2m will be spent" (money to
    # come), "another three years" (a length)
    "further_count": re.compile(
        r"\W{0,3}(?:a\s+further|another|an\s+(?:additional|extra))\s+(?:(?:around|about|some|"
        r"nearly|almost|over|more\s+than)\s+)?(?:\d[\d,]*|[a-z]+)\s+(?!years?\b|months?\b|"
        r"weeks?\b|days?\b)[a-z]+",
        re.I,
    ),
    # "- Berkshire: 171", "• Stoke-on-Trent: 67", "London – 1,904": a line of a breakdown by
    # place under a lead ("The number of arrests in each county was:"); not "Note: 12 …" (a
    # label, no list mark or dash), "- 40 arrests" (no place)
    "listed_place_count": re.compile(
        rf"\s*(?:{BULLET}\s*(?-i:[A-Z])[\w’' &-]{{1,40}}?(?::|\s[–—-])|"
        r"(?-i:[A-Z])[\w’' &-]{1,40}?\s[–—-])\s*(?:(?:around|about|some)\s+)?£?\d",
        re.I,
    ),
}
"""Sentence openings that speak of the figures stated just before, each named."""

RELEASE_BREAKDOWNS = frozenset(
    {"by_breakdown", "listed_place_count", "place_then_count", "on_average", "where_recorded",
     "the_figures_show", "across_the_breakdown", "place_body_recorded", "ranked_place",
     "measure_in_place_cost", "the_rate_was", "of_the_counted_whole", "measure_ranked_in"}
)  # fmt: skip
"""Back-references that split or restate the figures of the whole release: with no
period in the few sentences before, they take the document's first main period."""


_FITS = {"the_plan_pays": budget_span, "the_sum_pays": budget_span}
"""Rules that point back only to a period of their kind: "The budget pays for 120
officers" to the budget's year stated before, not to a survey's or a headcount's month
stated nearer."""
LEVELS_ONLY = frozenset({"measure_was_up"})
"""Rules that date only the levels of their sentence ("…, at 3,114"), not its change
("were up 9%": compared with a span the sentence before need not state)."""


def refers_to(name: str, period: PeriodFinding, change: str | None = None) -> bool:
    """Whether the back-reference rule ``name`` may take ``period``, a sentence's main
    period before it, for a figure of that ``change`` (any period, unless :data:`_FITS`
    limits the rule's kind; any figure, unless the rule is one of :data:`LEVELS_ONLY`)."""
    if change is not None and name in LEVELS_ONLY:
        return False
    fits = _FITS.get(name)
    return fits is None or fits(period)
