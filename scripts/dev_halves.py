"""The pipeline end to end on texts its classifier never saw, within the dev split alone.

The shipped sub-event classifier learns from the dev halves of the ACLED notes and CASE 2021
snippets, so `polemos eval events --split dev` scores texts it was trained on (ACLED dev
sub-event accuracy 0.99 against 0.92 on test). This script trains the classifier as
scripts/train_event_classifier.py does, but without one half of a gold set's dev texts
(every other one), runs the whole pipeline on that half, and then the other way round:
the mean of the two is a dev figure a rule change can be judged by without looking at the
test split. It also prints the classifier alone on the same texts, which shows what the
rules around it win or lose. Usage:

    python scripts/dev_halves.py [--shared ../shared] [--gold acled case] [--texts OUT.jsonl]

``--texts`` writes each text's predicted sub-event types, its gold ones and the classifier's
label alone, one JSON line per text, so two runs (before and after a change) can be compared
text by text, and the texts the rules lose against the model alone found.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.svm import LinearSVC

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_event_classifier import WRITTEN_PATHS, examples, fit_temperature  # noqa: E402

import polemos.events.classifier as classifier_module  # noqa: E402
from polemos.eval.event_gold import GoldSet, read_event_gold  # noqa: E402
from polemos.eval.events import (  # noqa: E402
    evaluate_gold_set,
    extract_gold_text,
    predicted_events,
)
from polemos.eval.fields import default_actor_map  # noqa: E402
from polemos.eval.split import split_documents  # noqa: E402

GOLD_FILES = {"acled": "acled_notes_dev.csv", "case": "case2021_task2_dev.tsv"}
REPORTED = ("sub_event_type_accuracy", "sub_event_type_weighted_f1", "event_f1")


def train_without(
    docs: list[list[str]], labels: list[str], sources: list[str], held: set[int], path: Path
) -> classifier_module.SubEventClassifier:
    """The shipped model's recipe (linear SVM, CASE weighted 3, temperature) without ``held``."""
    rows = [i for i in range(len(docs)) if i not in held]
    vectorizer = TfidfVectorizer(analyzer=lambda doc: doc, sublinear_tf=True, min_df=2)
    matrix = vectorizer.fit_transform([docs[i] for i in rows])
    y = [labels[i] for i in rows]
    weights = np.array([3.0 if sources[i] == "case" else 1.0 for i in rows])
    model = LinearSVC(C=1.0, class_weight="balanced", random_state=0)
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    scores = cross_val_predict(
        model, matrix, y, cv=folds, params={"sample_weight": weights},
        method="decision_function",
    )  # fmt: skip
    temperature = fit_temperature(scores, np.searchsorted(np.unique(y), y))
    model.fit(matrix, y, sample_weight=weights)
    trained = classifier_module.SubEventClassifier(
        vocabulary={term: int(i) for term, i in vectorizer.vocabulary_.items()},
        idf=vectorizer.idf_,
        weights=model.coef_ * temperature,
        bias=model.intercept_ * temperature,
        classes=[str(c) for c in model.classes_],
        trained_on="subevent-svm (a dev half held out)",
    )
    trained.save(path)
    return classifier_module.SubEventClassifier.load(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared"
    )
    parser.add_argument("--gold", nargs="+", choices=sorted(GOLD_FILES), default=["acled", "case"])
    parser.add_argument("--texts", type=Path, help="write each text's predicted types here")
    parser.add_argument(
        "--written", type=Path, nargs="*", default=list(WRITTEN_PATHS),
        help="the written snippet sets the classifier learns from (default: the shipped ones)",
    )  # fmt: skip
    args = parser.parse_args()
    written = open(args.texts, "w", encoding="utf-8") if args.texts else None
    # per held-out text: its gold sub-event types and the model's label alone
    told: dict[str, dict] = {}

    def extract_and_write(text: str, published: str | None, source: str | None) -> dict:
        result = extract_gold_text(text, published, source)
        if written is not None:
            types = [e.get("sub_event_type") for e in predicted_events(result)]
            written.write(json.dumps({"text": text, "predicted": types, **told[text]}) + "\n")
        return result

    started = time.perf_counter()
    docs, labels, sources = examples(args.shared, tuple(args.written))
    print(f"{len(docs)} training texts in {time.perf_counter() - started:.0f}s")
    shipped = classifier_module.load_classifier
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.gold:
            gold = read_event_gold(args.shared / "gold" / "events" / GOLD_FILES[name])
            texts = split_documents(gold.texts, "dev", alternate=True)
            rows = [i for i, source in enumerate(sources) if source == gold.format]
            assert len(rows) == len(texts), "examples() reads the dev texts in split order"
            figures: dict[str, list[float]] = {key: [] for key in (*REPORTED, "alone")}
            for half in (0, 1):
                held = {rows[k] for k in range(len(rows)) if k % 2 == half}
                model = train_without(docs, labels, sources, held, Path(tmp) / f"{half}.npz")
                alone = [
                    model.classes[int(np.argmax(model.bias + model.weights[:, ix] @ vals))]
                    for i in sorted(held)
                    for ix, vals in [model.vector(docs[i])]
                ]
                right = [label == labels[i] for label, i in zip(alone, sorted(held), strict=True)]
                figures["alone"].append(float(np.mean(right)))
                for text, label in zip(texts[half::2], alone, strict=True):
                    gold_types = [e.sub_event_type for e in text.events]
                    told[text.text] = {"gold": gold_types, "alone": label}
                # the events stage asks polemos.events.classifier for its model on each call
                classifier_module.load_classifier = lambda model=model: model
                try:
                    part = GoldSet(gold.name, gold.format, texts[half::2])
                    metrics = evaluate_gold_set(
                        part, actor_map=default_actor_map(), extract_fn=extract_and_write
                    )["metrics"]
                finally:
                    classifier_module.load_classifier = shipped
                for key in REPORTED:
                    figures[key].append(metrics[key])
            print(
                f"{name} dev, each half by a model trained without it: "
                + ", ".join(f"{k} {np.mean(v):.4f}" for k, v in figures.items())
            )
    if written is not None:
        written.close()


if __name__ == "__main__":
    main()
