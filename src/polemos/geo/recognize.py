"""Toponym recognition: which capitalised names in a text are places.

Candidate spans come from cheap sources: NER locations (GPE/LOC/FAC) where an NER pass
ran, gazetteer matches inside capitalised word runs, whole short runs, and demonyms. A
small boosted-tree classifier (``data/geo/recognizer.npz``, trained by
``scripts/train_geo_ranker.py`` on the dev halves of LGL and GeoWebNews) keeps the spans
that are toponyms, from features of the span, its context words, the gazetteer and the NER
labels of the span and of the same words elsewhere in the text. Where no NER ran (the
pipeline runs spaCy only on sentences that may hold an event) the classifier sees that and
leans on the gazetteer and the context words instead.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from polemos.geo.gazetteer import ADMIN1, ADMIN2, COUNTRY, PLACE, REGION, SKELETON, Gazetteer
from polemos.geo.lexicon import (
    COMPASS_WORDS,
    DEMONYMS,
    LEVEL_WORDS,
    REGION_DEMONYMS,
    STOP_WORDS,
)
from polemos.geo.names import fold, is_transliterated
from polemos.geo.ranker import Ranker

RECOGNIZER_FEATURES: tuple[str, ...] = (
    "ner_run",  # an NER pass covered this span's sentence
    "ner_gpe", "ner_loc", "ner_fac", "ner_org", "ner_person", "ner_norp", "ner_other",
    "ner_exact",  # an NER location entity has exactly this span
    "doc_loc_votes",  # share of NER labels of the same words elsewhere that are locations
    "doc_person_org_votes",  # ... that are PERSON/ORG
    "in_gazetteer",
    "best_kind_country", "best_kind_admin1", "best_kind_admin2", "best_kind_place",
    "best_kind_region",
    "log_population",  # of the most populous place of that name
    "log_candidates",
    "main_name",  # the name is some place's own name (not only an alternate)
    "n_tokens",
    "all_caps",
    "sentence_start",
    "prev_preposition",  # "in", "at", "from", "near" ... before the span
    "prev_the",
    "prev_title",  # "Mr", "President", "Gov." ...
    "next_comma_place",  # ", Texas" / ", Syria" follows
    "prev_place_comma",  # "Paris, " precedes (a place before the comma)
    "next_level_word",  # "County", "province", "city" follows
    "next_capitalised",  # the capitalised run goes on after the span
    "prev_capitalised",  # ... or started before it
    "next_org_word",  # "University", "Police", "Times" ... follows
    "demonym",
    "stop_word",
    "same_surface_count",  # log2 of how often the same words occur in the text
    "possessive",  # "Syria's"
    "length_chars",
)

_PREPOSITIONS = frozenset(
    "in at from near to into of across outside inside around throughout toward towards "
    "through via within between against along over under via".split()
)
_TITLES = frozenset(
    "mr mrs ms dr gov sen rep president minister gen col capt sgt lt st saint king queen "
    "prince sheikh judge mayor officer detective chief coach".split()
)
_ORG_WORDS = frozenset(
    "university college school academy institute hospital church cathedral police "
    "department ministry council committee party times post journal news herald tribune "
    "club fc united city's bank company corp corporation inc ltd group airlines airways "
    "association foundation center centre court board commission agency office "
    "army navy forces guard services service league cup stadium hotel inn "
    "street avenue road boulevard".split()
)
_LOCATION_LABELS = {"GPE", "LOC", "FAC"}
# "Ziyara town", "Khaneh village": a level word in lower case, after a name
_LEVEL_WORD_AFTER = re.compile(r"\s+(?:" + "|".join(LEVEL_WORDS) + r")\b")
_MID_SENTENCE_BEFORE = re.compile(r"[\w,;:]\s+$")
_NICKNAME = r"[\"“'‘][A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}[\"”'’]"
_NICKNAME_AFTER = re.compile(rf"\s+{_NICKNAME}\s+[A-Z]")
_NICKNAME_BEFORE = re.compile(rf"[A-Z][\w'’.-]*\s+{_NICKNAME}\s+$")
_NICKNAME_WINDOW = 80
_KNOWN_LABELS = {"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"}
_DEMONYM_WORD = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b")
# the last word of the window before a span: a search tries every start, and the leftmost
# match always starts a run of its letters (one from within a run is also one from the
# run's start), so the lookbehind skips the starts within runs and finds the same
_WORD_BEFORE = re.compile(r"(?<![A-Za-z.])([A-Za-z.]+)\W*$")
_WORD_AFTER = re.compile(r"^\W*?([A-Za-z]+)")
_NEXT_COMMA_NAME = re.compile(r"^,\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)")
_PREV_NAME_COMMA = re.compile(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*),\s*$")
_CAPITAL_AFTER_SPACE = re.compile(r"^\s+[A-Z]")
_CAPITALISED_BEFORE_SPACE = re.compile(r"[A-Z][\w.]*\s+$")


def default_recognizer_path() -> Path:
    return Path(__file__).resolve().parent.parent / "data" / "geo" / "recognizer.npz"


def load_recognizer_model(path: str | Path | None = None) -> Ranker | None:
    target = Path(path) if path is not None else default_recognizer_path()
    return Ranker.load(target, RECOGNIZER_FEATURES) if target.exists() else None


class SpanFeatures:
    """Candidate spans of a text and their recognition features."""

    def __init__(self, gazetteer: Gazetteer, gazetteer_matches):
        self.g = gazetteer
        self._gazetteer_matches = gazetteer_matches

    def candidates(
        self,
        text: str,
        entities: Sequence[tuple[int, int, str]],
        ner_regions: Sequence[tuple[int, int]],
    ) -> tuple[list[tuple[int, int]], np.ndarray]:
        from polemos.geo.resolve import _trim_entity, without_possessive

        g = self.g
        spans: set[tuple[int, int]] = set()
        ner_label: dict[tuple[int, int], str] = {}
        ent_spans = []
        for start, end, label in entities:
            s, e = _trim_entity(text, start, end, g) if label in _LOCATION_LABELS else (start, end)
            if e <= s:
                continue
            ent_spans.append((s, e, label))
            if label in _LOCATION_LABELS:
                spans.add((s, e))
                ner_label[(s, e)] = label
        for s, e in self._gazetteer_matches(text):
            spans.add((s, e))
        # whole capitalised runs too ("Royal Street", "Colorado State University"): the
        # classifier decides whether a name the gazetteer lacks is a place
        # and every place name inside a run ("Minnesota" in "the Minnesota Department of
        # Transportation", "Dubai" in "Dubai Police"): gold corpora mark those too
        from polemos.geo.resolve import capitalised_runs

        for run_start, run, tokens in capitalised_runs(text):
            if 1 < len(run.split()) <= 5:
                spans.add((run_start, run_start + len(run)))
            for i in range(len(tokens)):
                first = tokens[i].group(0)
                if not (first[:1].isupper() or is_transliterated(first)):
                    continue
                for j in range(i + 1, min(len(tokens), i + 4) + 1):
                    start = run_start + tokens[i].start()
                    surface = without_possessive(text[start : run_start + tokens[j - 1].end()], g)
                    key = fold(surface)
                    if len(key) >= 2 and key not in STOP_WORDS and g.has_key(key):
                        spans.add((start, start + len(surface)))
                    elif (
                        is_transliterated(surface)
                        or (
                            _LEVEL_WORD_AFTER.match(text, start + len(surface))
                            # "But city officials", "Northern region": a sentence's first
                            # word or a compass word before the level word
                            and _MID_SENTENCE_BEFORE.search(text, max(0, start - 3), start)
                            and key not in STOP_WORDS
                            and key not in COMPASS_WORDS
                            and g.spelt_like(surface)
                        )
                    ) and g.lookup(surface):
                        # "al-Tabaqa" for GeoNames' "Al-Tabqa", "shelled Ziyara town" for
                        # "Ziyarah": a spelling variant, of a transliterated name or of one
                        # whose level word says it is a place
                        spans.add((start, start + len(surface)))
        # demonyms: LGL and GeoWebNews mark "Syrian", "European" as toponyms (the caller
        # decides whether it wants them; the pipeline stage does not)
        for m in _DEMONYM_WORD.finditer(text):
            key = m.group(0).casefold()
            if key in DEMONYMS or key in REGION_DEMONYMS:
                spans.add((m.start(), m.end()))
        # a person's names around a quoted nickname: Johnson "Izo" Andre, Joaquin "El Chapo"
        # Guzman; neither name is a place (the end-anchored search in a window as long as a
        # name and a nickname can be, not the whole text before each span)
        ordered = sorted(
            (s, e)
            for s, e in spans
            if not _NICKNAME_AFTER.match(text, e)
            and not _NICKNAME_BEFORE.search(text, max(0, s - _NICKNAME_WINDOW), s)
        )

        # how the NER labelled the same words elsewhere in the text
        votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for s, e, label in ent_spans:
            votes[fold(text[s:e])][label] += 1
        surface_counts: dict[str, int] = defaultdict(int)
        for s, e in ordered:
            surface_counts[text[s:e]] += 1

        x = np.zeros((len(ordered), len(RECOGNIZER_FEATURES)))
        n_features = len(RECOGNIZER_FEATURES)
        for k, (s, e) in enumerate(ordered):
            surface = text[s:e]
            key = fold(surface)
            # a list, set into the row at once: an item set of a numpy row costs what a
            # feature does (the same float64 values: a bool is 0.0 or 1.0)
            f: list[float] = [0.0] * n_features
            f[0] = any(a <= s and e <= b for a, b in ner_regions)
            overlapping = [lab for a, b, lab in ent_spans if a < e and s < b]
            for j, lab in enumerate(("GPE", "LOC", "FAC", "ORG", "PERSON", "NORP")):
                f[1 + j] = lab in overlapping
            f[7] = any(lab not in _KNOWN_LABELS for lab in overlapping)
            f[8] = (s, e) in ner_label
            v = votes.get(key, {})
            total = sum(v.values())
            if total:
                f[9] = sum(v.get(lab, 0) for lab in _LOCATION_LABELS) / total
                f[10] = (v.get("PERSON", 0) + v.get("ORG", 0)) / total
            # a spelling variant counts as known only for a transliterated name
            loose = is_transliterated(surface)
            found = {
                r: q for r, q in g.lookup(surface, loose=loose).items() if loose or q != SKELETON
            }
            if found:
                f[11] = 1
                kinds = {int(g.kind[r]) for r in found}
                for j, kind in enumerate((COUNTRY, ADMIN1, ADMIN2, PLACE, REGION)):
                    f[12 + j] = kind in kinds
                f[17] = math.log10(1 + max(int(g.population[r]) for r in found))
                f[18] = math.log2(len(found))
                f[19] = any(q == 0 for q in found.values())
            f[20] = len(surface.split())
            f[21] = surface.isupper()
            before = text[max(0, s - 40) : s]
            after = text[e : e + 60]
            stripped_before = before.rstrip(" \t\"'“‘(")
            f[22] = not stripped_before or stripped_before[-1] in ".!?\n:"
            wb = _WORD_BEFORE.search(before)
            prev = wb.group(1).casefold().rstrip(".") if wb else ""
            f[23] = prev in _PREPOSITIONS
            f[24] = prev == "the"
            f[25] = prev in _TITLES
            nc = _NEXT_COMMA_NAME.match(after)
            if nc:
                f[26] = any(
                    g.kind[r] in (COUNTRY, ADMIN1)
                    for r in g.lookup(nc.group(1).split()[0], loose=False)
                ) or bool(g.lookup(nc.group(1), loose=False))
            # the end-anchored searches scan the whole window: tried only where the window
            # ends as they need (a comma, a space), which str.isspace tells as re's \s does
            pc = _PREV_NAME_COMMA.search(before) if before.rstrip().endswith(",") else None
            f[27] = bool(pc and g.lookup(pc.group(1), loose=False))
            wa = _WORD_AFTER.match(after)
            nxt = wa.group(1) if wa else ""
            f[28] = nxt.casefold() in LEVEL_WORDS
            f[29] = bool(_CAPITAL_AFTER_SPACE.match(after))
            f[30] = before[-1:].isspace() and bool(_CAPITALISED_BEFORE_SPACE.search(before))
            f[31] = nxt.casefold() in _ORG_WORDS
            f[32] = key in DEMONYMS or key in REGION_DEMONYMS
            f[33] = all(w in STOP_WORDS for w in key.split())
            f[34] = math.log2(surface_counts[surface])
            f[35] = after[:2] in ("'s", "’s")
            f[36] = len(surface)
            x[k] = f
        return ordered, x


def choose_spans(
    spans: list[tuple[int, int]], probs: np.ndarray, threshold: float
) -> list[tuple[int, int]]:
    """Spans above the threshold, keeping the more probable of overlapping ones."""
    kept: list[tuple[int, int]] = []
    for k in sorted(range(len(spans)), key=lambda i: -probs[i]):
        if probs[k] < threshold:
            break
        s, e = spans[k]
        if any(a < e and s < b for a, b in kept):
            continue
        kept.append((s, e))
    return sorted(kept)


def entity_tuples(entities: Iterable) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.label) for e in entities]


def is_demonym(surface: str) -> bool:
    key = fold(surface)
    return key in DEMONYMS or key in REGION_DEMONYMS or key.removesuffix("s") in DEMONYMS
