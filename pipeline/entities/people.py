"""Finding named people, their titles, roles and affiliations, from the words around them.

People are found by context, one named rule each (``PERSON_RULES``, tried in order; a
later rule never takes words an earlier one took):
- a rank or title before the name: "Detective Inspector Rachael Ashcroft", "Cllr Jo Bell";
- a title phrase before it, set off by commas: "Director of the Harbour Trust, Jo Bell,";
- an appositive after it: "Jane Moss, chief executive of the NSPCC, said";
- a verb of saying, a colon before a quote, a byline or credit, a post-nominal (MP), an
  age ("Kayla, 15, said") next to a name.
Where no rank or title stands by the name, its first word must be a known given name
(:mod:`pressfacts.entities.names`). Short forms later ("DI Ashcroft", "Mr Findlater", "Barr")
resolve to the person introduced with that family name. Titles are expanded and lose their
organisation and place, which go to the person's roles (:mod:`pressfacts.entities.titles`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from pressfacts.entities.according_appositives import closing_appositive_match
from pressfacts.entities.appointed_titles import with_titles_read_after
from pressfacts.entities.credit_lines import byline_outlet_end
from pressfacts.entities.family_mentions import family_mentions
from pressfacts.entities.full_names import full_name_of
from pressfacts.entities.honorific_given import given_name_short_forms
from pressfacts.entities.names import NameCheck
from pressfacts.entities.organisations import OrganisationMention
from pressfacts.entities.person_context import (
    PeopleContext,
    PersonMention,
    new_person,
    owned_role,
)
from pressfacts.entities.person_rules import (
    ADDRESSEE_BEFORE,
    CUE_AFTER,
    MUST_CONTAIN,
    NAME_LED,
    NAME_MAY_BE_CUT,
    PERSON_RULES,
    TITLE_LED,
    PersonRule,
    compile_patterns,
    may_lead_in,
    place_vouched,
)
from pressfacts.entities.plural_ranks import plural_rank_people
from pressfacts.entities.possessive_owners import tail_owners
from pressfacts.entities.predicate_verbs import CLOSED, JOINED_AFTER, NAME_AFTER_TITLE
from pressfacts.entities.rule_scans import matches_at, matches_from
from pressfacts.entities.title_cleaning import Phrase
from pressfacts.entities.title_context import (
    fuller_titles,
    lower_portfolio_before,
    post_nominal_role,
    rank_after_owner_word,
    sentence_led_portfolio,
    use_fuller_title,
    with_portfolio,
)
from pressfacts.entities.titles import TitleTable, defined_acronyms, title_case
from pressfacts.findings import RoleFinding
from pressfacts.models.resources import TitleEntry

__all__ = ["PERSON_RULES", "PersonFinder", "PersonMention", "PersonRule", "title_case"]


CLOSING_APPOSITIVE_RULES = frozenset({"verb_then_name", "according_to", "agent_titled_appositive"})
"""Rules whose name may close its sentence with the person's title after a comma: "said
Jo Bell, head of policy at X.", "according to Jo Bell, head of services at X."."""
_AGE_VOUCHED = frozenset({"name_age_address", "name_age_then_home", "name_age_shared_home"})
"""Rules whose age after the name vouches for a given name that is a place too (rule
``age_vouches_place_name``): "Tyrone Clarke, 22, of Bentley"; not "Kent Fire said"."""


class PersonFinder:
    """Finds people in a text; built once from the title table and word lists."""

    def __init__(
        self,
        titles: Sequence[TitleEntry],
        speech_verbs: Iterable[str],
        non_name_words: Iterable[str],
        places: Iterable[str],
        area_forces: dict[str, str],
        given_names: Iterable[str] = (),
        head_words: Iterable[str] = (),
    ) -> None:
        head_words = frozenset(head_words)
        self.table = TitleTable(titles, places, area_forces, head_words)
        verb_list = sorted(speech_verbs, key=len, reverse=True)
        self.names = NameCheck.build(given_names, head_words, [*non_name_words, *verb_list])
        honorifics = [form for entry in titles if entry.kind == "honorific" for form in entry.forms]
        patterns = compile_patterns(self.table.pattern, verb_list, honorifics)
        self._patterns = patterns.rules
        self._closing_appositive = patterns.closing_appositive
        self._appositive = patterns.appositive
        self._title_after = patterns.title_after
        self._lead_in = patterns.lead_in
        self._role_by_reference = patterns.role_by_reference
        self._short_title = patterns.short_title
        self._ledes = (patterns.lede_title, patterns.lede_subject)
        self._name_led = patterns.name_led  # filter by the name-led rules a text may hold
        self._name_or_place = lambda word: (
            self.names.is_given_name(word) or self.table.is_place(word)
        )
        self._cleaned: Callable[[str], str | None] = lru_cache(maxsize=4096)(self._clean_name)

    def title_spans(self, text: str) -> list[tuple[int, int]]:
        """Where a rank or title is written (used to keep "Kent Police" out of "Kent
        Police and Crime Commissioner")."""
        return [match.span() for match in self.table.anywhere.finditer(text)]

    def parse_appositive(
        self,
        text: str,
        start: int,
        end: int,
        organisations: Sequence[OrganisationMention],
    ) -> tuple[list[str], list[str]]:
        """Titles and affiliations of a title phrase at ``text[start:end]``."""
        roles, affiliations = self.table.parse(text, start, end, organisations)
        return [role.title for role in roles], affiliations

    # -- names ----------------------------------------------------------------------

    def _clean_name(self, name: str) -> str | None:
        """The name cut before a word that cannot be part of one, or before a title
        ("Jo Bell Senior Reporter" -> "Jo Bell"); None if nothing is left, if a word
        heads an organisation ("Public Protection Branch") or if it is a place or title."""
        words = self.names.cut(name).split()
        for index in range(1, len(words)):
            if self.table.anywhere.match(" ".join(words[index:])):
                words = words[:index]
                break
        if not words or self.table.entry(words[0]):
            return None  # "Ms Griffin said": a title and a family name, a short form
        cleaned = " ".join(words)
        if self.names.vetoed(cleaned) or self.table.is_place(cleaned) or self.table.entry(cleaned):
            return None
        return cleaned

    def _candidate(
        self, rule: PersonRule, match: re.Match[str], free: Callable[[int, int], bool]
    ) -> str | None:
        """The name a rule matched, when it is a whole name standing where nothing else
        was found, with a known given name first where the rule asks for one."""
        span = self._candidate_span(rule, match, free)
        return None if span is None or span[0] != match.start("name") else span[1]

    def _candidate_span(
        self, rule: PersonRule, match: re.Match[str], free: Callable[[int, int], bool]
    ) -> tuple[int, str] | None:
        """Start and name of :meth:`_candidate`; where the cue follows the name, capitalised
        words before it may be dropped ("CEOP Command Maya Singh:" -> "Maya Singh")."""
        raw = whole = match.group("name")
        start = match.start("name")
        if rule.name in CUE_AFTER:
            words = whole.split()
            offset = 0
            for skip in range(len(words)):
                if skip:  # the offset in the whole match, word by word
                    offset = whole.index(words[skip], offset + len(words[skip - 1]))
                    start = match.start("name") + offset
                    raw = " ".join(words[skip:])
                name = self._valid(rule, raw, start, free)
                if name is not None:
                    return start, name
            return None
        name = self._valid(place_vouched(rule, match, self.table.is_place), raw, start, free)
        return None if name is None else (start, name)

    def _valid(
        self, rule: PersonRule, raw: str, start: int, free: Callable[[int, int], bool]
    ) -> str | None:
        name = self._cleaned(raw)  # the same words clean the same: kept
        if name is None or not free(start, start + len(name)):
            return None
        if rule.name not in NAME_MAY_BE_CUT and name != raw:
            return None  # the whole name must stand next to its cue
        if len(name.split()) < 2 and not rule.single:
            return None
        first = name.split()[0]
        placed = self.table.is_place(first) and rule.name not in _AGE_VOUCHED
        if rule.given_name and (not self.names.is_given_name(first) or placed):
            return None  # "Kent Fire said": a place that is also a given name is a place here
        return name

    # -- finding --------------------------------------------------------------------

    def find(
        self,
        text: str,
        organisations: Sequence[OrganisationMention],
        title_spans: Sequence[tuple[int, int]] | None = None,
    ) -> list[PersonMention]:
        """Every person mention in ``text``, introductions and short forms, in text order.

        ``title_spans`` are :meth:`title_spans` of ``text`` when the caller has them: the
        rules that begin with a title are then tried only where a title is written,
        instead of scanning the text with the title alternation again. The rules that
        begin with a name are tried only where one scan says one of them may match.
        """
        skipped = {name for name, needed in MUST_CONTAIN.items() if not needed.search(text)}
        acronyms = {} if "acronym_definition" in skipped else defined_acronyms(text)
        spans = title_spans or self.title_spans(text)
        context = PeopleContext(text, organisations, acronyms, spans)
        starts = [start for start, _ in spans]
        # one filter for every name-led rule, built once: one per set of rules a text may
        # hold would cost a compile (10 ms) per new set, more than its alternatives cost
        name_starts = [match.start() for match in self._name_led.finditer(text)]
        for listed in plural_rank_people(self.table, context):  # "PCs Jo Bell and Sam Reed"
            listed.rule = "plural_rank_pair"
            context.add(listed)
        for rule in PERSON_RULES:
            pattern = self._patterns.get(rule.name)
            if pattern is None or rule.name in skipped:
                continue  # rank_surname (the short forms find it), or a text it needs absent
            handler = getattr(self, f"_rule_{rule.name}", None) or self._rule_context
            if rule.name in TITLE_LED:
                matches: Iterable[re.Match[str]] = matches_at(pattern, text, starts)
            elif rule.name in NAME_LED:  # tried only where one of these rules may match
                matches = matches_from(pattern, text, name_starts)
            else:
                matches = pattern.finditer(text)
            # a family name a rank stands before ("PC Lee, 32, said") is the rank's person,
            # found with the short forms, not a single name a later rule finds alone
            ranked = {m.start("name") for m in context.singles} if rule.single else set()
            for match in matches:
                person = handler(rule, match, context)
                if person is None or (" " not in person.name and person.start in ranked):
                    continue
                person.rule = rule.name
                seat = post_nominal_role(text, person.end)  # "Jo Bell MP"
                if seat is not None and seat.title not in person.titles:
                    person.roles.append(seat)
                context.add(person)
        for person in self._short_forms(context):
            context.add(person)
        given_name_short_forms(text, context.people)  # "Dame Helen": Dame Helen Rattray
        self._roles_by_reference(context)
        self._roles_from_lede(context)
        with_titles_read_after(self.table, text, context.people, organisations)
        held = [person.roles for person in context.people]
        one_word = any(" " not in role.title for roles in held for role in roles)
        if one_word and (fuller := fuller_titles(self.table, text, held)):  # else none to fill
            for person in context.people:
                person.roles = use_fuller_title(person.roles, person.start, fuller)
        return sorted(context.people, key=lambda person: person.start)

    def _roles(
        self, context: PeopleContext, start: int, end: int
    ) -> tuple[list[RoleFinding], list[str]]:
        return self.table.parse(context.text, start, end, context.organisations, context.acronyms)

    def _rule_title_phrase_then_name(
        self, rule: PersonRule, match: re.Match[str], context: PeopleContext
    ) -> PersonMention | None:
        name = self._candidate(rule, match, context.free)
        if name is None:
            return None
        portfolio = match.groupdict().get("portfolio")
        phrase_end = match.end("portfolio") if portfolio else match.end("titles")
        roles, affiliations = self._roles(context, match.start("titles"), phrase_end)
        lower, at = lower_portfolio_before(context.text, match.start("titles"))  # "senior"
        owner = self.table.owner_before(context.text, at, context.organisations)
        roles = [owned_role(role, owner.organisation, owner.area) for role in roles]
        roles = with_portfolio(roles, f"{owner.text} {lower}".strip())
        if owner.organisation:
            affiliations.append(owner.organisation)
        if match.groupdict().get("name_rank"):  # "…, Cllr Jo Bell,": a title too
            roles += self._roles(context, match.start("name_rank"), match.end("name_rank"))[0]
        person = new_person(match.start("name"), name, roles, affiliations)
        ranked = [match.start(g) for g in ("honorific", "name_rank") if match.groupdict().get(g)]
        person.start = min(ranked, default=person.start)  # "Sir Jo Bell", "Cllr Jo Bell": aliases
        return person

    _rule_title_comma_name = _rule_title_place_then_name = _rule_title_phrase_then_name

    def _rule_rank_before_name(
        self, rule: PersonRule, match: re.Match[str], context: PeopleContext
    ) -> PersonMention | None:
        name = self._candidate(rule, match, context.free)
        if name is None:
            return None
        title_run = self.table.anywhere.match(context.text, match.start("titles"))
        if title_run and title_run.end() > match.start("name"):
            return None  # "Deputy Director General said": the name is part of a title
        if len(name.split()) == 1:
            context.singles.append(match)
            return None
        text, start = context.text, match.start("name")
        roles, owner = self._rank_roles(match, context)
        if match.group("joined"):  # "Superintendent and knife crime lead Jo Bell"
            roles.append(RoleFinding(title_case(match.group("joined")), owner.organisation))
        affiliations = [owner.organisation] if owner.organisation else []
        line_start = text.rfind("\n", 0, match.start("titles")) + 1
        window = (max(line_start, match.start("titles") - 100), match.start("titles"))
        lead_in = may_lead_in(text, *window) and self._lead_in.search(text, *window)
        if lead_in:
            group = lead_in.lastgroup or "lead"  # lead, after_possessive, title_comma
            more, more_affiliations = self._roles(context, lead_in.start(group), lead_in.end(group))
            # "The NSPCC's head of policy, Dr Jo Bell": the lead-in's own owner
            lead_owner = self.table.owner_before(text, lead_in.start(group), context.organisations)
            roles += [owned_role(role, lead_owner.organisation, lead_owner.area) for role in more]
            affiliations += [*more_affiliations, *filter(None, [lead_owner.organisation])]
        more, more_affiliations = self._after_name(context, start + len(name))
        closing = self._closing_appositive.match(text, start + len(name))
        if closing and not more:  # "said DCI Jo Bell, head of X at Kent Police."
            at = closing.start("appos"), closing.end("appos")
            more, more_affiliations = self._roles(context, *at)
            # rule closing_tail_owners: a chain of possessives, or "the force's" (tail_owners)
            more_affiliations = tail_owners(context, *at, more_affiliations, bool(more))
        if not more and len(more_affiliations) == 1:  # "Insp Jo Bell of Kent Police said"
            roles = [owned_role(role, more_affiliations[0], None) for role in roles]
        person = new_person(start, name, roles + more, affiliations + more_affiliations)
        if not self.table.expand(match.group("titles")):
            person.start = match.start("titles")  # "Sir Jo Bell": an alias, not a title
        return person

    def _rank_roles(
        self, match: re.Match[str], context: PeopleContext
    ) -> tuple[list[RoleFinding], Phrase]:
        """The roles of ``match``'s ranks and the owner written before them: a force's
        body word is the force's ("Kent Police Sergeant Bryant", ``rank_after_owner_word``);
        the words leading the title stay ("Firearms licensing manager Smith")."""
        text, at = context.text, match.start("titles")
        owner = self.table.owner_before(text, at, context.organisations)
        titles = rank_after_owner_word(self.table, match.group("titles"), owner.organisation)
        roles = [RoleFinding(t, owner.organisation, owner.area) for t in self.table.expand(titles)]
        roles = with_portfolio(roles, owner.text)
        if not (owner.text or owner.organisation or owner.area):  # "Firearms licensing manager"
            roles = with_portfolio(roles, sentence_led_portfolio(text, at, self._name_or_place))
        return roles, owner

    def _rule_attribution_line(
        self, rule: PersonRule, match: re.Match[str], context: PeopleContext
    ) -> PersonMention | None:
        name = self._candidate(rule, match, context.free)
        if name is None:
            return None
        roles: list[RoleFinding] = []
        affiliations: list[str] = []
        if match.group("appos"):
            roles, affiliations = self._roles(context, match.start("appos"), match.end("appos"))
        return new_person(match.start("name"), name, roles, affiliations)

    def _rule_byline(
        self, rule: PersonRule, match: re.Match[str], context: PeopleContext
    ) -> PersonMention | None:
        name = self._candidate(rule, match, context.free)
        if name is None:
            return None
        start = match.start("name")
        roles: list[RoleFinding] = []
        affiliations: list[str] = []
        if after := self._title_after.match(context.text, start + len(name)):
            at = byline_outlet_end(after, self.table.is_place)  # "Liverpool Echo crime reporter"
            roles, affiliations = self._roles(context, at, after.end("appos"))
        return new_person(start, name, roles, affiliations)

    def _rule_name_appositive_verb(
        self, rule: PersonRule, match: re.Match[str], context: PeopleContext
    ) -> PersonMention | None:
        untitled = PersonRule(rule.name, rule.example, given_name=False)
        if self._candidate(untitled, match, context.free) is None:
            return None  # no name here even without the given-name check: no parse needed
        title = self.table.anywhere.match(match.group("appos"))
        if title and NAME_AFTER_TITLE.match(match.group("appos"), title.end()):
            return None  # "… for Mid and East Antrim, Ch Supt Jo Bell, said": a person itself
        roles, affiliations = self._roles(context, match.start("appos"), match.end("appos"))
        affiliations += self._body_before_appositive(context, match)
        # a title or organisation in the appositive spares the name the given-name check; a
        # description ("a mother of two") or an appositive unclosed before the verb does not
        # (rule unclosed_appositive_given: "… worked with Turning Point, a spokesperson said")
        unclosed = CLOSED.search(match.string, match.end("appos"), match.end()) is None
        described = (not roles and not affiliations) or unclosed
        name = self._candidate(
            PersonRule(rule.name, rule.example, given_name=described), match, context.free
        )
        joined = JOINED_AFTER.search(match.string, match.end("appos"), match.end())
        if name is None or (joined and not roles):  # rule joined_titled_subject
            return None  # a joined named subject vouches only for a titled name
        return new_person(match.start("name"), name, roles, affiliations)

    def _rule_context(
        self, rule: PersonRule, match: re.Match[str], context: PeopleContext
    ) -> PersonMention | None:
        """A name found by the words next to it (a verb, an age, a colon, "MP")."""
        span = self._candidate_span(rule, match, context.free)
        titled = rule.name == "verb_then_name" and span is None
        if titled:  # "…,” said Kemi Obi, head of policy at X.": the title vouches
            span = self._candidate_span(replace(rule, given_name=False), match, context.free)
        if span is None:
            return None
        text, (start, name) = context.text, span
        if rule.name == "name_colon_quote" and ADDRESSEE_BEFORE.search(
            text, max(0, start - 60), start
        ):
            return None  # "told the Bucks Free Press: “…”": whom the speaker told
        roles, affiliations = self._after_name(context, at := start + len(name))
        closing = closing_appositive_match(self._closing_appositive, rule.name, text, at)
        if rule.name in CLOSING_APPOSITIVE_RULES and closing and not roles:
            # "…,” said Jo Bell, chief executive of the Harbour Trust.", "… according to
            # Jo Bell, head of services at the Harbour Trust."
            roles, affiliations = self._roles(context, closing.start("appos"), closing.end("appos"))
        if titled and not roles:
            return None  # no title after it: the name needed a known given name
        return new_person(start, name, roles, affiliations)

    def _roles_by_reference(self, context: PeopleContext) -> None:
        """Roles stated of "the officer" after a person is named go to that person."""
        if not MUST_CONTAIN["role_by_reference"].search(context.text):
            return
        for match in self._role_by_reference.finditer(context.text):
            before = [p for p in context.people if p.end <= match.start()]
            if not before:
                continue
            person = max(before, key=lambda p: p.end)
            roles, affiliations = self._roles(context, match.start("appos"), match.end("appos"))
            person.roles += [role for role in roles if role not in person.roles]
            person.affiliations += [a for a in affiliations if a not in person.affiliations]

    def _roles_from_lede(self, context: PeopleContext) -> None:
        """A speaker named with no title right after a sentence whose subject is a title
        with no name takes that title: "Kent's police and crime commissioner has said
        the plan works.\n\nJo Bell said …" (the news lede, then the name)."""
        for person in context.people:
            if person.roles or person.rule not in ("name_then_verb", "name_colon_quote"):
                continue
            window_start = max(0, person.start - 240)
            found = (lede.search(context.text, window_start, person.start) for lede in self._ledes)
            match = next((m for m in found if m), None)
            if match is None or not context.free(match.start(), match.end("titles")):
                continue
            end = match.end("portfolio") if match.group("portfolio") else match.end("titles")
            roles, affiliations = self._roles(context, match.start("titles"), end)
            owner = self.table.owner_before(
                context.text, match.start("titles"), context.organisations
            )
            person.roles = [owned_role(role, owner.organisation, owner.area) for role in roles]
            person.affiliations += [a for a in affiliations if a not in person.affiliations]

    def _after_name(
        self, context: PeopleContext, position: int
    ) -> tuple[list[RoleFinding], list[str]]:
        match = self._appositive.match(context.text, position)
        if not match:
            return [], []
        group = "appos" if match.group("appos") is not None else "org_tail"
        start, end = match.start(group), match.end(group)
        roles, affiliations = self._roles(context, start, end)
        affiliations = tail_owners(context, start, end, affiliations, bool(roles))
        if group == "org_tail":
            return [], affiliations
        return roles, affiliations + self._body_before_appositive(context, match)

    def _body_before_appositive(self, context: PeopleContext, match: re.Match[str]) -> list[str]:
        """The organisation a person is "of" before an appositive title (rule
        ``body_then_appositive``: "Jo Bell of Kent Police, the force lead for X, said")."""
        if not match.group("appos_org"):
            return []
        found = self._roles(context, match.start("appos_org"), match.end("appos_org"))[1]
        return [organisation for organisation in found if organisation]

    def _short_forms(self, context: PeopleContext) -> list[PersonMention]:
        """Ranks with a family name alone, then later mentions by family name, with any
        title or given name before it ("DI Ashcroft", "Ashcroft", "Rachael Ashcroft")."""
        text = context.text
        found: list[PersonMention] = []
        families = {person.name.split()[-1] for person in context.people}
        for match in context.singles:  # "DI Smith" with no full name anywhere
            name = match.group("name").split()[0]
            start = match.start("name")
            if not context.free(start, start + len(name)) or name.lower() in self.names.stop_words:
                continue
            if name in families:
                continue  # a short form of a person introduced: found below
            families.add(name)
            names, table = self.names, self.table
            full = full_name_of(text, name, names.is_given_name, table.is_place, context.free)
            if full is not None:  # rule full_name_of_short_form: "Marcus Ridley" … "Mr Ridley"
                found.append(new_person(full[0], full[1], [], []))
                found[-1].rule = "full_name_of_short_form"
                continue
            roles, owner = self._rank_roles(match, context)  # as a full name's rank
            affiliations = [owner.organisation] if owner.organisation else []
            more, tails = self._after_name(context, start + len(name))  # "DI Ng, head of X,"
            if not more and len(tails) == 1:  # "DI Ng, of Kent Police": the rank's force
                roles = [owned_role(role, tails[0], None) for role in roles]
            person = new_person(match.start("titles"), name, roles + more, affiliations + tails)
            person.end = start + len(name)
            person.rule = "rank_surname"
            found.append(person)
        for person in found:
            context.add(person)
        return family_mentions(context, self._short_title, self.table.expand, self.table.is_rank)
