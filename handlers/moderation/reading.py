"""Reading a message the way a careful facilitator would: is someone in danger, is someone
being insulted, or is a parent talking about herself or quoting her child?

`Lexicons` puts every language's lists (`handlers.moderation.lexicons`) into one
`TermIndex`; `Lexicons.read` normalises a message once (masks undone, see
`handlers.moderation.evasion`) and finds every labelled term in it. Then:

- `concern(reading)`: the safeguarding concern, if any. Concepts of one language meeting
  within `WINDOW` words trigger a rule (`RULES`): HURT with PARTNER or ME, FEAR with
  PARTNER or HOME, WANT with DIE, TOUCH with CHILD and RELATIVE, ... A few concepts and the
  `alarms` phrases are alarming on their own (DESPAIR, THREAT, ABUSE, SEXUAL). Tuned for
  recall: a false alert costs a facilitator a minute; a missed one can cost far more.
- `insult(reading)`: what an insult in the message asks for. An *unambiguous* term aimed at
  someone → delete. The same term about oneself ("ik ben zo'n sukkel") or quoted ("mijn
  zoon noemde zijn zus een ...") → ask the facilitators, never delete. An *ambiguous* term
  (also an animal, a plant, a name) → ask the facilitators only when it is aimed at someone
  ("jij bent een kip"), else nothing.

Concepts and markers count only within their own language, so the Spanish "me" and the
Dutch "slaat" never make a sentence together.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import import_module

from handlers.moderation.evasion import Unmasker
from handlers.moderation.index import ME_SUFFIX, Hit, TermIndex
from handlers.moderation.lexicons import CONCERNS, LANGUAGES, LanguageLexicon
from handlers.moderation.normalise import match_key, match_tokens

__all__ = [
    "GROUP",
    "RULES",
    "WINDOW",
    "InsultCall",
    "Lexicons",
    "Reading",
    "Severity",
    "concern",
    "default_lexicons",
    "insult",
    "load_languages",
]

WINDOW = 15  # words: concepts further apart than this do not make a sentence together
GROUP = "group"  # the "language" of a group's own words
SECOND_NEAR = 6
FIRST_NEAR = 4

# Concepts that meet within WINDOW words of one language → a concern. First match wins, in
# this order: the concerns that need a facilitator soonest come first.
RULES: tuple[tuple[str, tuple[frozenset[str], ...]], ...] = tuple(
    (concern_, tuple(frozenset(rule.split("+")) for rule in rules))
    for concern_, rules in (
        (
            "self_harm",
            (
                "DESPAIR", "WANT+DIE", "SELFHARM+REFLEXIVE", "SELFHARM+ME", "END+LIFE+ME",
                "KILL+REFLEXIVE", "DIE+REFLEXIVE",
            ),
        ),
        ("sexual_abuse", ("SEXUAL",)),
        (
            "child_abuse",
            (
                "ABUSE+CHILD", "TOUCH+CHILD+RELATIVE", "TOUCH+CHILD+PARTNER", "TOUCH+RELATIVE",
                "HURT+CHILD+RELATIVE", "INJURY+CHILD+PARTNER", "INJURY+CHILD+RELATIVE",
                "FEAR+CHILD+RELATIVE", "FEAR+CHILD+PARTNER",
            ),
        ),
        (
            "violence",
            (
                "ABUSE", "HURT+PARTNER", "HURT+ME", "INJURY+PARTNER", "INJURY+ME",
                "FEAR+PARTNER", "FEAR+HOME", "CONTROL+PARTNER", "NAMECALL+PARTNER",
            ),
        ),
        ("threat", ("THREAT", "KILL+YOU", "KILL+PARTNER")),
    )
)  # fmt: skip


class Severity(enum.StrEnum):
    """What an insult asks for."""

    DELETE = "delete"  # an unambiguous insult aimed at someone
    ASK = "ask"  # a person decides: flag it privately to the facilitators


@dataclass(frozen=True, slots=True)
class InsultCall:
    """The verdict on a message's insult, with why and the listed term it matched."""

    severity: Severity
    reason: str  # "insult", "insult_ambiguous", "insult_self", "insult_quote", "group_word"
    term: str
    language: str


@dataclass(frozen=True, slots=True)
class Reading:
    """A message's normalised words and every labelled term found in them."""

    words: Sequence[str]
    hits: Sequence[Hit]
    suffixes: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)

    def positions(self, label: str) -> list[int]:
        """Where a label was found (word positions)."""
        return [hit.at for hit in self.hits if hit.label == label]


def load_languages() -> dict[str, LanguageLexicon]:
    """Every language's lists that exist, by code."""
    found = {}
    for code in LANGUAGES:
        try:
            module = import_module(f"handlers.moderation.lexicons.{code}")
        except ModuleNotFoundError:
            continue
        found[code] = module.LEXICON
    return found


class Lexicons:
    """All languages' lists in one index, plus a group's own words and allowed words."""

    __slots__ = ("_allowed", "_index", "_suffixes", "_unmasker")

    def __init__(
        self,
        languages: Mapping[str, LanguageLexicon],
        *,
        group_words: Iterable[str] = (),
        allowed: Collection[str] = (),
    ) -> None:
        terms: list[tuple[str, str]] = []
        insults: list[str] = []
        for code, lexicon in languages.items():
            terms += [(t, f"u:{code}") for t in lexicon.unambiguous]
            terms += [(t, f"a:{code}") for t in lexicon.ambiguous]
            terms += [(t, f"m2:{code}") for t in lexicon.second_person]
            terms += [(t, f"m1:{code}") for t in lexicon.first_person]
            terms += [(t, f"mq:{code}") for t in lexicon.quoting]
            for concept, listed in lexicon.concepts.items():
                terms += [(t, f"c:{code}:{concept}") for t in listed]
            for concern_, listed in lexicon.alarms.items():
                terms += [(t, f"x:{code}:{concern_}") for t in listed]
            if code == "ar":
                terms.append((ME_SUFFIX, "c:ar:ME"))
            insults += [t for t in (*lexicon.unambiguous, *lexicon.ambiguous) if " " not in t]
        group_words = [w for w in group_words if w.strip()]
        terms += [(t, f"u:{GROUP}") for t in group_words]
        insults += [t for t in group_words if " " not in t.strip()]
        self._index = TermIndex(terms)
        self._unmasker = Unmasker(insults)
        self._allowed = frozenset(match_key(word) for word in allowed)
        self._suffixes = {
            code: (
                tuple(match_key(s) for s in lexicon.first_person_suffixes),
                tuple(match_key(s) for s in lexicon.second_person_suffixes),
            )
            for code, lexicon in languages.items()
            if lexicon.first_person_suffixes or lexicon.second_person_suffixes
        }

    def with_group(self, words: Iterable[str], allowed: Collection[str]) -> Lexicons:
        """These lists plus a group's own words, minus the words it allows."""
        return Lexicons(load_languages(), group_words=words, allowed=allowed)

    def read(self, text: str) -> Reading:
        """Normalise `text` once and find every labelled term in it."""
        words = match_tokens(self._unmasker.unmask(text))
        hits = self._index.scan(words) if words else []
        if self._allowed and hits:
            hits = [h for h in hits if not (h.label[:2] in ("u:", "a:") and self._is_allowed(h))]
        return Reading(words, hits, self._suffixes)

    def _is_allowed(self, hit: Hit) -> bool:
        return match_key(hit.term.rstrip("*")) in self._allowed

    def __len__(self) -> int:
        return len(self._index)


@cache
def default_lexicons() -> Lexicons:
    """The shared lists of all languages, built once on first use (read-only)."""
    return Lexicons(load_languages())


def concern(reading: Reading) -> str | None:
    """The safeguarding concern this message raises, or None."""
    hits = reading.hits
    if not hits:
        return None
    found: dict[tuple[str, str], list[int]] = {}
    for hit in hits:
        kind, _, rest = hit.label.partition(":")
        if kind == "x":
            return rest.partition(":")[2]
        if kind == "c":
            language, _, concept = rest.partition(":")
            found.setdefault((language, concept), []).append(hit.at)
        elif kind == "m2":
            found.setdefault((rest, "YOU"), []).append(hit.at)
    if not found:
        return None
    languages = {language for language, _ in found}
    for concern_, rules in RULES:
        for rule in rules:
            for language in languages:
                if _meet(found, language, rule):
                    return concern_
    return None


def _meet(found: Mapping[tuple[str, str], list[int]], language: str, rule: frozenset[str]) -> bool:
    """Whether every concept of `rule` occurs in `language` within WINDOW of one another."""
    spots = []
    for concept in rule:
        at = found.get((language, concept))
        if not at:
            return False
        spots.append(at)
    if len(spots) == 1:
        return True
    head, *rest = spots
    return any(all(any(abs(p - q) <= WINDOW for q in other) for other in rest) for p in head)


def insult(reading: Reading) -> InsultCall | None:
    """What the insults in this message ask for (the strongest), or None."""
    best: InsultCall | None = None
    for hit in reading.hits:
        kind, _, language = hit.label.partition(":")
        if kind not in ("u", "a"):
            continue
        call = _judge(reading, hit, language, unambiguous=kind == "u")
        if call is None:
            continue
        if call.severity is Severity.DELETE:
            return call
        best = best or call
    return best


def _judge(reading: Reading, hit: Hit, language: str, *, unambiguous: bool) -> InsultCall | None:
    quoted = _marker(reading, "mq", language, None)
    second = _marker(reading, "m2", language, (hit, SECOND_NEAR))
    first = _marker(reading, "m1", language, (hit, FIRST_NEAR))
    word = reading.words[hit.at] if hit.at < len(reading.words) else ""
    own_first, own_second = reading.suffixes.get(language, ((), ()))
    if hit.term.endswith("*") and len(word) > len(hit.term) - 1:
        ending = word[len(hit.term) - 1 :]
        second = second or any(ending.endswith(s) for s in own_second)
        first = first or any(ending.endswith(s) for s in own_first)
    if unambiguous:
        if quoted:
            return InsultCall(Severity.ASK, "insult_quote", hit.term, language)
        if first and not second:
            return InsultCall(Severity.ASK, "insult_self", hit.term, language)
        reason = "group_word" if language == GROUP else "insult"
        return InsultCall(Severity.DELETE, reason, hit.term, language)
    if second and not quoted and not first:
        return InsultCall(Severity.ASK, "insult_ambiguous", hit.term, language)
    return None


def _marker(reading: Reading, kind: str, language: str, near: tuple[Hit, int] | None) -> bool:
    """Whether a context marker of this language is in the message (or near a hit)."""
    languages = (language,) if language != GROUP else None
    for other in reading.hits:
        other_kind, _, other_language = other.label.partition(":")
        if other_kind != kind or (languages is not None and other_language not in languages):
            continue
        if near is None:
            return True
        hit, distance = near
        if abs(other.at - hit.at) <= distance or abs(other.end - hit.at) <= distance:
            return True
    return False


def concerns() -> tuple[str, ...]:
    """The safeguarding concerns, in a stable order."""
    return CONCERNS
