"""The moderation chain: small named checks in order, each a verdict with a reason.

A handler turns a group message into `MessageFacts`, asks the group's `Chain` to evaluate
it, and acts on `first_action(findings)`; every finding goes to the audit log, so a
facilitator sees *why*. Reasons are stable machine codes ("flood", "word_list:nl",
"safeguarding:self_harm"); the words people read are translated by the handlers.

Order and precedence (the part that protects people):
- Cheap checks without text run first: flood, then links and forwards from newcomers.
  Then the text is normalised once and shared: safeguarding, then the word lists.
- ALERT wins. A message that suggests self-harm, violence or abuse is never deleted, even
  when it also floods or contains a listed word: the facilitators are told privately and
  the message stays. So an ALERT ends the chain, and `first_action` prefers an ALERT to any
  DELETE whatever order the findings came in.
- After a DELETE, checks that can only delete are skipped (the outcome is decided), but
  checks that may alert still run, so a deletion can always be overruled by safeguarding.
- No check looks at the message's language or script. `locale` is in the facts for the
  handler's explanation to the member, never a reason; the word lists of all languages are
  checked against every message.
"""

from __future__ import annotations

import enum
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from handlers.moderation.lexicon import Lexicon, default_insults, default_safeguarding
from handlers.moderation.normalise import match_tokens

__all__ = [
    "Chain",
    "ChainSettings",
    "Check",
    "Finding",
    "FloodCheck",
    "MessageFacts",
    "NewcomerLinkCheck",
    "SafeguardingCheck",
    "Verdict",
    "WordListCheck",
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

    def __post_init__(self) -> None:
        if self.sent_at.tzinfo is None:
            raise ValueError("sent_at must be timezone-aware")
        if self.member_joined_at is not None and self.member_joined_at.tzinfo is None:
            raise ValueError("member_joined_at must be timezone-aware")


class Verdict(enum.StrEnum):
    """What a check asks for: nothing, delete the message, or alert the facilitators."""

    ALLOW = "allow"
    DELETE = "delete"
    ALERT = "alert"  # safeguarding: never delete, tell the facilitators privately


@dataclass(frozen=True, slots=True)
class Finding:
    """One check's verdict on a message, with a stable machine-readable reason."""

    check: str
    verdict: Verdict
    reason: str


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
        """Whether the check needs the message's normalised words."""

    @property
    def may_alert(self) -> bool:
        """Whether the check can ALERT (then it runs even after a DELETE)."""

    def inspect(self, facts: MessageFacts, words: Sequence[str]) -> Finding | None:
        """A finding about this message, or None when the check has nothing to say."""


class FloodCheck:
    """More than `max_messages` from one member in one chat within `window_seconds`.

    Keeps, per (chat, member), only the times of the last `max_messages + 1` messages, and
    at most `max_tracked` members: when full, members quiet for a whole window are
    forgotten first, then the least recently active, down to three quarters, so the sweep
    runs rarely. Edits are not new messages and do not count.
    """

    __slots__ = ("_finding", "_max", "_max_tracked", "_recent", "_window")
    name = "flood"
    reads_text = False
    may_alert = False

    def __init__(
        self, max_messages: int, window_seconds: float, *, max_tracked: int = 10_000
    ) -> None:
        self._max = max_messages
        self._window = window_seconds
        self._max_tracked = max(max_tracked, 4)
        self._recent: dict[tuple[int, int], deque[float]] = {}
        self._finding = Finding(self.name, Verdict.DELETE, "flood")

    def __len__(self) -> int:
        """How many (chat, member) pairs are tracked now."""
        return len(self._recent)

    def inspect(self, facts: MessageFacts, words: Sequence[str]) -> Finding | None:
        if facts.is_edit:
            return None
        now = facts.sent_at.timestamp()
        key = (facts.chat_id, facts.user_id)
        recent = self._recent.get(key)
        if recent is None:
            if len(self._recent) >= self._max_tracked:
                self._evict(now)
            recent = self._recent[key] = deque(maxlen=self._max + 1)
        recent.append(now)
        if len(recent) > self._max and now - recent[0] < self._window:
            return self._finding
        return None

    def _evict(self, now: float) -> None:
        horizon = now - self._window
        for key in [k for k, times in self._recent.items() if times[-1] <= horizon]:
            del self._recent[key]
        keep = self._max_tracked * 3 // 4
        if len(self._recent) > keep:
            by_last = sorted(self._recent, key=lambda k: self._recent[k][-1])
            for key in by_last[: len(by_last) - keep]:
                del self._recent[key]


class NewcomerLinkCheck:
    """Links, forwards and forwarded channel posts from members who joined recently."""

    __slots__ = ("_forward", "_link", "_newcomer_for")
    name = "newcomer_link"
    reads_text = False
    may_alert = False

    def __init__(self, newcomer_hours: float) -> None:
        self._newcomer_for = timedelta(hours=newcomer_hours)
        self._link = Finding(self.name, Verdict.DELETE, "link_from_newcomer")
        self._forward = Finding(self.name, Verdict.DELETE, "forward_from_newcomer")

    def inspect(self, facts: MessageFacts, words: Sequence[str]) -> Finding | None:
        forwarded = facts.is_forward or facts.forward_from_channel
        if not (forwarded or facts.has_link) or facts.member_joined_at is None:
            return None
        if facts.sent_at - facts.member_joined_at >= self._newcomer_for:
            return None
        return self._forward if forwarded else self._link


class _LexiconCheck:
    """A check that looks the message's words up in a lexicon."""

    __slots__ = ("_findings", "_lexicon")
    name = ""
    reads_text = True
    may_alert = False
    verdict = Verdict.DELETE

    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self._findings: dict[str, Finding] = {}

    def inspect(self, facts: MessageFacts, words: Sequence[str]) -> Finding | None:
        label = self._lexicon.find(words)
        if label is None:
            return None
        finding = self._findings.get(label)
        if finding is None:
            finding = self._findings[label] = Finding(self.name, self.verdict, label)
        return finding


class WordListCheck(_LexiconCheck):
    """A listed insult or hate-speech term, in any of the languages' lists → DELETE."""

    __slots__ = ()
    name = "word_list"


class SafeguardingCheck(_LexiconCheck):
    """A phrase suggesting self-harm, violence or abuse → ALERT; the message stays."""

    __slots__ = ()
    name = "safeguarding"
    may_alert = True
    verdict = Verdict.ALERT


class Chain:
    """An ordered chain of checks (see the module docstring for order and precedence)."""

    __slots__ = ("_checks",)

    def __init__(self, checks: Iterable[Check]) -> None:
        self._checks = tuple(checks)

    @classmethod
    def from_settings(
        cls,
        settings: ChainSettings | None = None,
        *,
        extra_words: Mapping[str, Iterable[str]] | None = None,
        extra_safeguarding: Mapping[str, Iterable[str]] | None = None,
    ) -> Chain:
        """The standard chain for a group: its settings and its own extra words per language.

        `extra_words` maps a language to words the facilitators added; `extra_safeguarding`
        maps a concern ("self_harm", "violence", "abuse") to added phrases. Without extras
        the shared default lexicons are used.
        """
        settings = settings or ChainSettings()
        checks: list[Check] = []
        if settings.flood_enabled:
            checks.append(FloodCheck(settings.flood_max_messages, settings.flood_window_seconds))
        if settings.newcomer_enabled:
            checks.append(NewcomerLinkCheck(settings.newcomer_hours))
        if settings.safeguarding_enabled:
            phrases = (
                Lexicon.safeguarding(extra_safeguarding)
                if extra_safeguarding
                else default_safeguarding()
            )
            checks.append(SafeguardingCheck(phrases))
        if settings.word_list_enabled:
            words = Lexicon.insults(extra_words) if extra_words else default_insults()
            checks.append(WordListCheck(words))
        return cls(checks)

    @property
    def names(self) -> tuple[str, ...]:
        """The checks' names, in the order they run."""
        return tuple(check.name for check in self._checks)

    def evaluate(self, facts: MessageFacts) -> list[Finding]:
        """Every finding about this message, in chain order (empty: the message is fine)."""
        findings: list[Finding] = []
        words: Sequence[str] | None = None
        deleting = False
        for check in self._checks:
            if deleting and not check.may_alert:
                continue
            if check.reads_text:
                if words is None:
                    words = match_tokens(facts.text) if facts.text else ()
                if not words:
                    continue
                finding = check.inspect(facts, words)
            else:
                finding = check.inspect(facts, ())
            if finding is None or finding.verdict is Verdict.ALLOW:
                continue
            findings.append(finding)
            if finding.verdict is Verdict.ALERT:
                break
            deleting = True
        return findings

    def decide(self, facts: MessageFacts) -> Finding | None:
        """The finding to act on for this message, or None to let it be."""
        return first_action(self.evaluate(facts))


def first_action(findings: Iterable[Finding]) -> Finding | None:
    """The finding to act on: the first ALERT, else the first DELETE, else None.

    An ALERT overrides any DELETE: a safeguarding message is never deleted.
    """
    first_delete: Finding | None = None
    for finding in findings:
        if finding.verdict is Verdict.ALERT:
            return finding
        if finding.verdict is Verdict.DELETE and first_delete is None:
            first_delete = finding
    return first_delete
