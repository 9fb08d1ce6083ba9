"""A start said again after it was dated: its "since" takes the date stated before.

``since_start_again`` reads a start said again without its date ("Since the scheme began,
…"): the span of the dated "since" before that names the same thing; ``since_span_again``
reads such a span said again by its length ("In the two years since, …");
``since_start_noun`` reads a start named by its noun ("since the relaunch") after a dated
verb of it ("relaunched in September 2024"): from that date to P; ``since_event_noun`` reads
an event named by its noun ("since the floods") after the same noun dated by its month
("the October floods"): from that month to P. The rules are in
:data:`pressfacts.statistics.since_days.MONTH_START_RULES`.
"""

from __future__ import annotations

import datetime as dt
import re

from pressfacts.lexicon.months import MONTH, month_number
from pressfacts.statistics.period_rules import Context, Resolution, Span

SINCE_START_AGAIN = re.compile(
    r"\bsince\s+(?:the|its|their)\s+(?P<what>[a-z]+)\s+(?:began|started|opened|launched|"
    r"was\s+(?:launched|set\s+up|introduced|opened))\b(?!\s+(?:in|on)\b)",
    re.I,
)
"""A start said again without its date: "Since the scheme began, …" after "since the
scheme began in 2014"."""
_AGAIN_REACH = 3000
"""How far back (characters) the dated start may be stated."""


def resolve_since_start_again(ctx: Context) -> Resolution:
    """The span of the latest "since" stated before that names the same thing ("the
    scheme"); else, as ``since_it_launched`` reads "since it launched", from the month a
    start stated before gives ("The scheme, which launched in October last year, …":
    fallback ``since_start_launched``) to P; undated when there is neither."""
    from pressfacts.statistics.period_spans_from import resolve_since_it_launched

    text, what = ctx.match.string, (ctx.group("what") or "").lower()
    floor = ctx.match.start() - _AGAIN_REACH
    for earlier in reversed(ctx.found):
        if earlier.start_char < floor:
            break
        stated = text[earlier.start_char : earlier.end_char].lower()
        if earlier.kind == "since" and re.search(rf"\b{re.escape(what)}\b", stated):
            return Span(earlier.start, earlier.end, "since")
    return resolve_since_it_launched(ctx)


SINCE_SPAN_AGAIN = re.compile(
    r"\b(?:in|over|during)\s+the\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|eighteen)\s+(?:years?|months?|weeks?)\s+since\b(?=\s*[,.;:]|\s+then\b)",
    re.I,
)
"""A "since" span said again by its length, with nothing after "since": "In the two years
since, …", "over the 18 months since." after "since the unit was set up in May 2024"."""


def resolve_since_span_again(ctx: Context) -> Resolution:
    """The span of the latest "since" stated before, within reach; undated when none."""
    floor = ctx.match.start() - _AGAIN_REACH
    for earlier in reversed(ctx.found):
        if earlier.start_char < floor:
            break
        if earlier.kind == "since":
            return Span(earlier.start, earlier.end, "since")
    return None


_OPENING_SUBJECT = (
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?!(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Both|"
    r"All|Another|A\s+further)\b)[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?\s+"
)
"""A sentence's opening subject of one to four words, no comma in it: "Officers", "Staff
at the hub", "The team"; not a count ("Two men have since been charged over the
robbery": since that event)."""
SINCE_ADVERB_AGAIN = re.compile(
    _OPENING_SUBJECT + r"ha(?:s|ve|d)\s+(?:(?:also|now)\s+)?(?:[^.,;:!?\n]{1,60}?\s)??"
    r"(?P<phrase>since(?=\s+(?!(?:then|the|last|this|its|their|it|we|they|he|she|there|a|an)\b)"
    r"(?:been\s+)?[a-z]+\b)|so\s+far(?=\s*[,.;:!?]|\s*$))"
)
"""A tally "since" a start stated before, with no date of its own, told in its sentence's
main clause: "since" as an adverb after the auxiliary ("Officers have since charged 198",
"Staff have since been trained") or a clause-final "so far" ("Officers have charged 198
suspects so far, the force said"); not a later clause's "since" ("… arrested two men, who
have since been charged", "and 12 have since been charged": since that arrest), "has since
2021 …" or "since the launch" (dated or named: other rules), nor "so far this year"."""


SINCE_START_NOUN = re.compile(
    r"\bsince\s+(?:the|its|their)\s+(?P<noun>(?:re)?launch|start|opening|introduction|"
    r"roll-?out)\b(?!\s+(?:of|in|on|date)\b)",
    re.I,
)
"""A start named by its noun with no date of its own, after a dated start: "since the
relaunch" after "when the scheme was relaunched in September 2024", "since its launch"
after "launched in May 2023"; not "since the launch of …" or "since its launch in …"
(dated in place)."""
_NOUN_VERBS = {
    "relaunch": r"relaunched",
    "launch": r"(?:re)?launched",
    "start": r"(?:started|began|begun)",
    "opening": r"opened",
    "introduction": r"introduced",
    "rollout": r"rolled\s+out",
    "roll-out": r"rolled\s+out",
}
_VERB_REACH = 60
"""How far before a dated phrase (characters) the verb of the start may be."""


def resolve_since_start_noun(ctx: Context) -> Resolution:
    """From the start of the latest phrase before, within reach, that dates the verb of the
    noun ("relaunched … in September 2024") to P; undated without P or such a phrase."""
    published = ctx.published
    if published is None:
        return None
    text = ctx.match.string
    verb = re.compile(rf"\b{_NOUN_VERBS[(ctx.group('noun') or '').lower()]}\b", re.I)
    floor = ctx.match.start() - _AGAIN_REACH
    for earlier in reversed(ctx.found):
        if earlier.start_char < floor:
            break
        lead = text[max(0, earlier.start_char - _VERB_REACH) : earlier.start_char]
        if verb.search(lead) and earlier.start <= published and earlier.kind != "since":
            return Span(earlier.start, published, "since")
    return None


EVENT_NOUNS = (
    r"(?:floods?|flooding|storms?|gales?|snow|heatwave|wildfires?|fires?|blaze|riots?|"
    r"disorder|unrest|outage|power\s+cut)"
)
"""The events ``since_event_noun`` dates by an earlier "the <month> <noun>": storms, floods,
fires and disorder ("the October floods", "the August riots"); not "the pandemic", "the
election" (other rules' own)."""
SINCE_EVENT_NOUN = re.compile(
    rf"\bsince\s+the\s+(?P<noun>{EVENT_NOUNS})\b(?![\s,]+(?:of|in|on|at|for|began|started|"
    r"[a-z]+ed)\b)",
    re.I,
)
"""Rule ``since_event_noun``: an event named by its noun alone after "since" ("since the
floods", "since the riots"), dated by the same noun after a month stated before ("the
October floods", "the August riots"); not "since the floods began" (a verb of its own), "since
the floods in May" (dated in place), nor "since the floods" with no such dated noun before."""


def resolve_since_event_noun(ctx: Context) -> Resolution:
    """From the first day of the month before the same noun, stated before within reach (the
    latest such month not after P), to P; undated without P or such a phrase."""
    published = ctx.published
    if published is None:
        return None
    text, noun = ctx.match.string, re.escape(ctx.group("noun") or "")
    floor = max(0, ctx.match.start() - _AGAIN_REACH)
    dated = list(
        re.finditer(rf"\bthe\s+(?P<m>{MONTH})\s+{noun}\b", text[floor : ctx.match.start()], re.I)
    )
    if not dated:
        return None
    month = month_number(dated[-1].group("m"))
    year = published.year if month <= published.month else published.year - 1
    return Span(dt.date(year, month, 1), published, "since")
