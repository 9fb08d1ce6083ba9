"""A generator of N distinct, realistic press releases for benchmarks.

Every word table and template here is invented for benchmarking (the force and
charity names are real public bodies, as general knowledge; the people, figures and
quotes are made up). Releases vary names, forces, ranks, charities, figures with
periods and quotes; about a fifth are reprints of an earlier release with edits
(trimmed, re-paragraphed, a typo or two), so the knowledge-set merge has work to do.
Identical texts would merge into one document, so every text is made distinct.

Run ``python benchmarks/corpus.py --docs 3`` to print a few.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable
from dataclasses import dataclass

FORCES = [
    ("Kent Police", "Kent"),
    ("Cumbria Constabulary", "Cumbria"),
    ("Gwent Police", "Gwent"),
    ("Merseyside Police", "Merseyside"),
    ("Thames Valley Police", "the Thames Valley"),
    ("West Yorkshire Police", "West Yorkshire"),
    ("Devon and Cornwall Police", "Devon and Cornwall"),
    ("Northumbria Police", "Northumbria"),
    ("Essex Police", "Essex"),
    ("Lincolnshire Police", "Lincolnshire"),
    ("Dyfed-Powys Police", "Dyfed-Powys"),
    ("Norfolk Constabulary", "Norfolk"),
    ("Hampshire and Isle of Wight Constabulary", "Hampshire"),
    ("Staffordshire Police", "Staffordshire"),
]
CHARITIES = [
    "the NSPCC",
    "Barnardo's",
    "the Lucy Faithfull Foundation",
    "the Internet Watch Foundation",
    "Victim Support",
    "The Children's Society",
    "Action for Children",
]
RANKS = [
    "Detective Constable",
    "Detective Sergeant",
    "Detective Inspector",
    "Detective Chief Inspector",
    "Superintendent",
    "Detective Chief Superintendent",
    "Assistant Chief Constable",
    "Chief Constable",
]
ROLES = ["head of safeguarding", "service manager", "regional director", "policy lead"]
GIVEN = [
    "Amara",
    "Owen",
    "Priya",
    "Callum",
    "Bethan",
    "Tomasz",
    "Niamh",
    "Declan",
    "Farah",
    "Gareth",
    "Isla",
    "Kwame",
    "Lowri",
    "Matteo",
    "Orla",
    "Rhys",
    "Saoirse",
    "Yusuf",
]
FAMILY = [
    "Ashworth",
    "Bellamy",
    "Carrick",
    "Dunmore",
    "Ellery",
    "Fairbairn",
    "Garside",
    "Holloway",
    "Iredale",
    "Kershaw",
    "Lomax",
    "Marchbank",
    "Nettleton",
    "Oakes",
    "Pennington",
    "Quayle",
    "Rushworth",
    "Stansfield",
    "Thwaite",
    "Whitlock",
]
UNITS = ["reports", "referrals", "arrests", "calls", "offences", "images", "contacts"]
PERIODS = [
    "in 2023",
    "in 2022",
    "between April 2022 and March 2023",
    "in the year to March 2024",
    "during 2021/22",
    "over the last 12 months",
    "in the first six months of 2024",
    "since January 2020",
]
ACTIONS = [
    "an online safety campaign",
    "a week of action against online offending",
    "a new helpline for worried parents",
    "a school outreach programme",
    "a joint operation with neighbouring forces",
]
QUOTE_OPENERS = [
    "We are determined to protect children in {area}",
    "This work only succeeds because families come forward",
    "Nobody should have to face this kind of harm alone",
    "The figures show how much remains to be done",
    "Our officers will keep pursuing those who exploit young people",
    "Every call to the helpline is a chance to stop harm before it starts",
]
QUOTE_MIDDLES = [
    "and we will work with {charity} to make sure help is there when it is needed",
    "and I want to thank the volunteers who give up their evenings to support this",
    "and we know that early advice makes a real difference to a family",
    "and the partnership with {charity} has already changed how we respond",
    "and anyone with concerns should contact us in confidence",
]
QUOTE_CLOSERS = [
    "Getting help takes one phone call.",
    "We will not stand still.",
    "There is always someone to talk to.",
    "Please do not wait until it is too late.",
    "This is only the start.",
]


@dataclass(frozen=True)
class Release:
    """One generated press release: a source name and its text."""

    source: str
    text: str


def _person(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def _quote(rng: random.Random, area: str, charity: str) -> str:
    first = rng.choice(QUOTE_OPENERS).format(area=area)
    middle = rng.choice(QUOTE_MIDDLES).format(charity=charity)
    return f"{first}, {middle}. {rng.choice(QUOTE_CLOSERS)}"


def _figure(rng: random.Random) -> str:
    count, unit, period = rng.randint(12, 9800), rng.choice(UNITS), rng.choice(PERIODS)
    change = rng.randint(3, 64)
    shapes = [
        f"Officers received {count:,} {unit} {period}, up {change}% on the year before.",
        f"{unit.capitalize()} fell by {change} per cent {period}, to {count:,}.",
        f"More than {count:,} {unit} were recorded {period}.",
        f"The number of {unit} rose from {count:,} to {count + change * 7:,} {period}.",
    ]
    return rng.choice(shapes)


def new_release(rng: random.Random, index: int) -> str:
    """A fresh release: headline, lead, figures, two quotes, contact line."""
    force, area = rng.choice(FORCES)
    charity = rng.choice(CHARITIES)
    officer, worker = _person(rng), _person(rng)
    rank, role = rng.choice(RANKS), rng.choice(ROLES)
    action = rng.choice(ACTIONS)
    paragraphs = [
        f"{force} launches {action} (release {index})",
        f"{force} has launched {action} with {charity}, "
        f"officers announced on {rng.randint(1, 28)} {rng.choice(['May', 'June', 'October'])}.",
        " ".join(_figure(rng) for _ in range(rng.randint(1, 3))),
        f"{rank} {officer} said: “{_quote(rng, area, charity)}”",
        f"“{_quote(rng, area, charity)[:-1]},” {rng.choice(['said', 'added'])} {worker}, "
        f"{role} at {charity}.",
        f"Anyone with information can call {force} on 101.",
    ]
    return "\n\n".join(paragraphs) + "\n"


def _typo(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    spots = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha()]
    if not spots:
        return text + " "
    k = rng.choice(spots)
    w = words[k]
    j = rng.randrange(1, len(w) - 2)
    words[k] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


def _trim(rng: random.Random, text: str) -> str:
    paragraphs = text.strip().split("\n\n")
    return "\n\n".join(paragraphs[: max(3, len(paragraphs) - rng.randint(1, 2))]) + "\n"


def _reparagraph(rng: random.Random, text: str) -> str:
    """Join two neighbouring paragraphs after the headline; a text already down to a
    headline and one paragraph (trimmed and joined before) is left as it is."""
    paragraphs = text.strip().split("\n\n")
    if len(paragraphs) < 3:
        return text
    k = rng.randrange(1, len(paragraphs) - 1)
    merged = [*paragraphs[:k], paragraphs[k] + " " + paragraphs[k + 1], *paragraphs[k + 2 :]]
    return "\n\n".join(merged) + "\n"


EDITS: list[Callable[[random.Random, str], str]] = [_typo, _trim, _reparagraph]


def generate(count: int, seed: int = 11, reprint_share: float = 0.2) -> list[Release]:
    """``count`` distinct releases; about ``reprint_share`` of them edited reprints."""
    rng = random.Random(seed)
    texts: list[str] = []
    seen: set[str] = set()
    while len(texts) < count:
        if texts and rng.random() < reprint_share:
            text = rng.choice(texts)
            for edit in rng.sample(EDITS, rng.randint(1, len(EDITS))):
                text = edit(rng, text)
        else:
            text = new_release(rng, len(texts))
        if text in seen:
            continue
        seen.add(text)
        texts.append(text)
    return [Release(f"bench/{i:05d}.txt", text) for i, text in enumerate(texts)]


def main() -> None:
    """Print a few generated releases."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=3, help="how many releases")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    for release in generate(args.docs, args.seed):
        print(f"=== {release.source}\n{release.text}")


if __name__ == "__main__":
    main()
