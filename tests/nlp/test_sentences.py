import pytest

from polemos.article import Article
from polemos.nlp import Annotator, split_sentences
from polemos.resources import first_pairs, lowercase_alternation


def test_sentences_keep_offsets_and_skip_abbreviations() -> None:
    text = "Gen. Smith said the U.S. Army left.\n\nThen J. Doe spoke! Fine"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Gen. Smith said the U.S. Army left.",
        "Then J. Doe spoke!",
        "Fine",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_only_candidate_sentences_are_parsed() -> None:
    article = Article(
        text="The weather was fine. Rebels attacked a checkpoint in Idlib. It rained."
    )
    Annotator()(article)
    assert [s.candidate for s in article.sentences] == [False, True, False]
    assert set(article.parses) == {1}
    assert any(e.text == "Idlib" for e in article.entities)


def test_the_word_start_alternation_finds_what_the_plain_one_finds() -> None:
    patterns = [r"\bshell(?:ed|ing)\b", r"(?<!no )\bclash(?:es)?\b", r"\b(?:ied|car bomb)s?\b"]
    plain = lowercase_alternation(patterns, "test")
    at_words = lowercase_alternation(patterns, "test", at_word_start=True)
    texts = [
        "troops shelled the town",
        "reshelled",
        "no clashes were seen",
        "fresh clashes",
        "two ieds and car bombs",
        "unshelling",
    ]
    for text in texts:
        found = plain.search(text)
        assert (found and found.group()) == ((m := at_words.search(text)) and m.group()), text


def test_a_pattern_not_at_a_word_start_is_refused() -> None:
    with pytest.raises(ValueError, match="begin at a word"):
        lowercase_alternation([r"\bshelled\b", r"-backed\b"], "trigger", at_word_start=True)
    with pytest.raises(ValueError, match="lower case"):
        lowercase_alternation([r"\bShelled\b"], "trigger", at_word_start=True)


def test_patterns_that_begin_with_no_plain_letter_are_still_tried() -> None:
    # an optional first letter, an alternation at the top level, a group, a class with a
    # bar in it: none can be filed under one first letter
    patterns = [r"\bs?hell(?:ed)?\b", r"\bkill(?:ed)?|\bslay\b", r"\b(?:air|drone) ?strikes?\b",
                r"\bmortar[|x]?s\b", r"\b1\d? dead\b", r"\bambush(?:ed)?\b"]
    plain = lowercase_alternation(patterns, "test")
    at_words = lowercase_alternation(patterns, "test", at_word_start=True)
    texts = ["hell broke loose", "they slay", "killed two", "drone strikes", "mortars hit",
             "mortar|s", "12 dead", "ambushed", "nothing here", "overkill", "unslay"]
    for text in texts:
        assert bool(plain.search(text)) == bool(at_words.search(text)), text
    assert at_words.search("they slay") and at_words.search("12 dead")
    assert not at_words.search("overkill")


def test_first_pairs_of_characters_are_read_from_the_pattern() -> None:
    assert first_pairs(r"(?<!no )\bs?hell(?:ed)?\b") == {"sh", "he"}
    assert first_pairs(r"\b(?:air|drone) ?strikes?\b") == {"ai", "dr"}
    digits = "0123456789"
    assert first_pairs(r"\b[0-9]{2,} dead\b") == {a + b for a in digits for b in digits}
    assert first_pairs(r"\bi(?:ed)?\b") == set()  # a match may be one letter long
    assert first_pairs(r"\b\w+ killed\b") == set()  # any word character: not plain
    assert first_pairs(r"(?i)\bkilled\b") == set()  # capitals too


def test_patterns_filed_by_their_first_pair_are_all_still_tried() -> None:
    # several patterns share a first letter and differ in the second; one has no known
    # pair (a one-letter match), one may begin with either of two pairs
    patterns = [r"\bshell(?:ed)?\b", r"\bshot\b", r"\bs?trike\b", r"\bi(?:ed)?\b",
                r"\bsniper\b", r"\bstab(?:bed)?\b", r"\bs(?:ie|ei)ge\b"]
    plain = lowercase_alternation(patterns, "test")
    at_words = lowercase_alternation(patterns, "test", at_word_start=True)
    texts = ["shelled", "shot", "strike", "trike", "an i was", "ied blast", "sniper fire",
             "stabbed", "siege", "seige", "shoe", "snow", "idle", "stable", "sieve"]
    for text in texts:
        assert bool(plain.search(text)) == bool(at_words.search(text)), text
    assert all(at_words.search(t) for t in texts[:10])
    assert not any(at_words.search(t) for t in texts[10:])


def test_matrix_products_through_numpy_parse_as_blis_does() -> None:
    # load_spacy hands the models' matrix products to numpy's BLAS (one thread) where it can;
    # the parses and entities must stay those of thinc's own BLIS
    import spacy

    from polemos.nlp import UNUSED_COMPONENTS, load_spacy, spacy_model_name

    texts = [
        "Syrian government forces shelled rebel positions near Idlib on Monday, killing 12.",
        "Police fired tear gas at protesters who blocked the main road to Nairobi.",
        "Boko Haram fighters raided the village of Koshebe and abducted 40 women.",
    ]
    numpy_docs = list(load_spacy().pipe(texts))
    blis_docs = list(spacy.load(spacy_model_name(), exclude=list(UNUSED_COMPONENTS)).pipe(texts))
    for ours, theirs in zip(numpy_docs, blis_docs, strict=True):
        assert [(t.text, t.head.i, t.dep_) for t in ours] == [
            (t.text, t.head.i, t.dep_) for t in theirs
        ]
        assert [(e.text, e.label_) for e in ours.ents] == [(e.text, e.label_) for e in theirs.ents]


def test_an_irish_county_s_abbreviation_ends_no_sentence() -> None:
    text = "A bomb exploded in Larne (Co. Antrim) overnight. Police said it was a hoax."
    assert [s.text for s in split_sentences(text)] == [
        "A bomb exploded in Larne (Co. Antrim) overnight.",
        "Police said it was a hoax.",
    ]
