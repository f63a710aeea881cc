"""The moderation chain: small named checks in order, each a verdict with a reason.

A handler turns a group message into `MessageFacts`, asks the group's `Chain` to evaluate
it, and acts on `first_action(findings)`; every finding goes to the audit log, so a
facilitator sees *why*. Reasons are stable machine codes ("flood", "insult",
"insult_quote", "safeguarding:self_harm"); the words people read are translated by the
handlers.

Order and precedence (the part that protects people):
- Cheap checks without text run first: flood, then links and forwards from newcomers.
  Then the text is read once (`handlers.moderation.reading`) and shared: safeguarding,
  then insults.
- ALERT wins. A message that suggests self-harm, violence or abuse is never deleted, even
  when it also floods or contains a listed word: the facilitators are told privately and
  the message stays. So an ALERT ends the chain, and `first_action` prefers an ALERT to any
  DELETE whatever order the findings came in.
- After a DELETE, checks that can only delete are skipped (the outcome is decided), but
  checks that may alert still run, so a deletion can always be overruled by safeguarding.
- A listed insult is deleted only when the learned worry reader is well below its alert
  threshold (`reading.DOUBT`); close to it, the deletion becomes a FLAG and a person
  decides: the listed word may be how a disclosure is said.
- When Kring is not sure, a person decides: FLAG asks the facilitators privately and
  changes nothing in the chat (an ambiguous word aimed at someone, an insult about oneself
  or quoted, words no list holds that the learned insult reader finds hurtful). DELETE
  beats FLAG; ALERT beats both. A learned reader never deletes anything.
- An album (one `media_group_id`) counts as one message towards flood, and a burst is one
  finding `detail` (when it began), so the member gets one note and one warning for it.
- No check looks at the message's language or script. `locale` is in the facts for the
  handler's explanation to the member, never a reason; the word lists of all languages are
  checked against every message.
"""

from __future__ import annotations

import enum
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from handlers.moderation.learned import default_insult_model
from handlers.moderation.reading import (
    Lexicons,
    Reading,
    Severity,
    concern,
    default_lexicons,
    insult,
    learned_score,
    near_worry,
)

__all__ = [
    "Chain",
    "ChainSettings",
    "Check",
    "Finding",
    "FloodCheck",
    "InsultCheck",
    "MessageFacts",
    "NewcomerLinkCheck",
    "SafeguardingCheck",
    "Verdict",
    "first_action",
]


@dataclass(frozen=True, slots=True)
class MessageFacts:
    """What the checks need to know about one group message, as plain values."""

    text: str  # text or caption, "" when there is none
    chat_id: int
    user_id: int
    sent_at: datetime  # aware
    member_joined_at: datetime | None  # None: unknown, treated as an established member
    has_link: bool
    is_forward: bool
    forward_from_channel: bool
    locale: str | None
    is_edit: bool
    media_group_id: str | None = None

    def __post_init__(self) -> None:
        if self.sent_at.tzinfo is None:
            raise ValueError("sent_at must be timezone-aware")
        if self.member_joined_at is not None and self.member_joined_at.tzinfo is None:
            raise ValueError("member_joined_at must be timezone-aware")


class Verdict(enum.StrEnum):
    """What a check asks for: nothing, ask a facilitator, delete, or alert the facilitators."""

    ALLOW = "allow"
    FLAG = "flag"  # not sure: the facilitators decide, the message stays
    DELETE = "delete"
    ALERT = "alert"  # safeguarding: never delete, tell the facilitators privately


@dataclass(frozen=True, slots=True)
class Finding:
    """One check's verdict on a message, with a stable machine-readable reason."""

    check: str
    verdict: Verdict
    reason: str
    term: str = ""  # the listed word or stem that matched ("klootzak*")
    detail: str = ""  # flood: when the burst began (one note and one warning per burst)


@dataclass(frozen=True, slots=True)
class ChainSettings:
    """A group's moderation settings: each check on or off, with its thresholds."""

    flood_enabled: bool = True
    flood_max_messages: int = 6  # more than this many messages ...
    flood_window_seconds: float = 10.0  # ... within this many seconds is a flood
    newcomer_enabled: bool = True
    newcomer_hours: float = 24.0  # links and forwards wait this long after joining
    safeguarding_enabled: bool = True
    word_list_enabled: bool = True

    def __post_init__(self) -> None:
        if self.flood_max_messages < 1:
            raise ValueError("flood_max_messages must be at least 1")
        if self.flood_window_seconds <= 0:
            raise ValueError("flood_window_seconds must be positive")
        if self.newcomer_hours < 0:
            raise ValueError("newcomer_hours must not be negative")


class Check(Protocol):
    """One named check of the chain."""

    @property
    def name(self) -> str:
        """The check's stable name, used as `Finding.check`."""

    @property
    def reads_text(self) -> bool:
        """Whether the check needs the message's reading (its words and listed terms)."""

    @property
    def reads_every_text(self) -> bool:
        """Whether it reads a message in which no listed term was found (else it is
        skipped for those, the common case)."""

    @property
    def may_alert(self) -> bool:
        """Whether the check can ALERT (then it runs even after a DELETE)."""

    def inspect(self, facts: MessageFacts, reading: Reading | None) -> Finding | None:
        """A finding about this message, or None when the check has nothing to say."""


class FloodCheck:
    """More than `max_messages` from one member in one chat within `window_seconds`.

    An album (photos sent together share a `media_group_id`) is one message: only its first
    item counts. Keeps, per (chat, member), only the times of the last `max_messages + 1`
    messages, the album ids seen lately and when the current burst began; at most
    `max_tracked` members: when full, members quiet for a whole window are forgotten first,
    then the least recently active, down to three quarters, so the sweep runs rarely. Edits
    are not new messages and do not count.
    """

    __slots__ = ("_albums", "_bursts", "_max", "_max_tracked", "_recent", "_window")
    name = "flood"
    reads_text = False
    reads_every_text = False
    may_alert = False

    def __init__(
        self, max_messages: int, window_seconds: float, *, max_tracked: int = 10_000
    ) -> None:
        self._max = max_messages
        self._window = window_seconds
        self._max_tracked = max(max_tracked, 4)
        self._recent: dict[tuple[int, int], deque[float]] = {}
        self._albums: dict[tuple[int, int], deque[str]] = {}
        self._bursts: dict[tuple[int, int], float] = {}

    def __len__(self) -> int:
        """How many (chat, member) pairs are tracked now."""
        return len(self._recent)

    def inspect(self, facts: MessageFacts, reading: Reading | None) -> Finding | None:
        if facts.is_edit:
            return None
        now = facts.sent_at.timestamp()
        key = (facts.chat_id, facts.user_id)
        if facts.media_group_id is not None:
            albums = self._albums.get(key)
            if albums is None:
                albums = self._albums[key] = deque(maxlen=4)
            if facts.media_group_id in albums:
                return None  # the rest of an album already counted
            albums.append(facts.media_group_id)
        recent = self._recent.get(key)
        if recent is None:
            if len(self._recent) >= self._max_tracked:
                self._evict(now)
            recent = self._recent[key] = deque(maxlen=self._max + 1)
        quiet_since = now - recent[-1] if recent else None
        recent.append(now)
        if len(recent) > self._max and now - recent[0] < self._window:
            began = self._bursts.get(key)
            if began is None or (quiet_since is not None and quiet_since >= self._window):
                began = self._bursts[key] = now
            return Finding(self.name, Verdict.DELETE, "flood", detail=str(int(began)))
        self._bursts.pop(key, None)
        return None

    def _evict(self, now: float) -> None:
        horizon = now - self._window
        for key in [k for k, times in self._recent.items() if times[-1] <= horizon]:
            self._forget(key)
        keep = self._max_tracked * 3 // 4
        if len(self._recent) > keep:
            by_last = sorted(self._recent, key=lambda k: self._recent[k][-1])
            for key in by_last[: len(by_last) - keep]:
                self._forget(key)

    def _forget(self, key: tuple[int, int]) -> None:
        del self._recent[key]
        self._albums.pop(key, None)
        self._bursts.pop(key, None)


class NewcomerLinkCheck:
    """Links, forwards and forwarded channel posts from members who joined recently."""

    __slots__ = ("_forward", "_link", "_newcomer_for")
    name = "newcomer_link"
    reads_text = False
    reads_every_text = False
    may_alert = False

    def __init__(self, newcomer_hours: float) -> None:
        self._newcomer_for = timedelta(hours=newcomer_hours)
        self._link = Finding(self.name, Verdict.DELETE, "link_from_newcomer")
        self._forward = Finding(self.name, Verdict.DELETE, "forward_from_newcomer")

    def inspect(self, facts: MessageFacts, reading: Reading | None) -> Finding | None:
        forwarded = facts.is_forward or facts.forward_from_channel
        if not (forwarded or facts.has_link) or facts.member_joined_at is None:
            return None
        if facts.sent_at - facts.member_joined_at >= self._newcomer_for:
            return None
        return self._forward if forwarded else self._link


class SafeguardingCheck:
    """A disclosure or a risk (violence, abuse, self-harm, a threat) → ALERT; it stays."""

    __slots__ = ()
    name = "safeguarding"
    reads_text = True
    reads_every_text = True  # the learned reader looks at messages no list marks
    may_alert = True

    def inspect(self, facts: MessageFacts, reading: Reading | None) -> Finding | None:
        found = concern(reading) if reading is not None else None
        if found is None:
            return None
        return Finding(self.name, Verdict.ALERT, f"safeguarding:{found}")


class InsultCheck:
    """An insult: DELETE when unambiguous and aimed at someone, FLAG when a person should
    decide (an ambiguous word aimed at someone, an insult about oneself or quoted, or words
    no list holds that read like the insults the learned reader has seen)."""

    __slots__ = ()
    name = "word_list"
    reads_text = True
    reads_every_text = True  # the learned reader looks at messages no list marks
    may_alert = False

    def inspect(self, facts: MessageFacts, reading: Reading | None) -> Finding | None:
        if reading is None:
            return None
        call = insult(reading) if reading.hits else None
        if call is None:
            model = default_insult_model()
            if (
                model is not None
                and reading.words
                and not reading.allowed  # the group's facilitators already said
                and learned_score(reading, model) >= model.threshold
            ):
                # Only ever a question to a person: no word to allow, nothing deleted.
                return Finding(self.name, Verdict.FLAG, "insult_learned")
            return None
        verdict = Verdict.DELETE if call.severity is Severity.DELETE else Verdict.FLAG
        if verdict is Verdict.DELETE and near_worry(reading):
            # Close to what the worry reader alerts on: a person decides, nothing is
            # deleted (the listed word may be how a disclosure is said).
            verdict = Verdict.FLAG
        return Finding(self.name, verdict, call.reason, term=call.term)


class Chain:
    """An ordered chain of checks (see the module docstring for order and precedence)."""

    __slots__ = ("_checks", "_lexicons")

    def __init__(self, checks: Iterable[Check], lexicons: Lexicons | None = None) -> None:
        self._checks = tuple(checks)
        self._lexicons = lexicons

    @classmethod
    def from_settings(
        cls,
        settings: ChainSettings | None = None,
        *,
        extra_words: Mapping[str, Iterable[str]] | None = None,
        allowed_words: Iterable[str] | None = None,
    ) -> Chain:
        """The standard chain for a group: its settings, its own words (language → words
        its facilitators added) and the words it allows. Without either, the shared lists
        are used."""
        settings = settings or ChainSettings()
        checks: list[Check] = []
        if settings.flood_enabled:
            checks.append(FloodCheck(settings.flood_max_messages, settings.flood_window_seconds))
        if settings.newcomer_enabled:
            checks.append(NewcomerLinkCheck(settings.newcomer_hours))
        if settings.safeguarding_enabled:
            checks.append(SafeguardingCheck())
        if settings.word_list_enabled:
            checks.append(InsultCheck())
        own = [word for words in (extra_words or {}).values() for word in words]
        allowed = list(allowed_words or ())
        lexicons = (
            default_lexicons().with_group(own, allowed) if own or allowed else default_lexicons()
        )
        return cls(checks, lexicons)

    @property
    def names(self) -> tuple[str, ...]:
        """The checks' names, in the order they run."""
        return tuple(check.name for check in self._checks)

    def read(self, text: str) -> Reading:
        """The message's reading with this chain's lists."""
        return (self._lexicons or default_lexicons()).read(text)

    def evaluate(self, facts: MessageFacts) -> list[Finding]:
        """Every finding about this message, in chain order (empty: the message is fine)."""
        findings: list[Finding] = []
        reading: Reading | None = None
        deleting = False
        for check in self._checks:
            if deleting and not check.may_alert:
                continue
            if check.reads_text:
                if not facts.text:
                    continue
                if reading is None:
                    reading = self.read(facts.text)
                if not reading.hits and not check.reads_every_text:
                    continue
                finding = check.inspect(facts, reading)
            else:
                finding = check.inspect(facts, None)
            if finding is None or finding.verdict is Verdict.ALLOW:
                continue
            findings.append(finding)
            if finding.verdict is Verdict.ALERT:
                break
            if finding.verdict is Verdict.DELETE:
                deleting = True
        return findings

    def decide(self, facts: MessageFacts) -> Finding | None:
        """The finding to act on for this message, or None to let it be."""
        return first_action(self.evaluate(facts))


_RANK = {Verdict.ALERT: 3, Verdict.DELETE: 2, Verdict.FLAG: 1}


def first_action(findings: Iterable[Finding]) -> Finding | None:
    """The finding to act on: the first ALERT, else the first DELETE, else the first FLAG.

    An ALERT overrides any DELETE: a safeguarding message is never deleted.
    """
    best: Finding | None = None
    for finding in findings:
        rank = _RANK.get(finding.verdict, 0)
        if rank and (best is None or rank > _RANK[best.verdict]):
            best = finding
    return best
