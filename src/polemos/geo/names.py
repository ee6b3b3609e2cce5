"""How place names are folded into index keys, the same way at build and at lookup time.

News spells the same place many ways: "Raqqa", "ar-Raqqa", "Raqqah", "Deir ez-Zor",
"Dayr az Zawr", "Deir al-Zour", "Tal Abyad", "Tell Abyad". Two kinds of key absorb that:

* primary keys: casefold + ASCII folding (unidecode, Latin scripts only) with hyphens,
  apostrophes and ʿ/ʾ removed, plus the same without a leading Arabic article;
* a secondary "skeleton" key for Arabic transliteration variants: articles dropped
  everywhere, vowel digraphs and q/k, kh/k, dh/d ... unified, double letters collapsed,
  spaces removed. It is looser, so the resolver uses it only when no primary key matches
  and trusts it less.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

# Leading Arabic (and French-style Levantine) articles: "ar-Raqqa", "el-Arish", "ash-Shaddadi".
ARTICLES = frozenset(
    "al el ar as ad an az ash at ath adh ed ez es er en et ul il ad-".split()
)

_APOSTROPHES = re.compile(r"['’‘`´ʿʾʻʼ\u02bf\u02be]")
_SEPARATORS = re.compile(r"[-‐‑‒–—_/.,()\"“”]+")
_SPACES = re.compile(r"\s+")
# Anything outside Basic Latin, Latin-1, Latin Extended A/B, IPA, spacing modifiers,
# combining marks and Latin Extended Additional is "not Latin": such names keep their
# script (casefolded) instead of being turned into unidecode's guess.
_NON_LATIN = re.compile(r"[^\u0000-\u036f\u1e00-\u1eff]")

# Ordered: longer digraphs first. Each pair maps spellings that transliterations of the
# same Arabic (or Kurdish/Turkish) sound use interchangeably.
_SKELETON_RULES: tuple[tuple[str, str], ...] = (
    ("ou", "o"),
    ("aw", "o"),
    ("au", "o"),
    ("ay", "e"),
    ("ai", "e"),
    ("ei", "e"),
    ("ey", "e"),
    ("ee", "i"),
    ("oo", "u"),
    ("kh", "k"),
    ("gh", "g"),
    ("dh", "d"),
    ("th", "t"),
    ("sh", "s"),
    ("ck", "k"),
    ("ph", "f"),
    ("q", "k"),
    ("c", "k"),
    ("w", "u"),
    ("y", "i"),
)
_TALL = frozenset({"tal", "tall", "tel", "tell", "til"})
_DOUBLE = re.compile(r"(.)\1+")


def is_latin(name: str) -> bool:
    return _NON_LATIN.search(name) is None


# a text's words and runs recur across articles ("the", "Monday", "Aleppo"), and recognition
# folds every n-gram of every capitalised run: remembering the answer halves its cost
@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """The primary key of a name: casefolded, ASCII-folded if Latin, punctuation removed."""
    name = unicodedata.normalize("NFKC", name)
    name = _APOSTROPHES.sub("", name)
    name = _SEPARATORS.sub(" ", name)
    if is_latin(name):
        name = unidecode(name)
        # unidecode can reintroduce apostrophes (e.g. for modifier letters)
        name = _APOSTROPHES.sub("", name)
    return _SPACES.sub(" ", name.casefold()).strip()


def strip_article(key: str) -> str:
    """``"ar raqqah"`` -> ``"raqqah"``; names that are only an article stay as they are."""
    head, _, rest = key.partition(" ")
    if rest and head in ARTICLES:
        return rest
    # "al-" written without a space after folding: "alraqqa" is not touched (too risky)
    return key


def skeleton(key: str) -> str:
    """The loose secondary key of a folded name (see the module docstring)."""
    tokens = key.split()
    if len(tokens) > 1:
        kept = [t for t in tokens if t not in ARTICLES]
        tokens = kept or tokens
    out = []
    for token in tokens:
        if token in _TALL:
            out.append("tal")
            continue
        for old, new in _SKELETON_RULES:
            token = token.replace(old, new)
        token = _DOUBLE.sub(r"\1", token)
        # final -ah/-eh/-a/-e/-h are the same ta marbuta ending: Raqqa, Raqqah, Hama, Hamah
        token = re.sub(r"(?:ah|eh|a|e|h)$", "a", token) if len(token) > 3 else token
        out.append(token)
    return "".join(out)


# "al-Tabaqa", "ash-Shaddadi", "el-Arish": a hyphenated Arabic article marks a transliterated
# place name (a person's "Al Gore" takes no hyphen), so its spelling variants are trusted
_HYPHENATED_ARTICLE = re.compile(
    r"(?:" + "|".join(sorted((a for a in ARTICLES if a.isalpha()), key=len, reverse=True))
    + r")-\w",
    re.IGNORECASE,
)


def is_transliterated(surface: str) -> bool:
    """Does the name begin with a hyphenated Arabic article ("al-Tabaqa", "Ar-Raqqah")?"""
    return _HYPHENATED_ARTICLE.match(surface) is not None


# "Maarat al-Numan", "Jisr ash-Shughur": a hyphenated article inside the name
_INNER_ARTICLE = re.compile(r"\s" + _HYPHENATED_ARTICLE.pattern, re.IGNORECASE)


def has_transliterated_word(surface: str) -> bool:
    """Does any word of the name begin with a hyphenated Arabic article?"""
    return is_transliterated(surface) or _INNER_ARTICLE.search(surface) is not None


def primary_keys(name: str) -> set[str]:
    """All primary keys of a name (folded, and folded without a leading article)."""
    key = fold(name)
    if not key:
        return set()
    return {key, strip_article(key)}


# "Deir Ezzor", "Nour Eddine": an article run into the doubled sun letter that follows it
# ("ez-Zor" written "Ezzor"), in any word but the first
_GLUED_ARTICLE = re.compile(r"\b([ae])([dlnrstz])\2(?=[a-z]{2})")


# the Arabic article takes the sound of a "sun letter" after it: al-Shughur is said and
# often written ash-Shughur, as GeoNames writes "Jisr ash Shughur"; news writes either
_SUN_ONSETS = ("sh", "th", "dh", "s", "t", "d", "r", "z", "n")
_ASSIMILATED = {f"a{onset}" for onset in _SUN_ONSETS}


def _article_variant(article: str, word: str) -> str | None:
    """The other written form of an article before ``word``: "al" <-> "ash" before
    "shughur"; None when the article is neither, or the word starts with no sun letter."""
    onset = next((o for o in _SUN_ONSETS if word.startswith(o)), None)
    if onset is None:
        return None
    if article in ("al", "el"):
        return f"a{onset}"
    if article in _ASSIMILATED and article == f"a{onset}":
        return "al"
    return None


def query_keys(name: str) -> set[str]:
    """The primary keys to look a written name up by: :func:`primary_keys`; the key with a
    glued article parted ("deir ezzor" -> "deir ez zor", the key of "Deir ez-Zor"); and
    the key with an article inside the name in its other form ("jisr al shughur" <->
    "jisr ash shughur"). Only queries vary, so the index keeps each name's own keys."""
    keys = primary_keys(name)
    for key in list(keys):
        head, _, rest = key.partition(" ")
        parted = _GLUED_ARTICLE.sub(r"\1\2 \2", rest) if rest else rest
        if parted != rest:
            keys.add(f"{head} {parted}")
    for key in list(keys):
        words = key.split(" ")
        for i in range(1, len(words) - 1):
            other = _article_variant(words[i], words[i + 1])
            if other is not None:
                keys.add(" ".join([*words[:i], other, *words[i + 1 :]]))
    for key in list(keys):
        head, space, rest = key.partition(" ")
        if rest and head in _HEAD_SPELLINGS:
            keys.add(f"{_HEAD_SPELLINGS[head]}{space}{rest}")
    if name.count("-") == 1 and " " not in name.strip():
        # "Sistan-Baluchestan" is GeoNames' "Sistan and Baluchestan"
        first, second = name.strip().split("-")
        if first[:1].isupper() and second[:1].isupper():
            keys |= primary_keys(f"{first} and {second}")
    return keys


# the first word of many Arabic place names in news spelling -> GeoNames' ("Ain al Arab" is
# GeoNames' "Ayn al Arab", "Tell Abiad" its "Tall Abyad"): a spring, a hill, a monastery,
# a mountain, a village, a ruin
_HEAD_SPELLINGS = {
    "ain": "ayn", "ein": "ayn", "tell": "tall", "tal": "tall", "deir": "dayr", "jebel": "jabal",
    "jabel": "jabal", "kfar": "kafr", "khirbet": "khirbat",
}  # fmt: skip


def secondary_key(name: str) -> str | None:
    """The skeleton key of a Latin-script name, or None for other scripts."""
    key = fold(name)
    if not key or not key.isascii():
        return None
    return skeleton(strip_article(key))
