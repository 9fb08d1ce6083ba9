"""What may open the predicate after a titled appositive ("Jo Bell, head of X, will …",
"…, gave 40 talks"): the words that vouch for a name as a verb of saying does, read by the
person rule ``name_appositive_verb`` (:mod:`pressfacts.entities.person_rules`)."""

from __future__ import annotations

import re

AUXILIARY = r"(?:will|would|has|have|had|is|was)\b"
"""An auxiliary opening the predicate after an appositive ("Jo Bell, head of X, will …")."""
ACTIVITY_VERBS = (
    "gave", "delivered", "ran", "runs", "led", "leads", "held", "visited", "trained", "met",
    "carried out", "spoke to", "spoke at", "spoke", "attended", "organised", "hosted", "opened",
    "addressed", "welcomed", "launched", "chaired", "joined", "presented", "founded", "set up",
    "called for", "called on", "calls for", "calls on", "appealed", "appeals", "thanked",
    "thanks", "paid tribute", "pays tribute", "backed", "backs", "described", "describes",
    "criticised", "condemned", "questioned", "wants", "wanted", "believes", "believed",
    "sits on", "sat on", "chairs", "heads", "headed", "oversees", "oversaw", "manages",
    "managed", "serves on", "served on", "represents", "represented",
    # a reviewer's or an inspector's findings: "Jo Bell, the review's chair, found that …"
    "found that", "finds that", "concluded", "concludes", "recommended", "recommends",
)  # fmt: skip
"""Verbs of an officer's or worker's own work that may open the predicate after a titled
appositive, as a verb of saying does ("PC Jo Bell, the force's cyber protect officer,
gave 40 talks", "Jo Bell, head of policy at the NSPCC, spoke at the launch"): the title
in the appositive is the person's. A stance the person takes opens it too ("Jo Bell, the
Children's Commissioner for Wales, called on firms to act", "…, paid tribute to", "…,
condemned the attack"): "called" alone is no such verb ("a man called Jo"). A post the
person holds on a body or over a team opens it too (rule ``post_predicate``: "Inspector
Jo Bell, of Kent Police, sits on the board", "…, chairs the panel", "…, oversees 40
officers"). A reviewer's findings open it too ("…, the independent chair of the review,
found that agencies missed chances", "…, concluded")."""
ACTIVITY = r"(?:" + "|".join(v.replace(" ", r"\s+") for v in ACTIVITY_VERBS) + r")\b"

PREDICATE_ADVERBS = ("also", "too", "both", "again", "jointly", "warmly", "previously")
"""Adverbs that may stand between a titled appositive and its verb (rule
``adverb_before_predicate``): "Jo Bell, the Police and Crime Commissioner for Kent, also
welcomed the plan", "…, head of policy at the NSPCC, also said"."""
PREDICATE_ADVERB = r"(?:(?:" + "|".join(PREDICATE_ADVERBS) + r")[ \t]+)?"
WORK_PREDICATE = rf"(?:{AUXILIARY}|{ACTIVITY})"
"""An auxiliary or a verb of work opening the predicate after an appositive."""
JOINED_NAMED_SUBJECT = (
    r"and[ \t]+(?=(?:[A-Z][\w’'.-]*[ \t]+){1,4}?[A-Z][\w’'-]*"
    r"(?:[ \t]?,|[ \t]+(?:[a-z]+ed|said|says|spoke|met|led|gave)\b))"
)
"""A second named subject joined after a titled appositive (rule ``joined_titled_subject``):
"Lisa Townsend, Surrey's Police and Crime Commissioner, and Dr Ann Cole, chief medical
officer at …, welcomed", "…, and Chief Constable Tim De Meyer welcomed": the title vouches
for the first name as the verb the two share would."""
APPOSITIVE_PREDICATE = rf"(?:{PREDICATE_ADVERB}{WORK_PREDICATE}|{JOINED_NAMED_SUBJECT})"
"""What may follow a titled appositive's closing comma besides a verb of saying."""

CLAUSE_OPENERS = (
    r"(?:after|before|following|during|when|while|as[ \t]+part[ \t]+of|today|yesterday|"
    r"on[ \t]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
)
"""Words opening an adverbial clause or phrase that may close a titled appositive, as a
full stop does (rule ``appositive_before_clause``): "launched by Jo Bell, the Police and
Crime Commissioner for Kent, after thefts rose", "said Jo Bell, head of X, during a visit",
"opened by Jo Bell, the Chief Constable, on Monday" (a day of the week, "today");
not a place or list word ("in", "and"), after which the appositive may go on."""

NOUN_LIKE_SAYING = (
    "claims",
    "comments",
    "notes",
    "replies",
    "pledges",
    "promises",
    "states",
    "vows",
)
"""Verbs of saying that are also plural nouns (rule ``saying_word_as_noun``): right before a
comma or a preposition that goes on a title ("Jo Bell, head of claims at X, said", "…, head
of complaints and comments, said") the word is the end of the title, not the verb that
closes the appositive; before anything else ("…, head of X, claims that …") it is still
the verb."""
NOT_SAYING_NOUN = (
    r"(?!(?:" + "|".join(NOUN_LIKE_SAYING) + r")(?:[ \t]*,|[ \t]+(?:at|of|for|and|with|in)\b))"
)
"""A lookahead that refuses a word of :data:`NOUN_LIKE_SAYING` used as a noun."""

CLOSED = re.compile(r",|[ \t][–—-]")
"""What closes an appositive before its verb: a comma or a spaced dash."""
NAME_AFTER_TITLE = re.compile(r"[ \t]+[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,2}(?![\w’'-])")
"""A name of two or three words right after a title: an appositive that opens on a
ranked person ("Ch Supt Jo Bell") is that person, not a title of the name before it."""
JOINED_AFTER = re.compile(r"[ \t]?,\s*and[ \t]+$")
"""The end of a ``name_appositive_verb`` match on a joined named subject (rule
``joined_titled_subject``): the person needs a title in the appositive then."""
