"""The answer-confidence model: what it reads of an answer, and what it makes of it."""

import math

import numpy as np

from polemos.geo import Gazetteer, Resolver
from polemos.geo.confidence import ANSWER_FEATURES, default_answer_model_path
from polemos.geo.ranker import load_ranker

FAR_MASS = ANSWER_FEATURES.index("far_mass")
PICK = ANSWER_FEATURES.index("pick_probability")


def _spans(text: str, *names: str) -> list[tuple[int, int]]:
    return [(text.index(n), text.index(n) + len(n)) for n in names]


def test_belief_far_from_the_answer_is_measured(resolver: Resolver):
    # a bare Springfield: most of the readings' belief lies in other states
    _, bare = resolver.answer_examples("Springfield.", [(0, 11)])
    text = "Springfield, Illinois is the state capital."
    _, placed = resolver.answer_examples(text, _spans(text, "Springfield", "Illinois"))
    assert bare[0, FAR_MASS] > 0.5
    assert placed[0, FAR_MASS] < 0.2
    assert bare.shape == (1, len(ANSWER_FEATURES))


def test_an_answer_from_outside_its_readings_is_marked_so(resolver: Resolver):
    # a village the gazetteer lacks is placed by its named parent: no reading of its own
    text = "Shelling hit Xyzzyville near Homs."
    places, x = resolver.answer_examples(text, _spans(text, "Xyzzyville", "Homs"))
    assert places[0] is not None and places[0].country == "SY"
    assert x[0, PICK] == -1.0 and x[1, PICK] > 0


def test_a_mention_with_no_point_has_no_features(resolver: Resolver):
    text = "Qwxzv was quiet."
    places, x = resolver.answer_examples(text, [(0, 5)])
    if places[0] is None:
        assert np.isnan(x[0]).all()


def test_a_name_placed_by_its_parent_is_surer_than_the_bare_name(resolver: Resolver):
    (bare,) = resolver.resolve("Springfield.", [(0, 11)])
    text = "Springfield, Illinois is the state capital."
    placed, _ = resolver.resolve(text, _spans(text, "Springfield", "Illinois"))
    assert 0.0 <= bare.confidence < placed.confidence <= 1.0
    assert bare.confidence < resolver.calibrator.threshold_confident
    assert placed.confidence >= resolver.calibrator.threshold_confident
    # the reading the ranker doubts keeps its point but no longer claims a town
    assert bare.reading < resolver.ranker.threshold_confident
    assert bare.precision in ("admin1", "country") and placed.precision == "place"


def test_a_sure_reading_keeps_its_precision_whatever_the_answer_model_says(
    resolver: Resolver,
):
    # a capital beside a US-looking parent: the model, taught on US news, doubts it more
    # than the ranker does; the town is still the town
    text = "On 16 March 2022, in Bogota - Teusaquillo (Bogota, D.C.), teachers protested."
    bogota = resolver.resolve(text, _spans(text, "Bogota"))[0]
    assert (bogota.country, bogota.precision) == ("CO", "place")
    assert bogota.reading >= resolver.ranker.threshold_confident
    assert bogota.reading != bogota.confidence


def test_calibration_leaves_shared_answers_apart(resolver: Resolver):
    # one sense per discourse gives both mentions one answer; each keeps its own copy
    text = "Belmont is a town in Dawes County, Nebraska. Belmont grew slowly."
    spans = [(0, 7), (text.rindex("Belmont"), text.rindex("Belmont") + 7)]
    first, second = resolver.resolve(text, spans)
    assert first is not second
    again = resolver.resolve(text, spans)
    assert [p.confidence for p in again] == [first.confidence, second.confidence]
    assert all(math.isfinite(p.confidence) for p in again)


def test_the_model_is_shipped_and_only_used_over_the_shipped_ranker(gazetteer: Gazetteer):
    model = load_ranker(default_answer_model_path(), ANSWER_FEATURES)
    assert model is not None and 0 < model.threshold_confident < 1
    assert Resolver(gazetteer).calibrator is model
    # trained on the shipped ranker's answers: meaningless over hand weights
    assert Resolver(gazetteer, ranker=None).calibrator is None
    probs = model.predict(np.zeros((2, len(ANSWER_FEATURES))))
    assert probs.shape == (2,) and ((0 <= probs) & (probs <= 1)).all()
