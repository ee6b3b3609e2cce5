"""Access to the knowledge files shipped in ``polemos/data`` (actors, triggers, rules)."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml


def data_path(name: str) -> Path:
    return Path(str(files("polemos") / "data" / name))


@cache
def load_yaml(name: str) -> Any:
    with open(data_path(name), encoding="utf-8") as handle:
        return yaml.safe_load(handle)
