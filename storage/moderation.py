"""Group-chat moderation storage: settings, who joined and agreed, and the audit log."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.community import CommunityService, NotAllowed
from storage.crypto import AnswerCipher, InvalidToken
from storage.db import insert_ignoring_conflicts
from storage.delivery_policy import MemberPrefs, end_of_quiet_hours
from storage.models import (
    ChatMemberState,
    Group,
    Member,
    Membership,
    ModerationAction,
    ModerationSettings,
    Role,
)
from storage.outbox import NewMessage, enqueue_messages
from storage.types import utcnow

Clock = Callable[[], datetime]

# What facilitators may change, and the values the buttons offer.
CHOICES: dict[str, tuple[int, ...]] = {
    "warn_threshold": (2, 3, 5),
    "mute_minutes": (60, 360, 1440),
    "newcomer_hours": (24, 72, 168),
    "rules_reminder_minutes": (10, 60, 1440),
    "flood_max_messages": (4, 6, 10),
}
SWITCHES = (
    "flood_enabled",
    "newcomer_enabled",
    "words_enabled",
    "safeguarding_enabled",
    "rules_required",
    "support_note",
)
MAX_TEXT = 1500
MAX_WORD = 60
MAX_EXCERPT = 160  # characters of a removed or flagged message a facilitator may read
MAX_ALLOWED = 200  # words a group may allow
# A join seen twice within this time (a service message and a chat_member update, or
# Telegram re-sending) is one join: one welcome, one newcomer clock.
SAME_JOIN = timedelta(minutes=2)
LOG_PAGE = 8
REPORTS_PER_HOUR = 5
# The night rest a facilitator can pick: off, 22:00-07:00 or 23:00-07:00.
RESTS: tuple[tuple[int, int] | None, ...] = (None, (22 * 60, 7 * 60), (23 * 60, 7 * 60))


@dataclass(frozen=True, slots=True)
class ModerationConfig:
    """A group's moderation settings (the defaults when none are stored)."""

    group_id: int
    flood_enabled: bool = True
    flood_max_messages: int = 6
    flood_window_s: int = 10
    newcomer_enabled: bool = True
    newcomer_hours: int = 24
    words_enabled: bool = True
    safeguarding_enabled: bool = True
    warn_threshold: int = 3
    mute_minutes: int = 60
    rules_required: bool = True
    rules_reminder_minutes: int = 60
    rest_start_min: int | None = None
    rest_end_min: int | None = None
    rules: dict[str, str] = field(default_factory=dict)
    welcome: dict[str, str] = field(default_factory=dict)
    extra_words: dict[str, list[str]] = field(default_factory=dict)
    allowed_words: list[str] = field(default_factory=list)
    support_note: bool = False
    version: str = ""  # changes whenever the settings change (for cached check chains)


@dataclass(frozen=True, slots=True)
class ActionView:
    """One line of the audit log."""

    id: int
    group_id: int
    chat_id: int
    actor_telegram_id: int | None
    target_telegram_id: int | None
    target_name: str | None
    action: str
    reason: str
    message_id: int | None
    until: datetime | None
    created_at: datetime
    undone_at: datetime | None
    warned: bool = False
    term: str | None = None
    excerpt: str | None = None  # decrypted; None when there is none (or it was erased)


@dataclass(frozen=True, slots=True)
class Reminder:
    """A newcomer who has not agreed to the rules yet, due a (single) reminder."""

    group_id: int
    chat_id: int
    telegram_user_id: int
    default_locale: str


@dataclass(frozen=True, slots=True)
class RestChange:
    """A group chat's night rest begins (with when it ends) or ends."""

    group_id: int
    chat_id: int
    default_locale: str
    timezone: str
    resting: bool
    until: datetime | None


class _TTLCache:
    """A small per-process cache: every group message would otherwise cost three queries.

    Entries live `ttl` seconds (monotonic time); this process's own writes drop them at
    once, other replicas' writes are seen within `ttl`.
    """

    def __init__(self, ttl: float, size: int = 50_000) -> None:
        self.ttl = ttl
        self.size = size
        self._items: dict[Any, tuple[float, Any]] = {}

    def get(self, key: Any) -> tuple[bool, Any]:
        hit = self._items.get(key)
        if hit is None or hit[0] < time.monotonic():
            return False, None
        return True, hit[1]

    def put(self, key: Any, value: Any) -> None:
        if len(self._items) >= self.size:
            self._items.clear()
        self._items[key] = (time.monotonic() + self.ttl, value)

    def drop(self, key: Any) -> None:
        self._items.pop(key, None)


class ModerationService:
    """Settings, membership state and the audit log of group chats."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        community: CommunityService,
        clock: Clock = utcnow,
        cache_ttl_s: float = 30.0,
        cipher: AnswerCipher | None = None,
    ) -> None:
        self._sessions = sessions
        self._community = community
        self._clock = clock
        self._cipher = cipher
        self._configs = _TTLCache(cache_ttl_s)
        self._roles = _TTLCache(cache_ttl_s)
        self._joined = _TTLCache(cache_ttl_s)

    def now(self) -> datetime:
        """The service's clock."""
        return self._clock()

    # -- settings -----------------------------------------------------------------------

    async def config(self, group_id: int) -> ModerationConfig:
        """The group's settings."""
        found, cached = self._configs.get(group_id)
        if found:
            return cached
        config = await self._load_config(group_id)
        self._configs.put(group_id, config)
        return config

    async def _load_config(self, group_id: int) -> ModerationConfig:
        async with self._sessions() as session:
            stored = await session.get(ModerationSettings, group_id)
        if stored is None:
            return ModerationConfig(group_id)
        return ModerationConfig(
            group_id=group_id,
            flood_enabled=stored.flood_enabled,
            flood_max_messages=stored.flood_max_messages,
            flood_window_s=stored.flood_window_s,
            newcomer_enabled=stored.newcomer_enabled,
            newcomer_hours=stored.newcomer_hours,
            words_enabled=stored.words_enabled,
            safeguarding_enabled=stored.safeguarding_enabled,
            warn_threshold=stored.warn_threshold,
            mute_minutes=stored.mute_minutes,
            rules_required=stored.rules_required,
            rules_reminder_minutes=stored.rules_reminder_minutes,
            rest_start_min=stored.rest_start_min,
            rest_end_min=stored.rest_end_min,
            rules=dict(stored.rules or {}),
            welcome=dict(stored.welcome or {}),
            extra_words={k: list(v) for k, v in (stored.extra_words or {}).items()},
            allowed_words=list(stored.allowed_words or []),
            support_note=stored.support_note,
            # The content itself: any change (here or on another replica) gives a new one.
            version=repr(
                (
                    stored.flood_enabled,
                    stored.flood_max_messages,
                    stored.flood_window_s,
                    stored.newcomer_enabled,
                    stored.newcomer_hours,
                    stored.words_enabled,
                    stored.safeguarding_enabled,
                    sorted((stored.extra_words or {}).items()),
                    sorted(stored.allowed_words or []),
                )
            ),
        )

    async def change(self, actor_telegram_id: int, group_id: int, **changes: Any) -> None:
        """Change settings (facilitators and coordinators; checked here, not in handlers)."""
        await self._require_facilitator(actor_telegram_id, group_id)
        for key, value in changes.items():
            if key in SWITCHES:
                if not isinstance(value, bool):
                    raise ValueError(f"{key} is on or off")
            elif key in CHOICES:
                if value not in CHOICES[key]:
                    raise ValueError(f"{key} must be one of {CHOICES[key]}")
            else:
                raise ValueError(f"unknown setting {key}")
        await self._update(group_id, **changes)

    async def set_rest(
        self, actor_telegram_id: int, group_id: int, rest: tuple[int, int] | None
    ) -> None:
        """Set or clear the group chat's night rest."""
        if rest not in RESTS:
            raise ValueError("not one of the offered night rests")
        await self._require_facilitator(actor_telegram_id, group_id)
        start, end = rest if rest else (None, None)
        await self._update(group_id, rest_start_min=start, rest_end_min=end)

    async def rest_changes(
        self, messages: Callable[[RestChange], list[NewMessage]] | None = None
    ) -> list[RestChange]:
        """Group chats whose night rest starts or ends now (each change reported once).

        `messages` gives what each change sends (the permissions, a note): they are
        enqueued in the transaction that records the change, so a crash loses neither.
        """
        now = self._clock()
        changes = []
        async with self._sessions.begin() as session:
            rows = (
                await session.execute(
                    select(ModerationSettings, Group)
                    .join(Group, Group.id == ModerationSettings.group_id)
                    .where(
                        Group.telegram_chat_id.is_not(None),
                        or_(
                            ModerationSettings.rest_start_min.is_not(None),
                            ModerationSettings.resting.is_(True),
                        ),
                    )
                )
            ).all()
            for stored, group in rows:
                wake = None
                if stored.rest_start_min is not None and stored.rest_end_min is not None:
                    prefs = MemberPrefs(
                        quiet_start_min=stored.rest_start_min,
                        quiet_end_min=stored.rest_end_min,
                    )
                    wake = end_of_quiet_hours(prefs, now, group.timezone)
                resting = wake is not None
                if resting == stored.resting:
                    continue
                stored.resting = resting
                changes.append(
                    RestChange(
                        group.id,
                        group.telegram_chat_id or 0,
                        group.default_locale,
                        group.timezone,
                        resting,
                        wake,
                    )
                )
            if messages is not None:
                await enqueue_messages(session, [m for c in changes for m in messages(c)], now)
        return changes

    async def set_text(
        self, actor_telegram_id: int, group_id: int, kind: str, locale: str, text: str | None
    ) -> None:
        """Set (or with None reset to the default) the rules or welcome in one language."""
        if kind not in {"rules", "welcome"}:
            raise ValueError("kind is rules or welcome")
        await self._require_facilitator(actor_telegram_id, group_id)
        current = await self.config(group_id)
        texts = dict(current.rules if kind == "rules" else current.welcome)
        if text and text.strip():
            texts[locale] = text.strip()[:MAX_TEXT]
        else:
            texts.pop(locale, None)
        await self._update(group_id, **{kind: texts or None})

    async def add_word(
        self, actor_telegram_id: int, group_id: int, locale: str, word: str, remove: bool = False
    ) -> bool:
        """Add (or remove) a word to the group's list for a language; False if unchanged."""
        await self._require_facilitator(actor_telegram_id, group_id)
        word = " ".join(word.split())[:MAX_WORD]
        if not word:
            raise ValueError("empty word")
        current = await self.config(group_id)
        words = {k: list(v) for k, v in current.extra_words.items()}
        listed = words.setdefault(locale, [])
        if remove:
            if word not in listed:
                return False
            listed.remove(word)
        else:
            if word in listed:
                return False
            listed.append(word)
        await self._update(group_id, extra_words={k: v for k, v in words.items() if v} or None)
        return True

    async def allow_word(self, actor_telegram_id: int, group_id: int, word: str) -> bool:
        """Allow a listed word in this group ("allow this word"); False if it already was.

        It is also taken off the group's own list, so the two never disagree.
        """
        await self._require_facilitator(actor_telegram_id, group_id)
        word = " ".join(word.split())[:MAX_WORD]
        if not word:
            raise ValueError("empty word")
        current = await self.config(group_id)
        if word in current.allowed_words:
            return False
        allowed = [*current.allowed_words, word][-MAX_ALLOWED:]
        own = {
            language: [w for w in words if w.rstrip("*") != word.rstrip("*")]
            for language, words in current.extra_words.items()
        }
        await self._update(
            group_id,
            allowed_words=allowed,
            extra_words={k: v for k, v in own.items() if v} or None,
        )
        return True

    async def _update(self, group_id: int, **values: Any) -> None:
        self._configs.drop(group_id)
        values["updated_at"] = self._clock()
        async with self._sessions.begin() as session:
            await session.execute(
                insert_ignoring_conflicts(session, ModerationSettings).values(
                    group_id=group_id, updated_at=values["updated_at"]
                )
            )
            await session.execute(
                update(ModerationSettings)
                .where(ModerationSettings.group_id == group_id)
                .values(**values)
            )
        self._configs.drop(group_id)

    # -- people -------------------------------------------------------------------------

    async def role_in(self, telegram_user_id: int, group_id: int) -> Role | None:
        """The strongest role someone has in a group (coordinators count as facilitators)."""
        found, cached = self._roles.get((telegram_user_id, group_id))
        if found:
            return cached
        role = await self._load_role(telegram_user_id, group_id)
        self._roles.put((telegram_user_id, group_id), role)
        return role

    async def _load_role(self, telegram_user_id: int, group_id: int) -> Role | None:
        async with self._sessions() as session:
            roles = set(
                (
                    await session.scalars(
                        select(Membership.role)
                        .join(Member, Member.id == Membership.member_id)
                        .where(
                            Member.telegram_user_id == telegram_user_id,
                            Membership.group_id == group_id,
                            Membership.active.is_(True),
                        )
                    )
                ).all()
            )
        if Role.FACILITATOR in roles or await self._community.can_manage(
            telegram_user_id, group_id
        ):
            return Role.FACILITATOR
        for role in (Role.VOLUNTEER, Role.PARENT):
            if role in roles:
                return role
        return None

    async def joined(self, group_id: int, telegram_user_id: int, agreed: bool = False) -> bool:
        """Someone joined the chat (again): the newcomer clock starts now.

        False when this join was already seen within `SAME_JOIN` (Telegram tells a join
        both as a service message and as a `chat_member` update): welcome once.
        """
        self._joined.drop((group_id, telegram_user_id))
        now = self._clock()
        async with self._sessions.begin() as session:
            inserted = await session.execute(
                insert_ignoring_conflicts(session, ChatMemberState).values(
                    group_id=group_id,
                    telegram_user_id=telegram_user_id,
                    joined_at=now,
                    agreed_at=now if agreed else None,
                )
            )
            if inserted.rowcount:  # type: ignore[attr-defined]
                return True
            values: dict[str, Any] = {"joined_at": now, "reminded_at": None, "welcomed_at": None}
            if agreed:
                values["agreed_at"] = func.coalesce(ChatMemberState.agreed_at, now)
            again = await session.execute(
                update(ChatMemberState)
                .where(
                    ChatMemberState.group_id == group_id,
                    ChatMemberState.telegram_user_id == telegram_user_id,
                    ChatMemberState.joined_at < now - SAME_JOIN,
                )
                .values(**values)
            )
            return bool(again.rowcount)  # type: ignore[attr-defined]

    async def claim_welcomes(self, group_id: int, telegram_user_ids: list[int]) -> list[int]:
        """Of these newcomers, the ones still to be welcomed, marked welcomed now (a second
        replica or a second call gets none of them)."""
        now = self._clock()
        claimed = []
        async with self._sessions.begin() as session:
            for user_id in telegram_user_ids:
                result = await session.execute(
                    update(ChatMemberState)
                    .where(
                        ChatMemberState.group_id == group_id,
                        ChatMemberState.telegram_user_id == user_id,
                        ChatMemberState.welcomed_at.is_(None),
                    )
                    .values(welcomed_at=now)
                )
                if result.rowcount:  # type: ignore[attr-defined]
                    claimed.append(user_id)
        return claimed

    async def needs_agreement(self, group_id: int, telegram_user_id: int) -> bool:
        """Whether someone joined this chat and has not agreed to the rules yet."""
        async with self._sessions() as session:
            state = await session.scalar(_state(group_id, telegram_user_id))
        return state is not None and state.agreed_at is None

    async def agree(self, group_id: int, telegram_user_id: int) -> bool:
        """They agreed to the rules; False if they had already (or never joined here)."""
        async with self._sessions.begin() as session:
            state = await session.scalar(_state(group_id, telegram_user_id))
            if state is None:
                session.add(
                    ChatMemberState(
                        group_id=group_id,
                        telegram_user_id=telegram_user_id,
                        joined_at=self._clock(),
                        agreed_at=self._clock(),
                    )
                )
                return True
            if state.agreed_at is not None:
                return False
            state.agreed_at = self._clock()
            return True

    async def joined_at(self, group_id: int, telegram_user_id: int) -> datetime | None:
        """When someone joined the chat (None: before Kring watched it)."""
        found, cached = self._joined.get((group_id, telegram_user_id))
        if found:
            return cached
        async with self._sessions() as session:
            joined = await session.scalar(
                select(ChatMemberState.joined_at).where(
                    ChatMemberState.group_id == group_id,
                    ChatMemberState.telegram_user_id == telegram_user_id,
                )
            )
        self._joined.put((group_id, telegram_user_id), joined)
        return joined

    async def due_rule_reminders(
        self, messages: Callable[[Reminder], list[NewMessage]] | None = None
    ) -> list[Reminder]:
        """Newcomers who have not agreed after the group's reminder time; marks them reminded
        (one reminder, never more) and enqueues `messages` of each in the same transaction."""
        now = self._clock()
        async with self._sessions.begin() as session:
            rows = (
                await session.execute(
                    select(ChatMemberState, Group, ModerationSettings.rules_reminder_minutes)
                    .join(Group, Group.id == ChatMemberState.group_id)
                    .outerjoin(
                        ModerationSettings, ModerationSettings.group_id == ChatMemberState.group_id
                    )
                    .where(
                        ChatMemberState.agreed_at.is_(None),
                        ChatMemberState.reminded_at.is_(None),
                        Group.telegram_chat_id.is_not(None),
                    )
                )
            ).all()
            due = []
            for state, group, minutes in rows:
                if state.joined_at + timedelta(minutes=minutes or 60) > now:
                    continue
                state.reminded_at = now
                due.append(
                    Reminder(
                        group.id,
                        group.telegram_chat_id or 0,
                        state.telegram_user_id,
                        group.default_locale,
                    )
                )
            if messages is not None:
                await enqueue_messages(session, [m for r in due for m in messages(r)], now)
            return due

    # -- the audit log ------------------------------------------------------------------

    async def record(
        self,
        group_id: int,
        chat_id: int,
        action: str,
        *,
        actor: int | None = None,
        target: int | None = None,
        target_name: str | None = None,
        reason: str = "",
        message_id: int | None = None,
        until: datetime | None = None,
        warned: bool = False,
        term: str | None = None,
        excerpt: str | None = None,
    ) -> ActionView:
        """Write one line of the audit log (an excerpt is kept encrypted, or not at all
        when this service has no cipher)."""
        stored_excerpt = None
        if excerpt and self._cipher is not None:
            stored_excerpt = self._cipher.encrypt(_shorten(excerpt, MAX_EXCERPT))
        row = ModerationAction(
            group_id=group_id,
            chat_id=chat_id,
            actor_telegram_id=actor,
            target_telegram_id=target,
            target_name=(target_name or "")[:128] or None,
            action=action,
            reason=reason[:300],
            message_id=message_id,
            until=until,
            created_at=self._clock(),
            warned=warned,
            term=(term or "")[:64] or None,
            excerpt=stored_excerpt,
        )
        async with self._sessions.begin() as session:
            session.add(row)
            await session.flush()
            return self._view(row)

    async def warnings(self, group_id: int, target: int) -> int:
        """Warnings that count towards a mute: not undone, given since the last mute."""
        async with self._sessions() as session:
            last_mute = await session.scalar(
                select(func.max(ModerationAction.created_at)).where(
                    ModerationAction.group_id == group_id,
                    ModerationAction.target_telegram_id == target,
                    ModerationAction.action == "mute",
                    ModerationAction.undone_at.is_(None),
                )
            )
            stmt = select(func.count()).where(
                ModerationAction.group_id == group_id,
                ModerationAction.target_telegram_id == target,
                or_(ModerationAction.action == "warn", ModerationAction.warned.is_(True)),
                ModerationAction.undone_at.is_(None),
            )
            if last_mute is not None:
                stmt = stmt.where(ModerationAction.created_at > last_mute)
            return int(await session.scalar(stmt) or 0)

    async def reports_last_hour(self, group_id: int, reporter: int) -> int:
        """How many reports someone made in the last hour (they are rate-limited)."""
        since = self._clock() - timedelta(hours=1)
        async with self._sessions() as session:
            return int(
                await session.scalar(
                    select(func.count()).where(
                        ModerationAction.group_id == group_id,
                        ModerationAction.actor_telegram_id == reporter,
                        ModerationAction.action == "report",
                        ModerationAction.created_at > since,
                    )
                )
                or 0
            )

    async def burst_handled(self, group_id: int, target: int, since: datetime) -> bool:
        """Whether a flood of this member since `since` was already acted on (one private
        note and one warning per burst)."""
        async with self._sessions() as session:
            found = await session.scalar(
                select(ModerationAction.id)
                .where(
                    ModerationAction.group_id == group_id,
                    ModerationAction.target_telegram_id == target,
                    ModerationAction.reason == "flood",
                    ModerationAction.warned.is_(True),
                    ModerationAction.created_at >= since,
                )
                .limit(1)
            )
        return found is not None

    async def action(self, action_id: int) -> ActionView | None:
        """One line of the log."""
        async with self._sessions() as session:
            row = await session.get(ModerationAction, action_id)
            return self._view(row) if row else None

    async def recent(
        self, group_id: int, limit: int = LOG_PAGE, offset: int = 0
    ) -> list[ActionView]:
        """A page of a group's log, newest first."""
        async with self._sessions() as session:
            rows = await session.scalars(
                select(ModerationAction)
                .where(ModerationAction.group_id == group_id)
                .order_by(ModerationAction.created_at.desc(), ModerationAction.id.desc())
                .limit(limit)
                .offset(max(offset, 0))
            )
            return [self._view(r) for r in rows.all()]

    async def log_size(self, group_id: int) -> int:
        """How many lines a group's log has."""
        async with self._sessions() as session:
            return int(
                await session.scalar(
                    select(func.count()).where(ModerationAction.group_id == group_id)
                )
                or 0
            )

    async def resolve(self, action_id: int) -> bool:
        """Mark a flag as dealt with (a facilitator tapped one of its buttons); False when
        someone already had."""
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(ModerationAction)
                .where(
                    ModerationAction.id == action_id,
                    ModerationAction.action == "flag",
                    ModerationAction.undone_at.is_(None),
                )
                .values(undone_at=self._clock())
            )
            return bool(result.rowcount)  # type: ignore[attr-defined]

    async def purge_excerpts(self, older_than: timedelta) -> int:
        """Erase excerpts older than the retention period (the lines of the log stay)."""
        cutoff = self._clock() - older_than
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(ModerationAction)
                .where(ModerationAction.excerpt.is_not(None), ModerationAction.created_at < cutoff)
                .values(excerpt=None)
            )
            return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def _view(self, row: ModerationAction) -> ActionView:
        excerpt = None
        if row.excerpt and self._cipher is not None:
            try:
                excerpt = self._cipher.decrypt(row.excerpt)
            except InvalidToken:
                excerpt = None
        return ActionView(
            id=row.id,
            group_id=row.group_id,
            chat_id=row.chat_id,
            actor_telegram_id=row.actor_telegram_id,
            target_telegram_id=row.target_telegram_id,
            target_name=row.target_name,
            action=row.action,
            reason=row.reason,
            message_id=row.message_id,
            until=row.until,
            created_at=row.created_at,
            undone_at=row.undone_at,
            warned=row.warned,
            term=row.term,
            excerpt=excerpt,
        )

    async def undo(self, actor_telegram_id: int, action_id: int) -> ActionView | None:
        """Undo a warning or a mute (facilitators only); None if there is nothing to undo."""
        async with self._sessions() as session:
            row = await session.get(ModerationAction, action_id)
        undoable = row is not None and (row.action in {"warn", "mute"} or row.warned)
        if row is None or not undoable or row.undone_at is not None:
            return None
        await self._require_facilitator(actor_telegram_id, row.group_id)
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(ModerationAction)
                .where(ModerationAction.id == action_id, ModerationAction.undone_at.is_(None))
                .values(undone_at=self._clock(), undone_by=actor_telegram_id)
            )
            if not result.rowcount:  # type: ignore[attr-defined]
                return None
        return await self.action(action_id)

    async def _require_facilitator(self, actor_telegram_id: int, group_id: int) -> None:
        if await self.role_in(actor_telegram_id, group_id) is not Role.FACILITATOR:
            raise NotAllowed("only the group's facilitators may do this")


def _state(group_id: int, telegram_user_id: int) -> Any:
    return select(ChatMemberState).where(
        ChatMemberState.group_id == group_id,
        ChatMemberState.telegram_user_id == telegram_user_id,
    )


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
