"""Undo the masks people put on an insult: a symbol for a letter, emoji between letters.

`normalise` already undoes capitals, accents, look-alike letters, repeated letters, digits
for letters and letters spaced out. What it cannot undo alone is a word broken by symbols:
"k*t", "h**r", "id.oot", "ق*بة" (a symbol *for* a letter) and "kl😡otzak", "pu#ta",
"حـ😡ـمار" (symbols or emoji *between* letters). `Unmasker.unmask` finds words with
symbols inside and, only when the word behind the mask is a listed insult, writes it
plainly. Everything else stays as it was: "word.Net" or "Thanks.Me" typed without a space
is two words, not a mask, because "wordnet" is not an insult.

A mask needs at least two real letters and at most half of them hidden, so "***" or
"a*b" never stands for a listed word. The common case, a message with no symbol between
two letters, costs one regular-expression search.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from handlers.moderation.normalise import match_key, strip_invisible

__all__ = ["Unmasker"]

# A letter, then symbols or emoji (no spaces), then a letter: the sign of a mask.
_SUSPECT = re.compile(r"[^\W\d_](?:[^\w\s]|_)++[^\W\d_]")
_CHUNK = re.compile(r"\S+")
_EDGE = re.compile(r"^[^\w]*(.*?)[^\w]*$", re.DOTALL)
_SYMBOLS = re.compile(r"((?:[^\w\s]|_)+)")
_FOR_A_LETTER = frozenset("*#.?%+-@$!_")  # each stands for one hidden letter
_HIDDEN = "\x00"
_IN_WORDS = frozenset("'’‘`´-‐")  # apostrophes and hyphens join words ("İstanbul'dan")
_LONGEST = 48
# Single letters with a full stop between each ("H.P", the last stop cut off as an edge).
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]\.?")


class Unmasker:
    """Writes masked insults plainly, given the listed words (stems end in "*"). When a
    mask fits several, the one listed first wins (give the unambiguous ones first).
    `also` are more words (inflected forms, "cerdos") that are unmasked only when nothing
    stands for a letter ("cer🤮dos"): a hidden letter could be anything in so many."""

    __slots__ = (
        "_also",
        "_by_length",
        "_exact",
        "_stem_lengths",
        "_stem_set",
        "_stems",
        "_stems_by_first",
    )

    def __init__(self, words: Iterable[str], also: Iterable[str] = ()) -> None:
        self._also = frozenset(match_key(w) for w in also)
        self._exact: dict[str, None] = {}  # ordered: the first listed wins
        self._stems: list[str] = []
        for word in words:
            stem = word.endswith("*")
            key = match_key(word.rstrip("*"))
            if not key or " " in key:
                continue
            if stem:
                self._stems.append(key)
            else:
                self._exact.setdefault(key)
        self._stem_set = frozenset(self._stems)
        self._stems_by_first: dict[str, list[str]] = {}  # in listing order, per first letter
        for listed in self._stems:
            self._stems_by_first.setdefault(listed[0], []).append(listed)
        self._stem_lengths = tuple(sorted({len(stem) for stem in self._stems}))
        self._by_length: dict[int, list[str]] = {}
        for word in self._exact:
            self._by_length.setdefault(len(word), []).append(word)

    def unmask(self, text: str) -> str:
        """`text` with every masked listed insult written plainly."""
        if _SUSPECT.search(text) is None:
            return text
        # Harakat, tatweel and joiners are not symbols: "شُكْرًا" is no mask. Reading
        # drops them anyway, so they go before the closer look (which costs ~100 µs).
        text = strip_invisible(text)
        if _SUSPECT.search(text) is None:
            return text
        return _CHUNK.sub(self._chunk, text)

    def _chunk(self, match: re.Match[str]) -> str:
        chunk = match.group()
        if len(chunk) > _LONGEST or _SUSPECT.search(chunk) is None:
            return chunk  # no word is that long: not a mask (and no slow regex on junk)
        core = _EDGE.match(chunk)
        if core is None or not core.group(1):
            return chunk
        inner = core.group(1)
        start, end = core.span(1)
        if chunk[end : end + 1] == "." and _INITIALS.fullmatch(inner):
            # "H.P." with its last full stop: initials, each stop after a letter hiding
            # none ("k.t", without one, is still "kut" masked).
            return chunk
        found = self._plain(inner)
        if found is None:
            return chunk
        return chunk[:start] + found + chunk[end:]

    def _plain(self, inner: str) -> str | None:
        """The listed word behind a masked word, or None."""
        plain = _SYMBOLS.sub("", inner)
        if self._listed(match_key(plain)):
            return plain
        # Symbols for letters: each of * # . ? % + - hides one letter; emoji hide none, or
        # at most one ("est💩pida"), which only the loose reading below tries.
        pattern, loose_pattern = [], []
        for part in _SYMBOLS.split(inner):
            if not part:
                continue
            if _SYMBOLS.fullmatch(part):
                for_letters = sum(1 for c in part if c in _FOR_A_LETTER)
                pattern.append(_HIDDEN * for_letters)
                # An emoji or a symbol may hide a letter; accents, harakat and joiners never
                # do (they are not there once the word is normalised).
                shown = any(unicodedata.category(c)[0] in "SP" and c not in _IN_WORDS for c in part)
                loose_pattern.append(_HIDDEN * max(for_letters, int(shown)))
            else:
                letters = match_key(part).replace(" ", "")
                pattern.append(letters)
                loose_pattern.append(letters)
        masked = "".join(pattern)
        hidden = masked.count(_HIDDEN)
        if hidden and len(masked) - hidden >= 2 and hidden * 2 <= len(masked):
            for word in self._by_length.get(len(masked), ()):
                if _fits(masked, word):
                    return word
            stems = (
                self._stems
                if masked[0] == _HIDDEN
                else self._stems_by_first.get(masked[0], ())  # no other stem can fit
            )
            for stem in stems:
                if len(masked) >= len(stem) and _fits(masked[: len(stem)], stem):
                    return stem + masked[len(stem) :].replace(_HIDDEN, "")
        loose = "".join(loose_pattern)
        if loose.count(_HIDDEN) > 1 or loose != masked:
            return self._loose(loose)
        return None

    def _loose(self, masked: str) -> str | None:
        """Some symbols stand for a letter and others only break the word ("ش*رم*طة" for
        "شرموطة", "est💩pida"): each may hide one letter or none, and still at most half of
        the listed word may be hidden."""
        real = len(masked) - masked.count(_HIDDEN)
        if real < 2:
            return None
        first = masked[0]
        for length in range(len(masked), real - 1, -1):
            if real * 2 < length:
                continue
            for word in self._by_length.get(length, ()):
                if (first == _HIDDEN or word[0] == first) and _loose_end(masked, word) == len(
                    masked
                ):
                    return word
        for stem in self._stems:
            if first != _HIDDEN and stem[:1] != first:
                continue
            end = _loose_end(masked, stem, prefix=True)
            if (
                end is not None
                and stem
                and sum(1 for c in masked[:end] if c != _HIDDEN) * 2 >= len(stem)
            ):
                return stem + masked[end:].replace(_HIDDEN, "")
        return None

    def _listed(self, word: str) -> bool:
        if not word or " " in word:
            return False
        if word in self._exact or word in self._also:
            return True
        return any(word[:length] in self._stem_set for length in self._stem_lengths)


def _loose_end(masked: str, word: str, prefix: bool = False) -> int | None:
    """Where `word` ends in `masked` when each hidden letter is read as one letter or
    none (the whole of `masked`, unless `prefix`), or None when it does not fit."""
    size = len(word)
    reach = {0}  # how much of `word` the part of `masked` read so far can stand for
    for at, mark in enumerate(masked):
        if prefix and size in reach:
            return at
        if mark == _HIDDEN:
            reach |= {j + 1 for j in reach if j < size}
        else:
            reach = {j + 1 for j in reach if j < size and word[j] == mark}
        if not reach:
            return None
    return len(masked) if size in reach else None


def _fits(masked: str, word: str) -> bool:
    return all(m == _HIDDEN or m == w for m, w in zip(masked, word, strict=True))
