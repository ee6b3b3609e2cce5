"""A learned sub-event type classifier on top of the trigger rules.

The rules find events and their roles; the words around them say more about the
sub-event type than one trigger word does ("an explosive device planted by
militants detonated" is an IED, not an armed clash). A multinomial logistic
regression over the evidence sentence's words and the rules' own findings
(trigger, actor categories, what is counted) makes the final call, and can say
``NONE`` (not an ACLED event: crime, disaster, diplomacy).

Inference is plain numpy over a shipped ``.npz`` (vocabulary, idf, weights), so
running polemos needs no scikit-learn and no pickles; ``scripts/train_event_classifier.py``
trains it with scikit-learn and writes that file.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from polemos.resources import data_path

MODEL_FILE = "models/subevent_classifier.npz"
NONE_LABEL = "NONE"
STEM = 5
_TOKEN = re.compile(r"[a-z][a-z'’-]+|\d+")


# words that tell when, who reported or what a unit is called, never what happened: a wire's
# "(Reuters)", "on Thursday", "Duk county". ACLED's notes never write them and the everyday
# news among the own NONE sentences does, so the model took them for signs of no event
# ("The attackers raided cattle camps in Duk county on Thursday", Reuters: NONE 0.98)
_NO_TYPE_WORDS = frozenset(
    # (not "march", a protest's word, nor "may", speculation's)
    "monday tuesday wednesday thursday friday saturday sunday january february april june "
    "july august september october november december reuters afp ap xinhua "
    "anadolu bernama dpa efe ansa tass ria interfax county counties".split()
)


def words(text: str) -> list[str]:
    """Lower-case word tokens, numbers folded to <num> (a toll's size is not its type),
    less the words that tell no type (_NO_TYPE_WORDS)."""
    found = ("<num>" if t.isdigit() else t.strip("'’-") for t in _TOKEN.findall(text.casefold()))
    return [t for t in found if t not in _NO_TYPE_WORDS]


def features(text: str, hints: dict[str, Any] | None = None) -> list[str]:
    """Unigrams, bigrams and the rules' findings as ``key=value`` features."""
    tokens = words(text)
    found = list(tokens)
    found += [f"{a}_{b}" for a, b in zip(tokens, tokens[1:], strict=False)]
    # a word's first letters stand for its other forms ("shelled", "shelling": "shell")
    found += [f"~{t[:STEM]}" for t in tokens if len(t) > STEM]
    for key, value in (hints or {}).items():
        if value is None:
            continue
        values = value if isinstance(value, list | tuple | set) else [value]
        found += [f"__{key}={v}" for v in values]
    return found


# how many sentences of the paragraph before and after an event's own the classifier reads
SENTENCES_BEFORE = 2
SENTENCES_AFTER = 3


def classifier_text(article: Any, sentence: Any) -> str:
    """The words the classifier reads for an event: its sentence and the sentences around it
    in its paragraph, up to two before and three after. A report tells one event across a
    paragraph: its type is often in words beside the trigger's sentence ("It is unknown how
    many houses were destroyed.", "The attack was claimed by ..."). Cross-validated on the dev
    splits (5 folds, scripts/train_event_classifier.py), this window read CASE 2021 snippets
    at 0.730 accuracy where the sentence and the following sentences up to one with an event
    word of its own read them at 0.675 (ACLED notes 0.900 -> 0.908)."""
    first, last = paragraph_window(article, sentence)
    return " ".join(s.text for s in article.sentences[first : last + 1])


def paragraph_window(article: Any, sentence: Any) -> tuple[int, int]:
    """The indices of the first and last sentence :func:`classifier_text` reads."""
    sentences = article.sentences
    first = last = sentence.index
    while first > 0 and sentence.index - first < SENTENCES_BEFORE and _same_paragraph(
        article.text, sentences[first - 1], sentences[first]
    ):
        first -= 1
    while last + 1 < len(sentences) and last - sentence.index < SENTENCES_AFTER and (
        _same_paragraph(article.text, sentences[last], sentences[last + 1])
    ):
        last += 1
    return first, last


def event_text(article: Any, event: Any) -> str:
    """What the classifier reads for an event already built: the window around its
    evidence sentence (that sentence alone when it is not among the article's)."""
    start = event.evidence.get("start")
    sentence = next((s for s in article.sentences if s.start == start), None)
    return classifier_text(article, sentence) if sentence else event.evidence.get("sentence", "")


def _same_paragraph(text: str, before: Any, after: Any) -> bool:
    return "\n" not in text[before.end : after.start]


def hints_of(event: Any) -> dict[str, Any]:
    """The rule stage's findings about an event, as classifier features."""
    provenance = event.provenance if hasattr(event, "provenance") else event.get("provenance", {})
    trigger = (provenance.get("trigger") or "").split(":")[0]
    get = (lambda k: getattr(event, k)) if hasattr(event, "provenance") else event.get
    counts = get("counts") or []
    return {
        "trigger": trigger or "none",
        "rule": get("sub_event_type"),
        "inter1": get("inter1") or "none",
        "inter2": get("inter2") or "none",
        "kinds": sorted({c["kind"] for c in counts}),
        "toll": "yes" if (get("fatalities") or {}).get("best") else "no",
        "modality": get("modality"),
    }


@dataclass
class SubEventClassifier:
    vocabulary: dict[str, int]
    idf: np.ndarray
    weights: np.ndarray  # classes x features
    bias: np.ndarray
    classes: list[str]
    trained_on: str

    @classmethod
    def load(cls, path: str | Path | None = None) -> SubEventClassifier:
        with np.load(path or data_path(MODEL_FILE), allow_pickle=False) as data:
            vocabulary = {term: index for index, term in enumerate(data["vocabulary"].tolist())}
            return cls(
                vocabulary=vocabulary,
                idf=data["idf"].astype(np.float64),
                weights=data["weights"].astype(np.float64),
                bias=data["bias"].astype(np.float64),
                classes=data["classes"].tolist(),
                trained_on=str(data["trained_on"]),
            )

    def save(self, path: str | Path) -> None:
        terms = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        np.savez_compressed(
            path,
            vocabulary=np.array(terms),
            idf=self.idf.astype(np.float32),
            weights=self.weights.astype(np.float16),
            bias=self.bias.astype(np.float32),
            classes=np.array(self.classes),
            trained_on=np.array(self.trained_on),
        )

    def vector(self, found: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Sparse tf-idf (sublinear tf, l2-normalised) as (indices, values)."""
        # one look-up a feature (most are not in the vocabulary); the same counts, in the same
        # order of first occurrence
        counts = Counter([i for i in map(self.vocabulary.get, found) if i is not None])
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        indices = np.fromiter(counts.keys(), dtype=np.int64)
        tf = np.array([1.0 + math.log(c) for c in counts.values()])
        values = tf * self.idf[indices]
        return indices, values / np.linalg.norm(values)

    def probabilities(self, text: str, hints: dict[str, Any] | None = None) -> dict[str, float]:
        indices, values = self.vector(features(text, hints))
        scores = self.bias + self.weights[:, indices] @ values
        scores = np.exp(scores - scores.max())
        scores /= scores.sum()
        return dict(zip(self.classes, scores.tolist(), strict=True))

    def predict(self, text: str, hints: dict[str, Any] | None = None) -> tuple[str, float]:
        probabilities = self.probabilities(text, hints)
        label = max(probabilities, key=probabilities.__getitem__)
        return label, probabilities[label]


@lru_cache(maxsize=1)
def load_classifier() -> SubEventClassifier | None:
    """The shipped model, or None when it is absent (the rules alone then decide)."""
    path = data_path(MODEL_FILE)
    return SubEventClassifier.load(path) if path.exists() else None
