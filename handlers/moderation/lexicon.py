"""Listed words and phrases, normalised once and matched whole-word fast.

A `Lexicon` maps each entry (a word, a phrase of several words, or a stem ending in "*")
to a label such as "word_list:nl" or "safeguarding:self_harm". Entries go through
`match_tokens`, the same normalisation as messages, when the lexicon is built.

Matching a message costs the same however many words and phrases are listed:
- every entry is indexed under one anchor word: a listed word under itself, a phrase under
  its longest word ("slaat" for "slaat me", "mezelf" for "ik doe mezelf pijn"), so the
  small words phrases begin with ("ik", "mi", "wuu") do not send every ordinary message
  down the slow path. One C-level `isdisjoint` of the anchors and the message's words
  answers "nothing listed here" for the common case; only a hit compares the words around
  the anchor with the phrase;
- stems are keyed by their first five letters; a substring search of the joined words for
  " " plus those letters rules them out, and only a hit compares the full stem. This part
  does grow with the number of stems (one C-level search each), so stems stay few: the
  defaults have six.
Whole words only: a listed word inside a longer word never matches ("kut" in "kutsal",
"puta" in "computadora"). Stems are the deliberate exception and need five letters.

Arabic attaches "و" (and) and "ف" (so) to the next word; every Arabic entry is also indexed
with those prefixes ("ويضربني" is "and he hits me").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from contextlib import suppress
from functools import cache

from handlers.moderation.lists import INSULTS, SAFEGUARDING
from handlers.moderation.normalise import match_tokens

__all__ = ["STEM_LENGTH", "Lexicon", "default_insults", "default_safeguarding"]

STEM_LENGTH = 5  # a stem needs at least this many letters after normalisation
_ARABIC_PREFIXES = ("و", "ف")
# Everyday words of parent-group chat, poor anchors for a phrase (any message with one of
# them would take the slow path); only used to choose anchors, never to match.
_EVERYDAY = frozenset(
    word
    for line in (
        "ik je me mij mijn jij hij zij ze we wij de het een en van voor naar niet meer er zijn",
        "is ben wil man vrouw dochter zoon kinderen kind huis aan op in met kanker",
        "mi me te tu de la el a en y no que mis hijo hija hijos marido pareja madre esposo",
        "quiero voy ben sen beni bana bu bir ve cok ev eve aile kizim oglum kocam",
        "waan wuu i ku ka u waxaan ma iyo hooyo ninkayga",
        "في من على ان لا ما يا ابن الله زوجي ابني بنتي انا بغيت",
    )
    for word in match_tokens(line)
)


class Lexicon:
    """Words, phrases and stems with labels, matched against a message's normalised words."""

    __slots__ = ("_anchors", "_entries", "_stem_probes", "_stems")

    def __init__(self, entries: Mapping[str, Iterable[str]]) -> None:
        """Index `entries` (label → entries); the first label given for an entry wins."""
        # anchor word → (phrase words, the anchor's place in the phrase, label)
        self._anchors: dict[str, list[tuple[tuple[str, ...], int, str]]] = {}
        # first five letters → (stem, label)
        self._stems: dict[str, list[tuple[str, str]]] = {}
        self._entries: dict[tuple[str, ...], str] = {}  # normalised entry → label
        for label, listed in entries.items():
            for entry in listed:
                self._add(entry, label)
        # A phrase is anchored on its longest word that is not an everyday word ("puta", not
        # "hijo", in "hijo de puta"); among equally long ones, the word fewest other phrases
        # share ("bang" rather than "mijn" in "bang voor mijn man").
        shared = Counter(word for phrase in self._entries for word in set(phrase))
        for phrase, label in self._entries.items():
            if phrase[-1] == "*":
                stem = phrase[0]
                self._stems.setdefault(stem[:STEM_LENGTH], []).append((stem, label))
                continue
            anchor = min(
                range(len(phrase)),
                key=lambda i: (phrase[i] in _EVERYDAY, -len(phrase[i]), shared[phrase[i]]),
            )
            self._anchors.setdefault(phrase[anchor], []).append((phrase, anchor, label))
        # " orosp": a word starting with a stem's first letters, found in the joined words
        self._stem_probes = tuple(" " + head for head in self._stems)

    @classmethod
    def insults(cls, extra: Mapping[str, Iterable[str]] | None = None) -> Lexicon:
        """The default insult lists, plus a group's own words per language."""
        labelled: dict[str, list[str]] = {}
        for language, words in INSULTS.items():
            labelled.setdefault(f"word_list:{language}", []).extend(words)
        for language, added in (extra or {}).items():
            labelled.setdefault(f"word_list:{language}", []).extend(added)
        return cls(labelled)

    @classmethod
    def safeguarding(cls, extra: Mapping[str, Iterable[str]] | None = None) -> Lexicon:
        """The default safeguarding phrases of all languages, plus extra ones per concern."""
        labelled: dict[str, list[str]] = {}
        for concerns in SAFEGUARDING.values():
            for concern, phrases in concerns.items():
                labelled.setdefault(f"safeguarding:{concern}", []).extend(phrases)
        for concern, added in (extra or {}).items():
            labelled.setdefault(f"safeguarding:{concern}", []).extend(added)
        return cls(labelled)

    def __len__(self) -> int:
        """How many distinct normalised entries (Arabic prefixed variants included)."""
        return len(self._entries)

    def _add(self, entry: str, label: str) -> None:
        entry = entry.strip()
        stem = entry.endswith("*")
        words = match_tokens(entry.rstrip("*"))
        if not words:
            return
        variants = [words]
        if "\u0600" <= words[0][0] <= "\u06ff":
            variants += [match_tokens(p + " ".join(words)) for p in _ARABIC_PREFIXES]
        for variant in variants:
            if stem and len(variant) == 1 and len(variant[0]) >= STEM_LENGTH:
                self._entries.setdefault((variant[0], "*"), label)
            else:
                self._entries.setdefault(tuple(variant), label)

    def find(self, words: Sequence[str]) -> str | None:
        """The label of a listed entry among `words` (from `match_tokens`), or None.

        When several match, the one whose anchor word comes first in the message wins.
        """
        anchors = self._anchors
        listed = not anchors.keys().isdisjoint(words)
        stemmed = False
        if self._stem_probes:
            joined = " " + " ".join(words)
            for probe in self._stem_probes:
                if probe in joined:
                    stemmed = True
                    break
        if not (listed or stemmed):
            return None  # the common case, decided in C
        found: list[tuple[int, str]] = []
        if listed:
            for word in anchors.keys() & words:
                at = -1
                with suppress(ValueError):
                    while True:
                        at = words.index(word, at + 1)
                        for phrase, anchor, label in anchors[word]:
                            start = at - anchor
                            if len(phrase) == 1 or (
                                start >= 0 and tuple(words[start : start + len(phrase)]) == phrase
                            ):
                                found.append((at, label))
        if stemmed:
            for at, word in enumerate(words):
                for stem, label in self._stems.get(word[:STEM_LENGTH], ()):
                    if word.startswith(stem):
                        found.append((at, label))
        return min(found)[1] if found else None

    def find_in(self, text: str) -> str | None:
        """`find` over a raw message text (normalises it first)."""
        return self.find(match_tokens(text))


@cache
def default_insults() -> Lexicon:
    """The default insult lexicon, built once on first use and shared (it is read-only)."""
    return Lexicon.insults()


@cache
def default_safeguarding() -> Lexicon:
    """The default safeguarding lexicon, built once on first use and shared."""
    return Lexicon.safeguarding()
