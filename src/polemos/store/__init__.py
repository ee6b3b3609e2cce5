"""The DuckDB store: the only part of polemos that knows SQL.

>>> from polemos.store import Store
>>> with Store("conflict.duckdb") as store:          # doctest: +SKIP
...     article_id, created = store.save_article(article)
...     battles = store.events(event_type="battles", country="Syria", since="2017-06")
"""

from polemos.store.filters import ACLED_EVENT_TYPES, ORDER_BY_CHOICES
from polemos.store.store import DEFAULT_PATH, Saved, Store, StoreError, default_path, migrations

__all__ = [
    "ACLED_EVENT_TYPES",
    "DEFAULT_PATH",
    "ORDER_BY_CHOICES",
    "Saved",
    "Store",
    "StoreError",
    "default_path",
    "migrations",
]
