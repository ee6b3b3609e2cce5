"""The dev/test split every evaluation uses, so tuning never sees the figures we report.

Geoparsing corpora split by halves in file order: the first half of the documents
(rounded up) is ``dev``, the rest ``test``. Event gold files are sorted by label (the
shared ACLED notes by sub-event type, CASE 2021 by label), so halves would share no
label: they split by alternate rows instead, even positions ``dev`` and odd ``test``.
Neither needs a seed or a list of ids, and both stay the same as long as the file does.
Tune on ``dev``; report ``test``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypeVar

Split = Literal["all", "dev", "test"]
SPLITS: tuple[str, ...] = ("all", "dev", "test")

T = TypeVar("T")


def split_documents(
    docs: Sequence[T], split: str = "all", limit: int | None = None, alternate: bool = False
) -> list[T]:
    """The documents of ``split`` (``all``, ``dev`` or ``test``), then the first ``limit``.

    ``alternate``: even positions are dev and odd ones test (for files sorted by label).
    """
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}, not {split!r}")
    half = (len(docs) + 1) // 2
    if split == "dev":
        chosen = list(docs[0::2]) if alternate else list(docs[:half])
    elif split == "test":
        chosen = list(docs[1::2]) if alternate else list(docs[half:])
    else:
        chosen = list(docs)
    if limit is not None:
        if limit < 0:
            raise ValueError(f"limit must be 0 or more, not {limit}")
        chosen = chosen[:limit]
    return chosen
