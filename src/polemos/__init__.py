"""polemos: news reports about armed conflict in, geocoded, source-attributed events out."""

from polemos.article import Article, Event
from polemos.pipeline import Pipeline, default_pipeline, extract

__all__ = ["Article", "Event", "Pipeline", "default_pipeline", "extract", "Store"]
__version__ = "0.1.0"


def __getattr__(name: str):
    # the store pulls in DuckDB: import it only when asked for
    if name == "Store":
        from polemos.store import Store

        return Store
    raise AttributeError(name)
