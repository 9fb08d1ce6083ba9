"""Title forms with one word misspelt, generated from a table of misspelt words.

Why: reprints misspell ranks ("Det Cheif Supt", "Chief Inspecter"), and listing each
misspelt rank as a form of its entry grows the table form by form and still misses the
next abbreviation with the same typo. ``title_misspellings.txt`` names each misspelt
word once (``Cheif > Chief``); every form holding the word is matched with it misspelt
(one misspelt word a form: typos are rare enough that two in one rank are not worth the
forms), and the person keeps the entry's title, spelt right.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from pressfacts.models.resources import TitleEntry


def misspelt_words(lines: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The misspellings of each word, folded: ``{"chief": ("cheif",)}``, from
    ``<misspelt> > <word>`` lines; a line in another shape fails."""
    found: defaultdict[str, list[str]] = defaultdict(list)
    for line in lines:
        misspelt, sep, word = line.partition(">")
        if not sep or len(misspelt.split()) != 1 or len(word.split()) != 1:
            raise ValueError(f"title_misspellings: not '<misspelt word> > <word>': {line!r}")
        found[word.strip().lower()].append(misspelt.strip().lower())
    return {word: tuple(misspellings) for word, misspellings in found.items()}


def misspelt_forms(form: str, misspellings: dict[str, tuple[str, ...]]) -> list[str]:
    """``form`` with each of its words misspelt in each listed way, one at a time, the
    case of the word kept ("Det Chief Supt" -> ["Det Cheif Supt"])."""
    words = form.split(" ")
    variants = []
    for index, word in enumerate(words):
        for misspelt in misspellings.get(word.lower(), ()):
            written = misspelt.capitalize() if word[:1].isupper() else misspelt
            variants.append(" ".join([*words[:index], written, *words[index + 1 :]]))
    return variants


def with_misspelt_forms(entries: Sequence[TitleEntry], lines: Iterable[str]) -> list[TitleEntry]:
    """``entries`` with the misspelt forms of each title and form added to its forms;
    fails when a misspelt word is a word of some form (the table would misread it) or a
    listed word is in no form (the line would do nothing)."""
    misspellings = misspelt_words(lines)
    written = {
        word.lower()
        for entry in entries
        for form in (entry.title, *entry.forms)
        for word in form.split()
    }
    for word, wrong in misspellings.items():
        if word not in written:
            raise ValueError(f"title_misspellings: {word!r} is a word of no title form")
        if clash := set(wrong) & written:
            raise ValueError(f"title_misspellings: {sorted(clash)} are words of title forms")
    expanded = []
    for entry in entries:
        forms = dict.fromkeys(entry.forms)
        for form in (entry.title, *entry.forms):
            forms.update(dict.fromkeys(misspelt_forms(form, misspellings)))
        expanded.append(entry.model_copy(update={"forms": list(forms)}))
    return expanded
