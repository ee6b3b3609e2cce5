"""Numbers with their qualifiers and what they count.

"at least 3,000 fighters", "more than 1,200 militants", "eight vehicles",
"10 to 15 people", "hundreds", "civilians by the hundreds". Regular expressions
are enough here and far cheaper than a parser; the counted noun and the verb
that governs it ("destroyed 19 boats, 12 fighting positions") come from the
words around the number, with the vocabulary in ``data/counts.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from polemos.article import Quantity
from polemos.resources import load_yaml

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# the words that multiply a number; South Asian papers count in lakhs (100,000) and crores
# (10 million): "2 lakh people displaced", "Rs 5 crore"
_SCALES = {
    "hundred": 100,
    "thousand": 1000,
    "lakh": 100_000,
    "lakhs": 100_000,
    "million": 1_000_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
_SCALE = r"(?:hundred|thousand|lakhs?|million|crores?)\b"
_WORD_NUMBER = (
    r"(?:(?:"
    + "|".join(_TENS)
    + r")(?:[- ](?:"
    + "|".join(list(_UNITS)[1:10])
    + r"))?|"
    + "|".join(sorted(_UNITS, key=len, reverse=True))
    + r")"
    # ("two hundred thousand": two scales)
    rf"(?:\s+{_SCALE}){{0,2}}"
)
# not the digits of a name: "the M23", "F-16 jets", "MH17", "the 3R group"
_DIGITS = (
    r"(?<!\w)(?<![^\W\d_]-)"
    rf"(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+(?:\.\d+)?(?!\w)(?:\s+{_SCALE})?)"
)
_NUMBER = rf"(?:{_DIGITS}|\b{_WORD_NUMBER}\b|\ba (?:hundred|thousand)\b)"
_QUALIFIERS = {
    "at least": "at_least",
    "no fewer than": "at_least",
    "a minimum of": "at_least",
    "more than": "more_than",
    "over": "more_than",
    "upwards of": "more_than",
    "in excess of": "more_than",
    "nearly": "at_most",
    "almost": "at_most",
    "up to": "at_most",
    "as many as": "at_most",
    "fewer than": "at_most",
    "less than": "at_most",
    "at most": "at_most",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "some": "about",
    "roughly": "about",
    "an estimated": "about",
    "estimated": "about",
}
_QUALIFIER = "|".join(sorted((re.escape(q) for q in _QUALIFIERS), key=len, reverse=True))
_NUMBER_PATTERN = re.compile(
    rf"(?:\b(?P<qualifier>{_QUALIFIER})\s+)?"
    rf"(?P<number>{_NUMBER})"
    rf"(?:\s*(?:to|-|–|or|and)\s*(?P<upper>{_NUMBER}))?"
    # the words after are looked at, not consumed: they may hold the next number ("three New
    # People's Army (NPA) rebels": a name's acronym in brackets is no word more)
    rf"(?=(?P<tail>(?:\s+[\w'’-]+(?:\s+\([\w'’-]+\))?){{0,4}}))",
    re.IGNORECASE,
)
_NO_BEFORE = re.compile(r"\bno\s+$", re.IGNORECASE)
_BY_THE = re.compile(
    r"\b(?P<noun>\w+)\s+by the\s+(?P<word>dozens|hundreds|thousands|scores)\b", re.I
)
_STOP_BACK = re.compile(r"[;.!?:]|\b(?:and then|but|while|after|before|as)\b", re.IGNORECASE)
_YEAR_CONTEXT = re.compile(
    r"\b(?:in|since|of|by|until|from|during|year|years|summer|winter|spring|autumn|fall|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    # "On 14 Jan. 2022"
    r"jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class CountVocabulary:
    persons: frozenset[str]
    nouns: dict[str, str]  # singular noun phrase -> kind
    verb_kinds: dict[str, str]  # verb form -> kind
    vague: dict[str, dict[str, int | None]]
    vague_pattern: re.Pattern[str]
    currencies: tuple[str, ...]  # singular names, each also a noun of kind "money"


@lru_cache(maxsize=1)
def vocabulary() -> CountVocabulary:
    data = load_yaml("counts.yaml")
    verb_kinds = {verb: kind for kind, verbs in data["verbs"].items() for verb in verbs}
    vague = {word: dict(values) for word, values in data["vague"].items()}
    words = "|".join(sorted((re.escape(w) for w in vague), key=len, reverse=True))
    pattern = re.compile(
        rf"(?:\b(?P<qualifier>{_QUALIFIER})\s+)?\b(?P<word>{words})\b(?:\s+of)?"
        rf"(?=(?P<tail>(?:\s+[\w'’-]+){{0,3}}))",
        re.IGNORECASE,
    )
    currencies = tuple(data["currencies"])
    nouns = {**data["nouns"], **dict.fromkeys(currencies, "money")}
    return CountVocabulary(
        frozenset(data["persons"]), nouns, verb_kinds, vague, pattern, currencies
    )


def currency_names(*extra: str) -> str:
    """The vocabulary's currencies (and any extra names) as one regex alternation of their
    singular and plural forms ("naira", "dollars", "liras"), longest first."""
    names = sorted({*vocabulary().currencies, *extra}, key=len, reverse=True)
    return rf"(?:{'|'.join(map(re.escape, names))})s?"


def number_value(text: str) -> int | None:
    """'3,000' -> 3000, 'eight' -> 8, 'twenty-one' -> 21, '1.5 million' -> 1500000."""
    words = text.casefold().replace(",", "").replace("-", " ").split()
    if not words:
        return None
    total = 0.0
    for word in words:
        if re.fullmatch(r"\d+(?:\.\d+)?", word):
            total += float(word)
        elif word in _UNITS:
            total += _UNITS[word]
        elif word in _TENS:
            total += _TENS[word]
        elif word == "a":
            total += 1
        elif word in _SCALES:
            total = (total or 1) * _SCALES[word]
        else:
            return None
    return int(total)


@lru_cache(maxsize=8192)
def singular(word: str) -> str:
    """The singular of a plural noun, as the counting vocabulary spells it.

    English plurals are ambiguous by their ending alone ("houses" -> house but "buses" ->
    bus, "wives" -> wife but "thieves" -> thief): each reading is tried against the words
    the vocabulary knows before the spelling rules decide. A general inflection library
    (inflect) reads words it cannot tell are plural as plurals ("bus" -> "bu", "US" -> "ME")
    and costs forty times as much; only the vocabulary's words matter here."""
    word = word.casefold()
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    known = _known_nouns()
    for plural, single in _PLURAL_ENDINGS:
        if word.endswith(plural) and len(word) >= len(plural) + 2:
            reading = word[: -len(plural)] + single
            if reading in known:
                return reading
    if word in known:
        return word  # "police", "personnel", "aircraft"
    if word.endswith(("ches", "shes", "xes", "sses", "zzes")):
        return word[:-2]
    for plural, single in (("ies", "y"), ("men", "man")):
        if word.endswith(plural) and len(word) >= len(plural) + 2:
            return word[: -len(plural)] + single
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


# each plural ending with the singular endings it may come from, likeliest first
_PLURAL_ENDINGS = (
    ("ies", "y"),
    ("ves", "fe"),
    ("ves", "f"),
    ("men", "man"),
    ("es", ""),
    ("s", ""),
)


@lru_cache(maxsize=1)
def _known_nouns() -> frozenset[str]:
    """Every word of the nouns the vocabulary counts, its persons and its nationalities."""
    vocab = vocabulary()
    words = {w for phrase in vocab.nouns for w in phrase.split()}
    return frozenset(words | set(vocab.persons) | _demonyms())


def _counted_noun(tail: str, vocab: CountVocabulary) -> tuple[str, str, bool]:
    """The counted thing among the words after a number: (noun, kind, is_person)."""
    raw = re.findall(r"[\w'’-]+", tail)
    # "three children near the town": what follows a place's preposition is not counted
    # "more than 6,000 fled the town": a verb ends the count's noun; what it acts on is not
    # counted
    cut = next(
        (
            i
            for i, w in enumerate(raw)
            if w.casefold() in _PLACE_PREPOSITIONS or w.casefold() in _VERBS_AFTER_THE_NOUN
        ),
        len(raw),
    )
    raw = raw[:cut]
    words = [singular(w) for w in raw]
    for size in (3, 2, 1):
        for index in range(len(words) - size + 1):
            phrase = " ".join(words[index : index + size])
            if phrase in vocab.nouns:
                return phrase, vocab.nouns[phrase], False
            if size == 1 and phrase in vocab.persons:
                return phrase, "persons", True
            if size == 1 and phrase != raw[index].casefold() and phrase in _demonyms():
                # "killed three Palestinians", "12 Nigerians": a nationality in the plural
                # counts people ("3 Russian missiles" counts missiles)
                return phrase, "persons", True
    if not words or words[0] in _FUNCTION_WORDS:
        return "", "", False
    return words[0], "", False


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    from polemos.geo.lexicon import DEMONYMS

    return frozenset(d for d in DEMONYMS if " " not in d)


_IRREGULAR_PLURALS = {
    "children": "child",
    "people": "people",
    "persons": "person",
    "men": "man",
    "women": "woman",
}
_PLACE_PREPOSITIONS = frozenset(
    "near in at on inside outside around across during after before from".split()
)
_VERBS_AFTER_THE_NOUN = frozenset(
    "were was are is had have has fled died perished escaped left abandoned".split()
)
_FUNCTION_WORDS = frozenset(
    "and or but of in on at to from by with for the a an as were was are is had have has that "
    "who which others other people's".split()
)
_PASSIVE = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,3}?(?:were|was|have been|had been|has been|are|is|being)\s+"
)
_DIED_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:died|perished|lost their lives)\b")


def _governing_kind(
    before: str, after: str, vocab: CountVocabulary, person: bool = True, noun_words: int = 0
) -> str | None:
    """The kind a nearby verb gives a count: 'killing 6 civilians', '6 civilians were killed'.

    After the number only a passive ("19 boats were destroyed") or, for people, a
    headline participle ("6 civilians killed") counts: in "24 strikes engaged 18 units"
    the strikes do the engaging.
    """
    right_after = _PARTICIPLE_AFTER.match(after)
    if right_after:
        # "left 11 dead and 30 wounded": the word right after the number says what it counts
        return vocab.verb_kinds.get(right_after.group(1).casefold())
    if (person or _OTHERS_AFTER.match(after)) and (harmed := _HARMED_RIGHT_AFTER.match(after)):
        # "107 people had been detained and that 21 police officers had been injured": the
        # passive right after the count says what befell them, whatever verb came before
        return vocab.verb_kinds.get(harmed.group(1).casefold())
    clause = _STOP_BACK.split(before)[-1]
    if _TOLL_ROSE_BEFORE.search(clause):
        # "The death toll from an attack by al Shabaab militants on a popular beach in
        # Mogadishu rose to 37": the toll's verb, however far the toll's noun is
        return "fatalities"
    if _PLACE_PREPOSITION_BEFORE.search(clause):
        # "46 wounded in the missile strikes on six locations": what the act was done at or
        # with, no one the verb befell
        clause = ""
    words_before = re.findall(r"[\w'’]+", clause.casefold())[-12:]
    for index in range(len(words_before) - 1, -1, -1):
        # "raises the death toll to 18": a two-word cue as well as one word
        two = " ".join(words_before[max(0, index - 1) : index + 1])
        if words_before[index : index + 2] == ["took", "place"]:
            continue  # "The attack took place in Kalat, about 150 kilometers south": nothing taken
        for phrase in (two, words_before[index]):
            if phrase in vocab.verb_kinds:
                return vocab.verb_kinds[phrase]
    if not person and not _PASSIVE.match(after):
        return None
    # "Two servicemen of the Armenian Armed Forces were killed": the unit named, then the verb
    aside = (
        _INCLUDING_ASIDE.match(after)
        or _OF_A_NAMED_BODY.match(after)
        # "one man, 25-year-old Jihad Abu Alia, was killed": the one counted, named
        or _NAMED_ASIDE.match(after)
    )
    if aside:
        # "at least 42 people, including seven women and three children, were killed": the
        # verb after the aside counts the whole, not only the part the aside names
        after = (aside.group(1) or "") + " " + after[aside.end() :]
    # six words on (more past a noun longer than two words), and the two after them to
    # finish a phrase ("killed and injured")
    reach = 6 + max(0, noun_words - 2)
    words_after = re.findall(r"[\w'’]+", after.casefold())[: reach + 2]
    for index, word in enumerate(words_after[:reach]):
        two = " ".join(words_after[index : index + 2])
        three = " ".join(words_after[index : index + 3])
        for phrase in (three, two, word):
            if phrase in vocab.verb_kinds:
                return vocab.verb_kinds[phrase]
    return None


_TOLL_ROSE_BEFORE = re.compile(
    r"\b(?:death\s+)?toll\b[^.;]*?\b(?:rose|risen|rises|rising|climbed|climbs|jumped|jumps|"
    r"increased|increases|reached|reaches)\s+(?:to\s+)?(?:at\s+least\s+)?$",
    re.IGNORECASE,
)
_PLACE_PREPOSITION_BEFORE = re.compile(
    r"\b(?:on|in|at|across|from|into|near|against)\s+$", re.IGNORECASE
)
# "a peacekeeper was killed and two others were wounded": people, whom the passive after
# says what befell
_OTHERS_AFTER = re.compile(r"\s+others\b", re.IGNORECASE)
# the count's own noun (a word or two), then a passive of harm: "21 police officers had been
# injured", "three women were wounded"
_HARMED_RIGHT_AFTER = re.compile(
    r"(?:\s+(?!(?:and|or|but|while|as)\b)[A-Za-z'’-]+){0,3}?\s+"
    r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:also\s+|later\s+|seriously\s+|slightly\s+|critically\s+)?"
    r"(killed|wounded|injured|hurt|arrested|detained|abducted|kidnapped|displaced)\b",
    re.IGNORECASE,
)
_NAMED_ASIDE = re.compile(
    r"(\s*[\w'’-]+)?,\s*(?:\d{1,3}-year-old\s+)?(?:[A-Z][\w'’.-]*\s*){1,4},"
)
_OF_A_NAMED_BODY = re.compile(
    r"(\s*[\w'’-]+)?\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,5}(?=[a-z])"
)
_INCLUDING_ASIDE = re.compile(
    r"(\s*[\w'’-]+(?:\s+[\w'’-]+)?)?,\s*(?:including|among\s+them|among\s+whom)\b[^,;.()]*,"
)
_PARTICIPLE_AFTER = re.compile(
    r"\s+(?:others?\s+|people\s+|more\s+)?(?:(?:have|had|has)\s+)?"
    r"(dead|killed|wounded|injured|hurt|fled|died)\b",
    re.I,
)


# what a verb can do to people a count counts: a toll, the wounded, the taken, the displaced
_HARM_KINDS = frozenset({"fatalities", "wounded", "arrested", "abducted", "displaced"})


def _kind(noun_kind: str, person: bool, verb_kind: str | None) -> str:
    if person:
        return (
            verb_kind
            if verb_kind in _HARM_KINDS
            else "persons"
        )
    if not noun_kind:
        return verb_kind or ""
    if verb_kind in {"destroyed", "damaged", "engaged", "taken"}:
        return f"{noun_kind}_{verb_kind}"
    return noun_kind


def find_quantities(text: str, offset: int = 0, sentence: int = 0) -> list[Quantity]:
    """Quantities in one sentence (``offset`` is the sentence's start in the article)."""
    vocab = vocabulary()
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for match in _NUMBER_PATTERN.finditer(text):
        number = match.group("number")
        value = number_value(number)
        if value is None:
            continue
        start = match.start()
        tail = match.group("tail")
        if (
            _looks_like_date(text, match, value)
            or _UNIT_NAME_AFTER.match(text, match.end("number"))
            or _LABEL_BEFORE.search(text, max(0, start - 12), start)
            # "she died three years ago, at age 81", "aged 19": an age, no count
            or _AGE_BEFORE.search(text, max(0, start - 12), start)
            # "no one was hurt": nobody, not one
            or (value == 1 and _NO_BEFORE.search(text, max(0, start - 4), start))
        ):
            continue
        if (
            value < 120
            and _NAME_COMMA_BEFORE.search(text, 0, start)
            and text.startswith(",", match.end("number"))
        ):
            continue  # "Sergeant Afrim Bunjaku, 36, was killed": an age, not a count
        noun, noun_kind, person = _counted_noun(tail, vocab)
        # "three New People's Army (NPA) rebels were killed": a long name before the noun
        # puts the verb further from the number ("320 the number of persons who were killed"
        # is no name)
        noun_end = _noun_end(match, noun)
        named = re.findall(r"[\w'’]+", text[match.end("number") : noun_end])
        noun_words = len(named) if all(w[0].isupper() for w in named[:-1]) else 0
        if person and (more := _more_people().match(text, noun_end)):
            # "at least 50 soldiers and volunteer fighters had been killed": one count of both
            noun_words = max(noun_words, 1) + len(re.findall(r"[\w'’]+", more.group()))
            if _another_one().fullmatch(more.group()) and not _AND_ONE.match(more.group()):
                # "killing nine students and a teacher": one more, written without a number
                # ("and one soldier" is a count of its own)
                value += 1
        verb_kind = _governing_kind(
            text[:start], text[match.end("number") :], vocab, person, noun_words
        )
        qualifier = _QUALIFIERS.get((match.group("qualifier") or "").casefold(), "exact")
        low = best = high = value
        if match.group("upper"):
            upper = number_value(match.group("upper"))
            if upper is not None and upper > value:
                qualifier, high = "range", upper
                best = value
        if qualifier in {"at_least", "more_than"}:
            high = None
        elif qualifier == "at_most":
            low = None
        end = match.end("number") if not match.group("upper") else match.end("upper")
        end = max(end, noun_end)
        if person and _SPEAKER_AFTER.match(text, end):
            # "killed them behind the mosque," one resident said": who tells, not the toll
            verb_kind = None
        if noun_kind == "livestock":
            verb_kind = None  # "killed 25 heads of cattle": animals, no toll of people
        if noun_kind == "km" and _DIRECTION_AFTER.match(text, end):
            # "80 km northeast of Baghdad": where a place is, no ground taken
            noun_kind, verb_kind = "distance", None
        found.append(
            Quantity(
                start=offset + start,
                end=offset + end,
                text=text[start:end],
                low=low,
                best=best,
                high=high,
                qualifier=qualifier,
                noun=noun,
                sentence=sentence,
                # "the death toll in nearly 3 months": a span of time is no toll
                kind="" if noun in _TIME_UNITS else _kind(noun_kind, person, verb_kind),
                person=person,
            )
        )
        taken.append((start, end))
    found.extend(_vague_quantities(text, offset, sentence, taken, vocab))
    found.extend(_single_victims(text, offset, sentence, taken, vocab))
    found.sort(key=lambda q: q.start)
    _share_the_verb(text, offset, found)
    return found


# the body counted people belong to, after their count: "16 members of the security forces"
OF_THEIR_BODY = r"(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}[\w'’-]+)"
# ("16 members of the security forces and 14 gunmen": the first count's body named)
_AND_BETWEEN = re.compile(rf"{OF_THEIR_BODY}?(?:,?\s+and\s+|,\s+)")


def _share_the_verb(text: str, offset: int, found: list[Quantity]) -> None:
    """"Eight government soldiers and six Houthi fighters were killed": counts of people
    joined by "and" or commas before one verb are all of its kind (the verb lies beyond the
    first count's reach of words)."""
    # from the last count back: "Two soldiers, three policemen and four civilians were
    # wounded" hands the verb's kind down the list
    handed: set[int] = set()  # the counts that took their kind from the verb after the list
    for index in range(len(found) - 2, -1, -1):
        first, second = found[index], found[index + 1]
        if (
            first.person
            and second.person
            and first.kind == "persons"
            and second.kind in _HARM_KINDS
            and _AND_BETWEEN.fullmatch(text, first.end - offset, second.start - offset)
            and (
                index + 1 in handed
                or _PASSIVE.match(text[second.end - offset :])
                # "five soldiers and more than a dozen militants died in the fighting"
                or _DIED_AFTER.match(text[second.end - offset :])
            )
        ):
            first.kind = second.kind
            handed.add(index)


_NAME_COMMA_BEFORE = re.compile(r"\b[A-Z][a-z][\w'’-]*,\s+$")
_SPEAKER_AFTER = re.compile(r"\s+(?:said|says|told|added|recalled)\b")
_DIRECTION_AFTER = re.compile(
    # "150 kilometers (90 miles) south of the provincial capital": the other unit between
    r"(?:\s*\([^()]{0,30}\))?"
    r"\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:of|from)|from|"
    r"away\s+from|outside)\b",
    re.IGNORECASE,
)
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "year"})


# a toll of one written without a number: "shot and killed a farmer", "a man was burnt to
# death", "killed him" (ACLED notes and wires alike write single deaths this way)
_KILLED = (
    r"(?:killed|shot dead|shot and killed|gunned down|murdered|beheaded|executed|lynched|"
    r"assassinated|"
    r"(?:beat|beaten|stabbed|burnt|burned|tortured|stoned|hacked|clubbed) to death)"
)
_ONE = r"(?:a|an|one|the)\s+(?:[\w'’-]+\s+){0,3}?"


@lru_cache(maxsize=1)
def _one_word_persons() -> str:
    """The vocabulary's one-word person nouns as one alternation, longest first."""
    return "|".join(
        sorted((re.escape(p) for p in vocabulary().persons if " " not in p), key=len, reverse=True)
    )


@lru_cache(maxsize=1)
def _single_victim_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    persons = _one_word_persons()
    # "beat a civilian to death", "hacked a farmer to death": the verb, its victim, then
    # how they died
    to_death = (
        rf"(?:beat|stabbed|hacked|clubbed|stoned|burnt|burned|tortured|kicked|shot)"
        rf"(?=\s+{_ONE}(?:{persons})\s+to\s+death\b)"
    )
    active = re.compile(
        rf"\b(?:{_KILLED}|{to_death}|killing|murdering)\s+(?:(?P<pronoun>him|her)\b|"
        # "shot dead a 19-year-old Palestinian": one of an age, whatever the noun after
        rf"(?:a|an|one)\s+\d{{1,3}}-year-old\b|{_ONE}(?P<noun>{persons})\b(?!['’]s))",
        re.IGNORECASE,
    )
    passive = re.compile(
        rf"\b{_ONE}(?P<noun>{persons})\b[^.;]{{0,60}}?\b(?:was|has been|had been)\s+"
        rf"(?:\w+\s+){{0,2}}?(?:{_KILLED}|found dead)\b",
        re.IGNORECASE,
    )
    # "Sergeant Afrim Bunjaku, 36, was killed", "Private Narek Mkrtchyan was shot dead": one
    # named by rank, or by name and age, as the news names its dead
    named = re.compile(
        r"\b(?:(?:Sergeant|Sgt\.|Corporal|Cpl\.|Private|Pvt\.|Officer|Constable|Captain|Capt\.|"
        r"Lieutenant|Lt\.|Major|Colonel|Col\.|Inspector|Commander)\s+(?:[A-Z][\w'’-]+\s+){1,3}|"
        r"(?:[A-Z][\w'’-]+\s+){1,3}?[A-Z][\w'’-]+,\s+\d{1,3},\s+)"
        rf"(?P<noun>(?!))?(?:was|has\s+been|had\s+been)\s+(?:\w+\s+){{0,2}}?{_KILLED}\b"
    )
    return active, passive, named


@lru_cache(maxsize=1)
def _more_people() -> re.Pattern[str]:
    """People joined to a count's own with no number of their own: "and volunteer fighters"."""
    persons = _one_word_persons()
    return re.compile(
        rf"\s+and\s+(?:[\w'’-]+\s+)?(?:{persons})s?\b(?!['’]s)", re.IGNORECASE
    )


_AND_ONE = re.compile(r"\s+and\s+one\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _another_one() -> re.Pattern[str]:
    persons = _one_word_persons()
    return re.compile(
        # "killed a Hezbollah field commander and another man"
        rf"\s+and\s+(?:a|an|one|his|her|their|another)\s+(?:[\w'’-]+\s+)?(?:{persons})\b(?!['’]s)",
        re.IGNORECASE,
    )


def _single_victims(
    text: str, offset: int, sentence: int, taken: list[tuple[int, int]], vocab: CountVocabulary
) -> list[Quantity]:
    found = []
    for pattern in _single_victim_patterns():
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue  # "killed the 3 soldiers": the number says it
            noun = singular(match.group("noun") or "person")
            # "shot dead a farmer and his son": two, each written without a number
            active = pattern is _single_victim_patterns()[0]
            second = _another_one().match(text, end) if active and match.group("noun") else None
            if second:
                end = second.end()
            count = 2 if second else 1
            found.append(
                Quantity(
                    start=offset + start,
                    end=offset + end,
                    text=text[start:end],
                    low=count,
                    best=count,
                    high=count,
                    qualifier="exact",
                    noun=noun,
                    sentence=sentence,
                    kind="fatalities",
                    person=True,
                )
            )
            taken.append((start, end))
    return found


def _noun_end(match: re.Match[str], noun: str) -> int:
    """Where the counted noun ends, so the quantity's text reads "19 boats", not "19"."""
    if not noun:
        return match.end("number")
    last = noun.split()[-1]
    for word in re.finditer(r"[\w'’-]+", match.group("tail")):
        if singular(word.group()) == last:
            return match.start("tail") + word.end()
    return match.end("number")


def _looks_like_date(text: str, match: re.Match[str], value: int) -> bool:
    number = match.group("number")
    if re.fullmatch(r"(?:1[89]|20)\d\d", number) and _YEAR_CONTEXT.search(text[: match.start()]):
        return True
    if re.fullmatch(r"(?:1[89]|20)\d\d", number) and not match.group("tail").strip():
        return True
    # "12 June", "June 12": a day of a month
    # whole month names or their abbreviations ("3 marines", "four separatists", "two junior
    # officers" begin like one)
    month = (
        r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
        r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
    )
    if value <= 31 and re.match(rf"\s+{month}\b", match.group("tail"), re.IGNORECASE):
        return True
    if value <= 31 and re.search(rf"\b{month}\s*$", text[: match.start()], re.IGNORECASE):
        return True
    # times and ordinals: "10:30", "3rd", "1st"
    after = text[match.end("number") : match.end("number") + 2]
    if after.startswith((":", "st", "nd", "rd", "th", "%")):
        return True
    # "killed around 5 p.m.", "at 11am", "by 7 o'clock": a time of day
    if value <= 24 and (
        _CLOCK_AFTER.match(text, match.end("number"))
        or (
            _CAPITAL_CLOCK.match(text, match.end("number"))
            and _TIME_WORD_BEFORE.search(text, max(0, match.start() - 16), match.start())
        )
    ):
        return True
    # an age, a length or a size: "a 45-year-old man", "a 10-day siege" count no one
    return _MEASURE_AFTER.match(text, match.end("number")) is not None


_AGE_BEFORE = re.compile(r"\b(?:aged|ages?(?:\s+of)?)\s+$", re.IGNORECASE)
_CLOCK_AFTER = re.compile(
    r"\s*(?:[apAP]\.\s?[mM]\.?|[ap]m\b|o['’]clock\b|hrs\b|GMT\b|UTC\b)"
)
# "at 5 AM" (not "5 PM supporters", the prime minister's): capitals after a word of time
_CAPITAL_CLOCK = re.compile(r"\s*[AP]M\b")
_TIME_WORD_BEFORE = re.compile(
    r"\b(?:at|around|about|by|until|till|before|after|from|since|approximately)\s+$",
    re.IGNORECASE,
)


# "a wreck on Route 9 killed a passenger", "Gate 4", "Resolution 2254": the number names a
# road, a door or a text, and counts nothing
_LABEL_BEFORE = re.compile(
    r"\b(?:route|highway|interstate|road|street|avenue|boulevard|no\.|number|room|gate|block|"
    r"building|apartment|flat|ward|sector|zone|exit|bus|flight|channel|platform|terminal|floor|"
    r"lot|plot|lane|camp|checkpoint|kilometre|kilometer|km|mile|article|resolution|section|"
    r"chapter|page|episode)\s*$",
    re.IGNORECASE,
)


# "the 444 Brigade's commander", "the 58 Combined Arms Army": a unit's name, no count ("20
# Army soldiers" are counted)
_UNIT_NAME_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:Brigade|Division|Battalion|Regiment|Corps|Army|Squadron|"
    r"Unit)\b(?!\s+(?:soldiers|troops|fighters|members|personnel|officers|men|recruits)\b)"
)
_MEASURE_AFTER = re.compile(
    r"[- ](?:years?|months?|weeks?|days?|hours?|minutes?|km|kilometres?|kilometers?|miles?)"
    r"-(?:old|long)\b|-(?:years?|months?|weeks?|days?|hours?|minutes?)\b|"
    # "a nine-storey apartment building", "a five-member team": the size of a thing
    r"-(?:stor(?:e)?ys?|storied|floors?|member|strong|seater|bed|lane)\b",
    re.IGNORECASE,
)


# a vague word that is itself the subject of a toll's verb: "Dozens were killed"
_VAGUE_SUBJECT = re.compile(
    r"\s+(?:were|have\s+been|had\s+been|are\s+feared|died|perished)\b", re.IGNORECASE
)


def _vague_quantities(
    text: str, offset: int, sentence: int, taken: list[tuple[int, int]], vocab: CountVocabulary
) -> list[Quantity]:
    found = []
    for match in _BY_THE.finditer(text):
        word = match.group("word").casefold()
        values = vocab.vague[word]
        noun = singular(match.group("noun"))
        verb_kind = _governing_kind(text[: match.start()], "", vocab)
        person = noun in vocab.persons
        found.append(
            Quantity(
                start=offset + match.start("word") - len("by the "),
                end=offset + match.end(),
                text=f"{match.group('noun')} by the {match.group('word')}",
                low=values["low"],
                best=values["best"],
                high=values["high"],
                qualifier="vague",
                noun=noun,
                sentence=sentence,
                kind=_kind("", person, verb_kind) if person else "",
                person=person,
            )
        )
        taken.append((match.start(), match.end()))
    for match in vocab.vague_pattern.finditer(text):
        if any(s < match.end("word") and match.start("word") < e for s, e in taken):
            continue
        word = match.group("word").casefold()
        values = vocab.vague[word]
        noun, noun_kind, person = _counted_noun(match.group("tail"), vocab)
        if not person and not noun_kind:
            if not _VAGUE_SUBJECT.match(text, match.end("word")):
                continue  # "many years", "several times": not a count of anything we track
            person = True  # "Dozens were killed": people, as "12 were killed" is
        verb_kind = _governing_kind(text[: match.start()], text[match.end("word") :], vocab, person)
        end = _noun_end(match, noun) if noun else match.end("word")
        found.append(
            Quantity(
                start=offset + match.start(),
                end=offset + end,
                text=text[match.start() : end],
                low=values["low"],
                best=values["best"],
                high=values["high"],
                qualifier="vague",
                noun=noun,
                sentence=sentence,
                kind=_kind(noun_kind, person, verb_kind),
                person=person,
            )
        )
    return found
