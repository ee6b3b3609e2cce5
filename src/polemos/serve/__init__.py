"""``polemos serve``: a REST API and a web page (map, timeline, control view) over the store.

>>> from polemos.serve import create_app                     # doctest: +SKIP
>>> app = create_app("conflict.duckdb", token="s3cret")      # an ASGI app for uvicorn
"""

from polemos.serve.app import ServeSettings, create_app

__all__ = ["ServeSettings", "create_app"]
