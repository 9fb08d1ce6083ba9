"""Clauses of a sentence that open on a figure of their own and so keep their own period,
moved out of :mod:`pressfacts.statistics.period_clauses` (which joins them into its
``CLAUSE_BREAK``): a perfect of the same subject or of a plural subject of its own, a state
still held, a cause, a second reported clause opening on a figure."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from pressfacts.findings import PeriodFinding
from pressfacts.lexicon.number_words import WORD_NUMBER
from pressfacts.statistics.elided_words import THERE_CLAUSE
from pressfacts.statistics.period_now import SEEKING_VERBS

STILL_CLAUSE = (
    r",\s+and\s+(?=(?:(?:about|around|nearly|almost|over|more\s+than|some)\s+)?"
    rf"(?:\d[\d,]*|(?i:{WORD_NUMBER}))\s+(?:[a-z-]+\s+){{0,2}}?(?:(?:were|was)\s+still|remained)\b)"
)
"""", and" + a count as the subject + "were still" or "remained" (rule ``still_clause``): a
state that held on at a time of its own, a clause of its own ("supported 61,250 survivors
in 2024-25, and more than 14,000 were still on a waiting list in April": April is the
14,000's, not 2024-25's); not ", and 14,000 of them were women" (no "still"), nor "were
still waiting" without ", and" before the count."""
PERFECT_CLAUSE = (
    r"(?<=\w)\s+and\s+(?=(?:had|has|have)\s+(?:also\s+)?[a-z]+(?:ed|en|wn|t)\s+(?:(?:about|"
    r"around|nearly|almost|over|more\s+than|some|a\s+further)\s+)?£?\d)"
)
"""" and" + a perfect ("had trained", "has recruited") + a figure, with no comma (rule
``perfect_clause``): the same subject's second act, a clause of its own with its own period
("received 212 texts in 2024 and had trained 60 call handlers in deaf awareness since
January": January's, not 2024's); not "arrested 40 men and seized 12 cars" (no perfect),
nor "and had been charged" (no figure right after the verb)."""
PLURAL_SUBJECT_PERFECT = (
    r",\s+and\s+(?=(?:the\s+)?[a-z]+s\s+(?:had|has|have)\s+(?:also\s+|now\s+)?(?!been\b)"
    r"[a-z]+(?:ed|en|wn|ght)\s+(?:(?:[a-z-]+\s+){1,4}?to\s+[a-z]+\s+(?:(?:down|up|off|out)\s+)?)?"
    r"(?:(?:about|around|nearly|almost|over|more\s+than|some)\s+)?£?\d)"
)
"""", and" + a plural subject of its own + a perfect + a figure, or the perfect's object and
a "to" verb before it (rule ``plural_subject_perfect``): a clause of its own with its own
period ("received 37 complaints since 1 April, with an average loss of £90, and officers have
asked websites to take down 150 adverts in the past two months": the two months are the
150's, not the £90's); not ", and officers have been …" (no figure), nor ", and officers
have seized drugs worth £5,000" (words other than a "to" verb before the figure)."""
CAUSE_CLAUSE = (
    r",\s+(?:(?:helped|boosted|funded|backed|supported|paid\s+for)\s+by|thanks\s+to)\s+"
    r"(?=(?:(?:about|around|nearly|almost|over|more\s+than|some)\s+)?£?\d)"
)
"""", helped by" (", boosted by", ", funded by", ", thanks to" …) + a figure (rule
``cause_clause``): what made the change before possible, a clause with its own period
("sessions have doubled since 2023, helped by £1.2m of funding for 2025/26": the money is
2025/26's, the doubling runs from 2023 to P); not ", helped by officers from Kent Police"
(no figure), nor "were funded by the council" (no comma)."""
INDEFINITE_SUBJECT_CLAUSE = (
    r",\s+and\s+(?=(?:a|an|another|one)\s+(?:[a-z-]+\s+){1,3}?(?:(?:in|near|at|from|outside)\s+"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+)?(?:[a-z]+ed|lost|paid|spent|took|made|saw|gave|"
    r"found|sold)\s+(?:(?:about|around|nearly|almost|over|more\s+than|some)\s+)?£?\d)"
)
"""", and" + a single subject named with "a" ("a farmer near Thirsk", "one driver in Hull")
+ its past verb + a figure (rule ``indefinite_subject_clause``): one case told after a total
or a share, a clause of its own with its own period ("More than half of them were in
Selby, and a farmer near Thirsk lost 14 ewes in May": May is the ewes', not the half's);
not ", and a further 12 were seized in May" (a part of the count, no past verb right after
the subject), nor ", and a farmer lost sheep" (no figure)."""
REPORTED_FIGURE_CLAUSE = (
    r"(?<=\w)\s+and\s+that\s+(?=(?:(?:about|around|nearly|almost|over|more\s+than|some|up\s+to|"
    rf"just\s+(?:over|under))\s+)?(?:£?\d|(?i:{WORD_NUMBER})\b|one\s+in\s|(?:a|one)\s+(?:third|"
    r"quarter|fifth|half)\b|half\b))"
)
"""" and that" + a figure, with no comma (rule ``reported_figure_clause``): the second of two
reported clauses, opening on a figure of its own, keeps its own period ("said thefts had
cost farms £2m in 2023 and that one in four farms had been hit in the past year": the past
year is the one in four's, not 2023's); not "and that figure rose" (a demonstrative, no
figure), nor "and that the 40 …" (the article's clause: ``period_clauses.CLAUSE_BREAK``)."""
AFTER_GERUND_FIGURE_CLAUSE = (
    r"(?<=\w)\s+after\s+(?=[a-z]+ing\s+(?:(?:about|around|nearly|almost|over|more\s+than|"
    rf"some)\s+)?(?:£?\d|(?i:{WORD_NUMBER})\b))"
)
"""" after" + a gerund + a figure (rule ``after_gerund_figure_clause``): what was done
before the main act, a clause of its own with its own period ("was jailed last week after
admitting 14 burglaries in Leeds and Bradford between May and July": May to July is the
burglaries', not the jailing's week); not "after a raid in May" (no gerund), nor "after
admitting the offences" (no figure right after the gerund)."""
AFTER_TOLL_CLAUSE = (
    r"(?<=\w)\s+after\s+(?=(?:his|her|their|its|the|an?)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:killed|injured|mauled|savaged|maimed)\s+(?:(?:about|around|nearly|almost|over|"
    rf"more\s+than|some)\s+)?(?:\d|(?i:{WORD_NUMBER})\b))"
)
"""" after" + a subject + a verb of killing or injuring + its toll (rule
``after_toll_clause``): the attack that came before the main act, a clause of its own with
its own period ("was ordered to pay more than £2,000 after his dogs killed four ewes on a
farm near Ditchling on 14 March": the day is the ewes', not the order's); not "after a dog
attack on 14 March" (no verb and toll), "after he killed the ewes" (no figure right after
the verb)."""
NAMED_RELATIVE_TAIL = (
    r"\b[A-Z][\w’'-]*(?=,\s+(?:which|who)\s+(?:has|have)\s+(?:(?:also|long|now)\s+)?"
    r"(?:been\s+)?[a-z]+\b[^,;:]*$)"
)
"""A named body or place, then ", which/who has …" running to the end of its sentence (rule
``named_relative_tail``): the perfect tells of that name, and its period is the name's, not
the figure's before it ("had given £12,000 to the Hope Trust, which has worked in the town
since 2011": the grant is not from 2011 on); a figure inside the clause keeps it ("…, which
has helped 400 families since 2011"); not an aside closed by a comma (``RELATIVE_ASIDE``),
nor ", which were handed out in May" (no perfect: the things counted)."""
SAID_SUBJECT_CLAUSE = (
    r",\s+and\s+(?=(?:the|its|their|our)\s+(?![\d£])(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s+"
    r"(?:said|says|added|reported|revealed|confirmed)\s+(?:that\s+)?(?:it|they|he|she|we|"
    r"(?:the|its|their)\s+[\w’'-]+)\s+(?:had|has|have|was|were)\b)"
)
"""", and" + a subject led by "the" or a possessive + a verb of saying + the reported
clause's subject and auxiliary (rule ``said_subject_clause``): another body's telling, a
clause of its own with its own period ("Footage was handed to police in 147 cases, and the
trust said it had helped to secure 63 convictions since April 2024": the "since" span is
the convictions', not the cases'); not ", and said it had …" (no subject of its own), nor
", and the trust said 40 more …" (no reported subject and auxiliary after the verb)."""
ASIDE_CLOSED_BY_SAID = r",(?=\s+(?:said|says|added|told\s+[a-z]+)\s+(?:that\s+)?(?-i:[a-z]))"
"""The comma closing an aside on a speaker before the verb of saying, a reported clause in
lower case after it (rule ``aside_closed_by_said``): a figure inside the aside is not dated
by the reported clause ("Welsh Women's Aid, which has trained staff at 85 of the venues,
said calls … had risen by 9% over the past year": the past year is the 9%'s, not the
85's); not ", said Inspector Jo Bell" (a name after it: the attribution of the clause
before), nor "The charity said demand rose …" (no comma: no aside)."""
SHARE_SAID_THAN = (
    r"(?:(?<=%)|(?<=\bcent)|(?<=\bthird)|(?<=\bthirds)|(?<=\bquarter)|(?<=\bquarters)|"
    r"(?<=\bhalf)|(?<=\bfifth)|(?<=\bfifths))\s+(?:of\s+(?:(?!(?:last|this|in|during|over)\b)[\w’'-]+\s+){1,3}?)?(?:said|felt|"
    r"thought|believed|agreed|reported)\s+(?:that\s+)?[^,;:.%£\d]{1,80}?\b(?:(?!rather\b|other\b)[a-z]+er|"
    r"worse|better|more|less|fewer)\s+(?=than\s+(?:[\w’'-]+\s+){0,6}?(?:(?:ago|earlier|before)\b|"
    r"in\s+(?:19|20)\d\d\b|(?:last|previous)\s))"
)
"""A share + a verb of saying or belief + a comparison in what they said, up to its "than"
(rule ``share_said_than``): the yardstick after "than" is what the respondents compared
things with, not the span of the share ("A survey of 900 farmers in March found that 60%
said crime was worse than it had been five years ago": the 60% are March's, not five
years before March); not "60% more than five years ago" (no saying: the share's own
yardstick), nor "60% said they had been targeted in the past year" (no comparison), nor
"a third of callers last year said they had been targeted more than once" (a period before
the saying, and no time after "than")."""
NOW_PRESENT_CLAUSE = (
    r",\s+and\s+(?=(?:(?:the|its|their|our)\s+|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?:[’']s)?\s+)"
    r"(?:[a-z][\w’'-]*\s+){0,4}?(?:now|currently)\s+(?!says\b)[a-z]{3,}s\s)"
)
"""", and" + a subject led by "the", a possessive or a name + "now" and a verb
in the present (rule ``now_present_clause``): a clause of how things stand at the release,
whose figures take no period of the clause before it ("Burglary in Bolton fell by 21% in
the year to September, and Bolton's burglary team now solves around one in eight of the
burglaries it investigates", ", and Kent Police now handles 200 calls a day"; read with
``period_now.NOW`` by ``clause_periods``); not ", and the team solves" (no "now"), ", and now
solves" (no subject of its own), ", and the team now says" (a telling)."""
SEEKING_CLAUSE = (
    r"(?<=\w),?\s+and\s+that\s+(?=(?:it|they|he|she|we)\s+(?:was|were|is|are|had\s+been|"
    rf"has\s+been)\s+(?:still\s+|now\s+)?{SEEKING_VERBS}\s)"
)
"""Rule ``seeking_clause``: " and that" + a pronoun + a verb of seeking in the progressive
("was looking for", "is recruiting", "were appealing for"): the second reported clause,
of what the body still needs when it tells of it, whose figure takes no period of the
clause before (``period_now.HELD_NOW``): "said demand had almost doubled since 2024 and
that it was looking for 30 more volunteers" (the volunteers are wanted now, not since
2024); not "and that it had recruited 30 volunteers since May" (an act done), nor "and
that it was looking into 30 reports" (no seeking)."""
PART_ALONE_CLAUSE = (
    r",\s+(?=(?:(?:about|around|nearly|almost|over|more\s+than|some)\s+)?"
    rf"(?:\d[\d,]*|(?i:{WORD_NUMBER})|half|most|(?:a|one)\s+(?:third|quarter|fifth))\s+"
    r"of\s+(?:them|those|these|which|whom)\s+[^,;:.]{1,60}?\balone\b)"
)
"""", " + a part of the figure before it ("22 of them", "half of those") whose span is singled
out with "alone" (rule ``part_alone_clause``): the part's clause, whose span is the part's,
not the whole's ("made 37 arrests across the protests, 22 of them on 16 May alone": 16 May
is the 22's; the 37 keeps its own span or none); not ", 22 of them in May" (no "alone": the
span may be both's), nor ", 22 of them in Exeter alone" (a place, no period to keep out)."""
ADDED_TO_CLAUSE = (
    r",\s+(?:on\s+top\s+of|in\s+addition\s+to)\s+(?=(?:the|those|these)\s+"
    rf"(?:(?:about|around|nearly|almost|over|more\s+than|some)\s+)?(?:£?\d|(?i:{WORD_NUMBER})\b))"
)
"""Rule ``added_to_clause``: ", on top of" or ", in addition to" + "the" + a figure already
had: the clause of that figure, whose period is its own and not the new figure's before it
("asked for a further 12 officers, on top of the 30 put in place since April 2024": April
2024 is the 30's, not the 12's); not ", on top of their usual patrols" (no figure), nor ",
in addition to 30 new officers" (no "the": a list of new things, one period)."""
OWN_CLAUSES = "|".join(
    (
        PERFECT_CLAUSE,
        PLURAL_SUBJECT_PERFECT,
        STILL_CLAUSE,
        CAUSE_CLAUSE,
        INDEFINITE_SUBJECT_CLAUSE,
        REPORTED_FIGURE_CLAUSE,
        AFTER_GERUND_FIGURE_CLAUSE,
        AFTER_TOLL_CLAUSE,
        NAMED_RELATIVE_TAIL,
        SAID_SUBJECT_CLAUSE,
        ASIDE_CLOSED_BY_SAID,
        SHARE_SAID_THAN,
        NOW_PRESENT_CLAUSE,
        SEEKING_CLAUSE,
        PART_ALONE_CLAUSE,
        ADDED_TO_CLAUSE,
        THERE_CLAUSE,
    )
)
"""The clauses of this module, as alternatives of ``period_clauses.CLAUSE_BREAK``."""
_SAID_SUBJECT = re.compile(SAID_SUBJECT_CLAUSE)


def before_said(
    sentence: str,
    s_start: int,
    absolute: int,
    periods: Sequence[PeriodFinding],
    event_kinds: Collection[str],
) -> tuple[str, list[PeriodFinding]]:
    """The words of ``sentence`` (at ``s_start``) a figure at ``absolute`` (a document
    offset) is told in, and the periods it may count as stated there, events' days left
    out: for a figure before a :data:`SAID_SUBJECT_CLAUSE`, the sentence up to that other
    body's telling and none of the periods told in it (rule ``said_subject_clause``), so a
    figure whose own clause states no period is dated as in a sentence stating none ("…
    during the year. Footage was handed to police in 147 cases, and the trust said it had
    helped to secure 63 convictions since April 2024": the 147 are the year's)."""
    told = _SAID_SUBJECT.search(sentence, max(0, absolute - s_start))
    cut = told.start() if told else len(sentence)
    kept = [p for p in periods if p.kind not in event_kinds and p.start_char < s_start + cut]
    return sentence[:cut], kept
