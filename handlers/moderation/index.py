"""Labelled terms (words, stems and phrases) found among a message's normalised words.

One `TermIndex` holds every term of every language with its labels ("u:nl" an unambiguous
Dutch insult, "c:nl:HURT" the Dutch words for hurting, "m2:tr" a Turkish second-person
marker, ...), so one pass over a message finds everything the checks need.

Matching a word costs one dictionary lookup once the word has been seen: what each word
matches (its *units*) is cached, and working it out the first time costs one lookup for the
whole word and one per stem length ("geslagen"[:4], [:5], ...). Stems are how inflection is
handled: "klootzak*" covers "klootzakken", "dövü*" every tense of Turkish "dövmek".

Arabic attaches conjunctions, prepositions, the article and object pronouns to the word;
an Arabic-script word is also tried without them (`arabic_forms`), so "وضربني" ("and he
hit me") finds "ضرب*", and a word ending in "ني" ("me") also counts as the writer.

Phrases match in order with up to `PHRASE_GAP` other words between neighbours, so "kan
niet meer" is found in "ik kan echt niet meer".

With stemmers (Snowball's for Dutch, Spanish and Turkish, `handlers.moderation.stemming`
for Somali), a listed word of a language also matches every word of that language
with the same stem: "verdwijnen" finds "verdwijn", "pegó" finds "pegaba", "kocam" finds
"kocamdan". Stemming a word is slow (tens of microseconds), but each word is stemmed once
and then remembered with its units.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain

from handlers.moderation.normalise import match_tokens

__all__ = ["ME_SUFFIX", "PHRASE_GAP", "Hit", "TermIndex", "arabic_forms", "is_arabic"]

PHRASE_GAP = 2
MIN_STEM = 4
MIN_ARABIC_STEM = 3
MIN_SNOWBALL_STEM = 5
ME_SUFFIX = "\x00me"  # the pseudo-word an Arabic "...ني" adds; the index maps it to ME
_CACHE_LIMIT = 200_000

# After normalisation (أ إ آ → ا, ة → ه, ى → ي). Longest first.
_PROCLITICS = (
    "وبال", "فبال", "وال", "فال", "بال", "كال", "هال", "ولل", "فلل", "لل", "ال", "يا",
    "وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك",
)  # fmt: skip
# "هال" is "this" in the Levant and the Gulf ("هالفيلم", "هالولد"); "هاله" and "هالك" are words.
_REST = {"ب": 4, "ل": 4, "ك": 4, "هال": 3}
# "ابني" is "my son" (ابن + ي), the word parents write most, not a verb's "me".
_MY_SON = frozenset(p + "ابني" for p in ("", "و", "ف", "ل", "ب", "يا"))
_ENCLITICS = ("كما", "هما", "كم", "كن", "هم", "هن", "ها", "نا", "ني", "ه", "ك", "ي")


def is_arabic(word: str) -> bool:
    """Whether a (normalised) word is written in Arabic script."""
    return bool(word) and "\u0600" <= word[0] <= "\u06ff"


def arabic_forms(word: str) -> list[str]:
    """The word and its forms without leading particles and a trailing pronoun."""
    forms = [word]
    for prefix in _PROCLITICS:
        # ب ل ك also begin many words (كانت "was" is not ك + انت "you"): strip them only
        # from longer words (the shortest rest each leaves).
        rest = len(word) - len(prefix)
        if word.startswith(prefix) and rest >= _REST.get(prefix, 2):
            forms.append(word[len(prefix) :])
    for form in list(forms):
        for suffix in _ENCLITICS:
            if form.endswith(suffix) and len(form) - len(suffix) >= 2:
                forms.append(form[: -len(suffix)])
                break
    # The sound feminine plural: "حمارات" is "حمارة"s, "كلبات" "كلبة"s.
    for form in list(forms):
        if form.endswith("ات") and len(form) >= 5:
            forms += [form[:-2], form[:-2] + "ه"]
    if len(word) >= 4 and word.endswith("ني") and word not in _MY_SON:
        forms.append(ME_SUFFIX)
    return forms


# A phrase under its first word: (its place in the listing order, the other units in order,
# their set, label, term as shown, whether its words must stand side by side)
_Phrase = tuple[int, tuple[int, ...], frozenset[int], str, str, bool]


@dataclass(frozen=True, slots=True)
class Hit:
    """A term found in a message: where, with which label, and the words it matched."""

    at: int  # the position of its first word
    end: int  # the position of its last word
    label: str
    term: str  # the term as indexed ("klootzak*", "kan niet meer")


class TermIndex:
    """Words, stems and phrases with labels, found among normalised words."""

    __slots__ = (
        "_cache", "_exact", "_first", "_lengths", "_prefix", "_short", "_single", "_stemmed",
        "_stemmers", "_trigger_terms", "_triggers", "_units",
    )  # fmt: skip

    def __init__(
        self,
        terms: Iterable[tuple[str, str] | tuple[str, str, str]],
        stemmers: Mapping[str, Callable[[str], str]] | None = None,
        trigger: Callable[[str], bool] | None = None,
    ) -> None:
        """Index `(term, label)` or `(term, label, language)`; a term may carry several
        labels. A one-word term with a language that has a stemmer also matches by stem.

        With `trigger`, `scan` finds nothing in a message without a word of a term whose
        label is a trigger (an insult, a worrying concept): the context words around
        ("ik", "mijn", "jij") matter only next to one, and most messages have none.
        """
        self._exact: dict[str, int] = {}  # word → unit
        self._prefix: dict[str, int] = {}  # stem → unit
        self._stemmers = dict(stemmers or {})
        self._stemmed: dict[str, dict[str, list[int]]] = {code: {} for code in self._stemmers}
        self._units: list[str] = []  # unit → its text ("hoer", "klootzak*")
        # unit → the one-word terms it is, shaped like a phrase with nothing after it
        self._single: dict[int, list[_Phrase]] = {}
        # unit → the longer terms starting with it, by the rarest of their other words (a
        # common first word such as "me" starts hundreds): that word → (its position in the
        # listing order, the other units in order, their set, label, term, tight)
        self._first: dict[int, dict[int, list[_Phrase]]] = {}
        phrases: list[tuple[int, int, tuple[int, ...], str, str, bool]] = []
        self._cache: dict[str, tuple[int, ...]] = {}
        trigger_terms: list[tuple[int, ...]] = []
        shared: dict[int, int] = {}  # unit → how many terms use it
        seen: set[tuple[tuple[int, ...], str]] = set()
        for entry in terms:
            term, label = entry[0], entry[1]
            language = entry[2] if len(entry) > 2 else None
            units = self._term_units(term)
            if not units or (units, label) in seen:
                continue
            seen.add((units, label))
            if trigger is None or trigger(label):
                trigger_terms.append(units)
            for unit in set(units):
                shared[unit] = shared.get(unit, 0) + 1
            if len(units) == 1 and language in self._stemmers and not term.endswith("*"):
                self._add_stem(units[0], language)
            shown = " ".join(self._units[u] for u in units)
            # An insult phrase is a fixed expression: its words stand side by side ("ولد
            # الكلب" is not "ولدي ... والكلب", my son and the dog, three words apart).
            tight = label[:2] in ("u:", "a:")
            if len(units) == 1:
                self._single.setdefault(units[0], []).append(
                    (len(seen), (), frozenset(), label, shown, False)
                )
            else:
                phrases.append((len(seen), units[0], units[1:], label, shown, tight))
        for order, head, rest, label, shown, tight in phrases:
            key = min(rest, key=lambda u: (shared[u], u))
            by_key = self._first.setdefault(head, {})
            by_key.setdefault(key, []).append((order, rest, frozenset(rest), label, shown, tight))
        self._lengths = tuple(sorted({len(stem) for stem in self._prefix}))
        # A phrase needs all its words, so one of them is a sure sign; the one fewest terms
        # share is the rarest in messages too ("slaat" for "mijn man slaat", never "mijn").
        # unit → the trigger terms it is the sign of (each as the set of its units): a
        # message triggers only when every word of one of them is there.
        self._trigger_terms: dict[int, list[frozenset[int]]] = {}
        for units in trigger_terms:
            sign = min(units, key=lambda u: (shared[u], -len(self._units[u])))
            needed = frozenset(units)
            found = self._trigger_terms.setdefault(sign, [])
            if needed not in found:
                found.append(needed)
        self._triggers = frozenset(self._trigger_terms)
        self._short = frozenset(
            unit for unit, text in enumerate(self._units) if len(text.rstrip("*")) < 4
        )

    def _add_stem(self, unit: int, language: str) -> None:
        word = self._units[unit]
        stem = self._stemmers[language](word)
        # A short Snowball stem joins unrelated words ("madre" and "madrear" are "madr").
        shortest = MIN_ARABIC_STEM if is_arabic(word) else MIN_SNOWBALL_STEM
        if len(stem) >= shortest:
            found = self._stemmed[language].setdefault(stem, [])
            if unit not in found:
                found.append(unit)

    def _unit(self, word: str, stem: bool) -> int:
        table = self._prefix if stem else self._exact
        unit = table.get(word)
        if unit is None:
            unit = table[word] = len(self._units)
            self._units.append(word + ("*" if stem else ""))
        return unit

    def _term_units(self, term: str) -> tuple[int, ...]:
        if term == ME_SUFFIX:
            return (self._unit(ME_SUFFIX, False),)
        units = []
        for raw in term.split():
            stem = raw.endswith("*")
            words = match_tokens(raw.rstrip("*"))
            if not words:
                continue
            for i, word in enumerate(words):
                last = i == len(words) - 1
                shortest = MIN_ARABIC_STEM if is_arabic(word) else MIN_STEM
                as_stem = stem and last and len(word) >= shortest
                units.append(self._unit(word, as_stem))
        return tuple(units)

    def __len__(self) -> int:
        """How many distinct words and stems are indexed."""
        return len(self._units)

    def units_of(self, word: str) -> tuple[int, ...]:
        """The indexed words and stems this word is (cached)."""
        found = self._cache.get(word)
        if found is not None:
            return found
        units: list[int] = []
        for form in arabic_forms(word) if is_arabic(word) else (word,):
            unit = self._exact.get(form)
            if unit is not None and unit not in units:
                units.append(unit)
            for length in self._lengths:
                if length > len(form):
                    break
                unit = self._prefix.get(form[:length])
                if unit is not None and unit not in units:
                    units.append(unit)
        if word != ME_SUFFIX:
            for language, stem_of in self._stemmers.items():
                stem = stem_of(word)
                if stem == word and len(word) <= MIN_SNOWBALL_STEM:
                    # A short word that is its own stem is another word: "school" (squeezed
                    # to "schol") is not "scholden"; a listed word itself matches exactly.
                    continue
                for unit in self._stemmed[language].get(stem, ()):
                    if unit not in units:
                        units.append(unit)
        result = tuple(units)
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[word] = result
        return result

    def scan(self, words: Sequence[str], *, everything: bool = False) -> list[Hit]:
        """Every labelled term among `words` (from `match_tokens`), in message order (none
        when no trigger word is there, unless `everything`)."""
        hits: list[Hit] = []
        cache = self._cache
        cached = [cache.get(word) for word in words]
        per_word: list[tuple[int, ...]] = (
            [self.units_of(w) if u is None else u for w, u in zip(words, cached, strict=True)]
            if None in cached
            else cached  # type: ignore[assignment]
        )
        present: set[int] | None = None
        if not everything:
            present = set(chain.from_iterable(per_word))
            signs = present & self._triggers
            if not signs:
                return hits  # nothing worrying or insulting: the common case
            terms = self._trigger_terms
            if not any(needed <= present for sign in signs for needed in terms[sign]):
                return hits  # a sign word, but no whole term: "er" without "niet meer zijn"
        single, first = self._single, self._first
        for at, units in enumerate(per_word):
            for unit in units:
                singles = single.get(unit, ())
                by_key = first.get(unit)
                if by_key is None:
                    hits.extend(Hit(at, at, s[3], s[4]) for s in singles)
                    continue
                if present is None:
                    present = {u for found in per_word for u in found}
                # Only the phrases whose rarest other word is in the message at all.
                if len(present) < len(by_key):
                    candidates = [p for key in present for p in by_key.get(key, ())]
                else:
                    candidates = [p for key, ps in by_key.items() if key in present for p in ps]
                if singles:
                    candidates += singles
                if len(candidates) > 1:
                    candidates.sort(key=_listing_order)  # as they were listed
                for _, rest, needed, label, term, tight in candidates:
                    if not rest:
                        hits.append(Hit(at, at, label, term))
                        continue
                    if not needed <= present:
                        continue  # a word of the phrase is not in the message at all
                    end = _follow(per_word, at, rest, self._short, tight)
                    if end is not None:
                        hits.append(Hit(at, end, label, term))
        return hits


def _listing_order(phrase: _Phrase) -> int:
    return phrase[0]


def _follow(
    per_word: Sequence[tuple[int, ...]],
    at: int,
    rest: tuple[int, ...],
    short: frozenset[int] = frozenset(),
    tight: bool = False,
) -> int | None:
    """Where a phrase whose first word is at `at` ends, or None when it is not there.

    Other words may come before a phrase word, but not before a short one ("om", "me"):
    "mijn oom" must not match "mijn dochter geschreeuwd om".
    """
    position = at
    for unit in rest:
        gap = 1 if tight or unit in short else PHRASE_GAP + 1
        for step in range(1, gap + 1):
            candidate = position + step
            if candidate >= len(per_word):
                return None
            if unit in per_word[candidate]:
                position = candidate
                break
        else:
            return None
    return position
