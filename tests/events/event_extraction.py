"""Extraction helpers for the events tests: the full pipeline, and the trigger rules alone.

A plain module, not a conftest: tests import its names, and conftest names clash across
folders."""

from __future__ import annotations

from typing import Any

import polemos


def events(text: str, published: str = "2017-06-12") -> list[dict[str, Any]]:
    return polemos.extract(text, published=published)["events"]


def rule_events(text: str, published: str = "2017-06-12") -> list[dict[str, Any]]:
    """Events from the trigger rules alone, without the learned classifier's say."""
    from polemos.events import EventExtractor
    from polemos.pipeline import Pipeline, default_pipeline

    stages = [(n, EventExtractor(use_classifier=False) if n == "events" else s)
              for n, s in default_pipeline().stages]  # fmt: skip
    return polemos.extract(text, published=published, pipeline=Pipeline(stages))["events"]


def types_of(text: str, published: str = "2017-06-12") -> list[str]:
    """The sub-event types of the text's events, in order."""
    return [e["sub_event_type"] for e in events(text, published)]


def first_type(text: str, published: str = "2017-06-12") -> str | None:
    """The sub-event type of the text's first event, if any."""
    found = events(text, published)
    return found[0]["sub_event_type"] if found else None


def rule_types(text: str, published: str = "2017-06-12") -> list[str]:
    """The trigger rules' own reading, without the learned classifier's say."""
    return [e["sub_event_type"] for e in rule_events(text, published)]


def text_events(text: str, published: str = "2024-06-01") -> list[dict[str, Any]]:
    """The events of text read as the gold sets' texts are: the same pipeline without
    ingest's page cleaning, which takes a lone line with no full stop for a page's title (a
    headline stays a sentence here)."""
    from polemos.eval.events import extract_gold_text

    return extract_gold_text(text, published, None)["events"]


def text_sub_events(text: str, published: str = "2024-06-01") -> list[str]:
    """The sub-event types of :func:`text_events`, in order."""
    return [e["sub_event_type"] for e in text_events(text, published)]
