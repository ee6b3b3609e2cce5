from polemos.article import Article, Sentence
from polemos.geo import GeoResolver


def test_stage_sets_toponyms_on_a_bare_article():
    text = "Shelling hit the Aleppo province. Iraqi forces entered Mosul."
    article = Article(
        text=text,
        sentences=[Sentence(0, 33, text[:33], index=0), Sentence(34, len(text), text[34:], 1)],
    )
    GeoResolver()(article)
    got = [(t.text, t.sentence, t.level_hint, t.place.admin1_code) for t in article.toponyms]
    assert got == [("Aleppo", 0, "admin1", "SY.09"), ("Mosul", 1, None, "IQ.15")]
