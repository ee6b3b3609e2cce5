from polemos.article import Article
from polemos.nlp import Annotator, split_sentences


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
