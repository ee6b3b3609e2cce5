"""An ordered list of small stages over one :class:`Article`, like spaCy's ``Language``.

A stage is any callable ``stage(article) -> None``. Stages that hold heavy
resources (the spaCy model, the gazetteer, the actor knowledge base) load them
lazily on first call and keep them, so a worker process pays for them once.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from polemos.article import Article

Stage = Callable[[Article], None]


class Pipeline:
    def __init__(self, stages: Iterable[tuple[str, Stage]]):
        self.stages: list[tuple[str, Stage]] = list(stages)

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.stages]

    def get(self, name: str) -> Stage:
        for stage_name, stage in self.stages:
            if stage_name == name:
                return stage
        raise KeyError(f"no stage named {name!r}; stages are {self.names}")

    def __call__(self, article: Article) -> Article:
        for name, stage in self.stages:
            started = time.perf_counter()
            stage(article)
            article.timings[name] = article.timings.get(name, 0.0) + time.perf_counter() - started
        return article

    def pipe(self, articles: list[Article]) -> list[Article | Exception]:
        """The stages over a batch, like spaCy's ``Language.pipe``: a stage with a
        ``pipe(articles)`` method (the nlp stage's spaCy parse) takes the whole batch at
        once. An article whose stage raises comes back as the exception, in its place, and
        the others go on; a batch call that raises is run again one article at a time, so
        that only the article at fault is lost."""
        results: list[Article | Exception] = list(articles)
        for name, stage in self.stages:
            alive = [a for a in results if isinstance(a, Article)]
            batch = getattr(stage, "pipe", None)
            if batch is not None and len(alive) > 1:
                started = time.perf_counter()
                try:
                    batch(alive)
                except Exception:  # noqa: BLE001 - retried one by one below
                    pass
                else:
                    share = (time.perf_counter() - started) / len(alive)
                    for article in alive:
                        article.timings[name] = article.timings.get(name, 0.0) + share
                    continue
            for i, article in enumerate(results):
                if not isinstance(article, Article):
                    continue
                started = time.perf_counter()
                try:
                    stage(article)
                except Exception as error:  # noqa: BLE001 - one article must not stop the rest
                    results[i] = error
                    continue
                spent = time.perf_counter() - started
                article.timings[name] = article.timings.get(name, 0.0) + spent
        return results


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The standard pipeline, built once per process."""
    global _default
    if _default is None:
        from polemos.actors import ActorLinker
        from polemos.events import EventExtractor
        from polemos.geo import GeoResolver
        from polemos.nlp import Annotator

        _default = Pipeline(
            [
                ("nlp", Annotator()),
                ("actors", ActorLinker()),
                ("geo", GeoResolver()),
                ("events", EventExtractor()),
            ]
        )
    return _default


def process(article: Article, pipeline: Pipeline | None = None) -> Article:
    return (pipeline or default_pipeline())(article)


def extract(
    text: str,
    published: date | str | None = None,
    *,
    title: str = "",
    url: str | None = None,
    html: bool | None = None,
    pipeline: Pipeline | None = None,
) -> dict[str, Any]:
    """Run the pipeline on one text without a store: ``{"article": {...}, "events": [...]}``.

    ``text`` may be plain text, a saved web page or HTML (detected, or forced with ``html``).
    """
    from polemos.ingest import article_from_text, parse_date

    article = article_from_text(
        text, published=parse_date(published), title=title, url=url, html=html
    )
    process(article, pipeline)
    return {"article": article.metadata(), "events": [e.to_dict() for e in article.events]}
