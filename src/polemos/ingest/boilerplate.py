"""Boilerplate removal for pages a crawler saved as plain text.

HTML goes through trafilatura, which uses the page's structure. A page already
flattened to text has lost that structure, so here paragraphs are judged by
their words (rules in ``data/boilerplate.yaml``) and the page's title lines
("Title - Site | tagline" then "Title") become the title and site.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

from polemos.resources import load_yaml, lowercase_alternation


@dataclass
class CleanPage:
    title: str
    site: str | None
    text: str


@lru_cache(maxsize=1)
def _rules() -> tuple[int, re.Pattern[str], re.Pattern[str]]:
    data = load_yaml("boilerplate.yaml")
    # matched against lowered paragraphs (is_boilerplate)
    weak = lowercase_alternation(data["patterns"], "boilerplate")
    strong = lowercase_alternation(data["strong_patterns"], "boilerplate", at_word_start=True)
    return int(data["max_words"]), weak, strong


def is_boilerplate(paragraph: str) -> bool:
    max_words, weak, strong = _rules()
    lowered = paragraph.lower()
    if strong.search(lowered):
        return True
    # the length first: an article's long paragraphs are most of the text a page holds
    return len(paragraph.split()) <= max_words and bool(weak.search(lowered))


# the longest headline without a site suffix: agencies write up to 15 or so words ("Israeli
# strike on Gaza school sheltering displaced kills at least 30, health officials say"); a
# longer first line with no full stop is the article's first sentence
HEADLINE_WORDS = 18

_SITE_SEPARATORS = re.compile(r"\s+[-|–—:·]\s+")


def split_title_line(line: str) -> tuple[str, str | None]:
    """'Is the End Near? - The Site | USA News' -> ('Is the End Near?', 'The Site')."""
    parts = _SITE_SEPARATORS.split(line.strip())
    if len(parts) == 1:
        return parts[0], None
    return parts[0].strip(), parts[1].strip() or None


# "&#8217;", "&amp;", "&quot;": a character reference in plain text is a character a feed or
# a database escaped once too often (UCDP's source headlines have them by the hundred)
_CHARACTER_REFERENCE = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)


def decode_character_references(text: str) -> str:
    """Plain text with its HTML character references read ("al-Nu&#8217;man" -> "al-Nu’man")."""
    if "&" not in text or not _CHARACTER_REFERENCE.search(text):
        return text
    return html.unescape(text)


def clean_saved_page(text: str) -> CleanPage:
    """Title, site and article text of a page saved as text (or plain article text)."""
    text = decode_character_references(text)
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    # a single paragraph may still hold title lines separated by single newlines
    lines_first = paragraphs[0].splitlines() if paragraphs else []
    title, site = "", None
    # a lone line is the text itself (a headline, a snippet), not a page's title line
    single_line = len(paragraphs) == 1 and len(lines_first) == 1
    if (
        lines_first
        and not single_line
        and len(lines_first[0].split()) <= 25
        and not lines_first[0].rstrip().endswith(".")
    ):
        title, site = split_title_line(lines_first[0])
        rest = [ln for ln in lines_first[1:] if ln.strip()]
        paragraphs = ([("\n".join(rest))] if rest else []) + paragraphs[1:]
        # the crawler's copy of the headline: "Title" alone right after "Title - Site"
        if paragraphs and _same_words(paragraphs[0].splitlines()[0], title):
            first_lines = paragraphs[0].splitlines()[1:]
            paragraphs = (["\n".join(first_lines)] if first_lines else []) + paragraphs[1:]
        if site is None and len(paragraphs) > 0 and len(title.split()) > HEADLINE_WORDS:
            # a long first line without a site suffix is the article's first sentence
            paragraphs.insert(0, title)
            title = ""
    kept = [p for p in paragraphs if p.strip() and not is_boilerplate(p)]
    return CleanPage(title=title, site=site, text="\n\n".join(kept))


def _same_words(a: str, b: str) -> bool:
    def words(s: str) -> list[str]:
        return re.findall(r"\w+", s.casefold())

    return bool(words(a)) and words(a) == words(b)
