"""Stemmers per language, for matching a listed word in any of its forms.

Dutch, Spanish and Turkish use the Snowball stemmers (the `snowballstemmer` package).
Arabic does not: its roots have three letters, so Snowball's Arabic stems join words that
have nothing in common ("شرينا" we bought, "شريك" partner); the Arabic lists use stems
with "*" and the index takes particles and pronouns off instead.

Somali has no Snowball stemmer, so `somali_stem` takes off the endings Somali adds to nouns
and verbs (articles and demonstratives such as -ka -ta -kii -tii -kan -taas, plural -o -yo
-ooyin, verb endings such as -ay -tay -aa -taa -nay -een -ayaa -ayo, and the
vocative -ow -yahow), longest first, keeping at least four letters.

Stemmers see normalised words (lower case, accents removed), the same on both sides, so a
list entry and a message meet on one form even where Snowball expected accents.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["somali_stem", "stemmers"]

# fmt: off
_SOMALI_ENDINGS = tuple(sorted({
    "yahow", "yahay", "ooyin", "yaal", "ayaa", "ayay", "ayey", "tahay", "naayo",
    "kaas", "taas", "kani", "tani", "kii", "tii", "gii", "dii", "hii",
    "kan", "tan", "gan", "dan", "han", "kaa", "taa", "naa", "nay", "een", "aan",
    "tay", "tey", "ayo", "eyo", "ow", "ey", "ay", "aa", "ka", "ta", "ga", "da", "ha",
    "yo", "o", "i", "u",
}, key=len, reverse=True))
# fmt: on
_SOMALI_SHORTEST = 4


def somali_stem(word: str) -> str:
    """The word without one Somali ending (at least four letters stay)."""
    for ending in _SOMALI_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _SOMALI_SHORTEST:
            return word[: -len(ending)]
    return word


def stemmers() -> dict[str, Callable[[str], str]]:
    """A stemmer per language code (each takes and returns one normalised word)."""
    import snowballstemmer

    found: dict[str, Callable[[str], str]] = {"so": somali_stem}
    for code, name in (("nl", "dutch"), ("es", "spanish"), ("tr", "turkish")):
        found[code] = snowballstemmer.stemmer(name).stemWord
    return found
