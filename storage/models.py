"""Typed SQLAlchemy models: the tables Kring keeps.

Telegram ids are `BigInteger` everywhere (they exceed 32 bits). Times are aware UTC.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from storage.enums import (  # the enums live apart so pure modules can use them
    BroadcastStatus as BroadcastStatus,
)
from storage.enums import (
    ContactStatus as ContactStatus,
)
from storage.enums import (
    InviteKind as InviteKind,
)
from storage.enums import (
    MeetingStatus as MeetingStatus,
)
from storage.enums import (
    MomentKind as MomentKind,
)
from storage.enums import (
    OutboxStatus as OutboxStatus,
)
from storage.enums import (
    Role as Role,
)
from storage.enums import (
    RoundStatus as RoundStatus,
)
from storage.types import UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _str_enum(cls: type[enum.StrEnum]) -> Enum:
    """A portable enum column: its values stored as short strings, no native DB type."""
    return Enum(cls, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])


class Base(DeclarativeBase):
    """Declarative base with a naming convention so migrations are stable on every backend."""

    metadata = MetaData(naming_convention=NAMING)


class Organisation(Base):
    """A community organisation that runs parent groups."""

    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # The weekly digest: weekday (0 = Monday) and minute of the day in `timezone`.
    digest_enabled: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    digest_weekday: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    digest_minute: Mapped[int] = mapped_column(Integer, default=9 * 60, server_default="540")
    timezone: Mapped[str] = mapped_column(
        String(64), default="Europe/Amsterdam", server_default="Europe/Amsterdam"
    )

    groups: Mapped[list[Group]] = relationship(back_populates="organisation")


class Group(Base):
    """A parent peer group, optionally linked to a Telegram group chat."""

    __tablename__ = "groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    telegram_chat_id: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Amsterdam")
    default_locale: Mapped[str] = mapped_column(String(8), default="nl")
    # Most prompts the bot may initiate per member per week (DOMAIN.md: about three works).
    prompt_cap_per_week: Mapped[int] = mapped_column(Integer, default=3, server_default="3")
    # Whether meeting reminders count towards that cap (the group may turn it off).
    reminders_count_to_cap: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    organisation: Mapped[Organisation] = relationship(back_populates="groups")


class Member(Base):
    """A person who talks to the bot. Only what features need is kept."""

    __tablename__ = "members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    telegram_user_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    # The language the member chose with /language; None means "not chosen yet".
    locale: Mapped[str | None] = mapped_column(String(8))
    # The first name shown to facilitators; kept only after consent.
    display_name: Mapped[str | None] = mapped_column(String(128))
    consent_given_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    consent_version: Mapped[int | None] = mapped_column(Integer)
    # False once Telegram answered 403 (blocked the bot); True again when they unblock.
    reachable: Mapped[bool] = mapped_column(Boolean, default=True)
    blocked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # /pause: until a moment, or until /resume (paused_indefinitely).
    paused_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    paused_indefinitely: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # Quiet hours in the group's time zone, as minutes after midnight (default 21:00-08:00).
    quiet_start_min: Mapped[int] = mapped_column(Integer, default=21 * 60, server_default="1260")
    quiet_end_min: Mapped[int] = mapped_column(Integer, default=8 * 60, server_default="480")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="member", cascade="all, delete-orphan"
    )


class Membership(Base):
    """A role of a member: in a group (parent, volunteer, facilitator) or an organisation."""

    __tablename__ = "memberships"
    __table_args__ = (
        CheckConstraint(
            "(role = 'coordinator' AND organisation_id IS NOT NULL AND group_id IS NULL) OR "
            "(role <> 'coordinator' AND group_id IS NOT NULL AND organisation_id IS NULL)",
            name="scope_matches_role",
        ),
        # NULLs never collide in a unique constraint, so each scope gets a partial index.
        Index(
            "uq_membership_group_role",
            "member_id",
            "group_id",
            "role",
            unique=True,
            sqlite_where=text("group_id IS NOT NULL"),
            postgresql_where=text("group_id IS NOT NULL"),
        ),
        Index(
            "uq_membership_org_role",
            "member_id",
            "organisation_id",
            "role",
            unique=True,
            sqlite_where=text("organisation_id IS NOT NULL"),
            postgresql_where=text("organisation_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("groups.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[Role] = mapped_column(_str_enum(Role))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    member: Mapped[Member] = relationship(back_populates="memberships")


class Invite(Base):
    """A one-time code behind a deep link (`t.me/<bot>?start=<code>`) or a /link command."""

    __tablename__ = "invites"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[InviteKind] = mapped_column(_str_enum(InviteKind))
    role: Mapped[Role | None] = mapped_column(_str_enum(Role))
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("groups.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    created_by: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # A parent invite may serve several parents (a QR code shown at a meeting).
    max_uses: Mapped[int] = mapped_column(Integer, default=1)
    uses: Mapped[int] = mapped_column(Integer, default=0)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Departure(Base):
    """An anonymous count of a member leaving a group (kept after /forget, names nobody)."""

    __tablename__ = "departures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    role: Mapped[Role] = mapped_column(_str_enum(Role))
    reason: Mapped[str] = mapped_column(String(16))  # "forget", "left"
    # Day precision only: an exact time could be matched with a facilitator's notice.
    left_on: Mapped[datetime] = mapped_column(UTCDateTime())


class InboxUpdate(Base):
    """An update Telegram handed us, kept from the moment we acknowledge it until it is
    handled (and a day longer, so a re-delivery of its `update_id` is recognised).

    The webhook stores the row before it answers 200; workers in every replica claim rows
    (a lease in `available_at`), handle them in order per chat and mark them handled. A
    replica that dies mid-update leaves a lease that runs out: the row is handled again.
    """

    __tablename__ = "inbox_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    # The chat (or the user, for updates without a chat) whose updates keep their order.
    chat_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    body: Mapped[str] = mapped_column(Text)  # the update's JSON, ASCII-escaped
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # When the row may be claimed: its arrival, or the end of a claim's lease.
    available_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)


class OutboxMessage(Base):
    """A message the bot initiates: stored first, then delivered by the sender."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_due", "status", "not_before"),
        Index("ix_outbox_member_prompts", "member_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # e.g. "checkin:{round}:{member}": enqueueing the same key twice is a no-op.
    dedupe_key: Mapped[str] = mapped_column(String(200), unique=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    method: Mapped[str] = mapped_column(String(40), default="sendMessage")
    # A prompt to a parent counts towards their weekly cap (see storage/delivery_policy.py).
    prompt: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[OutboxStatus] = mapped_column(
        _str_enum(OutboxStatus),
        default=OutboxStatus.PENDING,
    )
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    not_before: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    telegram_message_id: Mapped[int | None] = mapped_column(BigInteger)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class CheckinSchedule(Base):
    """When a group's weekly check-in opens, in the group's time zone, and what it asks."""

    __tablename__ = "checkin_schedules"

    group_id: Mapped[int] = mapped_column(
        ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    weekday: Mapped[int] = mapped_column(Integer, default=0)  # 0 = Monday (ISO order)
    minute_of_day: Mapped[int] = mapped_column(Integer, default=10 * 60)  # local time
    window_hours: Mapped[int] = mapped_column(Integer, default=48)
    # None: the prompt library's rotation. Otherwise a list of items, each either
    # {"key": "<library prompt key>"} or {"texts": {"nl": ...}, "fallback": "nl"}.
    questions: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class CheckinRound(Base):
    """One week's check-in of a group; unique on (group, scheduled time), so it opens once."""

    __tablename__ = "checkin_rounds"
    __table_args__ = (
        UniqueConstraint("group_id", "scheduled_for", name="uq_checkin_round_group_time"),
        Index("ix_checkin_rounds_status_closes", "status", "closes_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    scheduled_for: Mapped[datetime] = mapped_column(UTCDateTime())
    closes_at: Mapped[datetime] = mapped_column(UTCDateTime())
    remind_at: Mapped[datetime] = mapped_column(UTCDateTime())
    status: Mapped[RoundStatus] = mapped_column(_str_enum(RoundStatus))
    # How many rounds the group had before this one: drives the question rotation.
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    # The source of resilience the reflection question is about (None for own questions).
    source: Mapped[str | None] = mapped_column(String(16))
    question: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    reminded: Mapped[bool] = mapped_column(Boolean, default=False)
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class CheckinResponse(Base):
    """A member invited to a round, and their one-tap answers (numbers only).

    After /forget the row stays without a member: the numbers feed anonymous digests.
    """

    __tablename__ = "checkin_responses"
    __table_args__ = (
        UniqueConstraint("round_id", "member_id", name="uq_checkin_response_round_member"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("checkin_rounds.id", ondelete="CASCADE"))
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), index=True
    )
    # 1-5 (five-point scale), 0 = skipped, None = not answered.
    mood: Mapped[int | None] = mapped_column(SmallInteger)
    # 1-3 one-tap reflection (3 = very much), 0 = skipped, None = not answered.
    reflection: Mapped[int | None] = mapped_column(SmallInteger)
    # 1 = yes, contact me; 2 = no; 0 = skipped; None = not answered.
    contact: Mapped[int | None] = mapped_column(SmallInteger)
    # How far the conversation got: 1 mood asked, 2 reflection asked, 3 contact asked, 4 done.
    step: Mapped[int] = mapped_column(SmallInteger, default=1)
    invited_at: Mapped[datetime] = mapped_column(UTCDateTime())
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class CheckinNote(Base):
    """Free text or a voice note for the reflection question, encrypted at rest.

    The retention job deletes notes after a configurable period; the numbers stay.
    """

    __tablename__ = "checkin_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("checkin_responses.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(8))  # "text" or "voice" (a Telegram file id)
    content: Mapped[str] = mapped_column(Text)  # Fernet token
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)


class ContactRequest(Base):
    """'Yes, contact me': alerts the facilitators; they mark it handled."""

    __tablename__ = "contact_requests"
    __table_args__ = (
        UniqueConstraint("round_id", "member_id", name="uq_contact_request_round_member"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    round_id: Mapped[int | None] = mapped_column(
        ForeignKey("checkin_rounds.id", ondelete="SET NULL")
    )
    # SET NULL on /forget: the count stays for digests, the person is gone.
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    status: Mapped[ContactStatus] = mapped_column(_str_enum(ContactStatus))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    handled_by: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))


class ModerationSettings(Base):
    """A group chat's moderation: each check on or off with its thresholds, rules, words."""

    __tablename__ = "moderation_settings"

    group_id: Mapped[int] = mapped_column(
        ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    flood_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    flood_max_messages: Mapped[int] = mapped_column(Integer, default=6)
    flood_window_s: Mapped[int] = mapped_column(Integer, default=10)
    newcomer_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    newcomer_hours: Mapped[int] = mapped_column(Integer, default=24)
    words_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    safeguarding_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    warn_threshold: Mapped[int] = mapped_column(Integer, default=3)
    mute_minutes: Mapped[int] = mapped_column(Integer, default=60)
    rules_required: Mapped[bool] = mapped_column(Boolean, default=True)
    rules_reminder_minutes: Mapped[int] = mapped_column(Integer, default=60)
    # Optional night rest for the group chat (minutes after midnight, group's time zone):
    # the chat becomes read-only, and opens again in the morning.
    rest_start_min: Mapped[int | None] = mapped_column(Integer)
    rest_end_min: Mapped[int | None] = mapped_column(Integer)
    resting: Mapped[bool] = mapped_column(Boolean, default=False)
    # Texts the facilitators wrote, per language ({"nl": "..."}); None: the default text.
    rules: Mapped[dict[str, str] | None] = mapped_column(JSON)
    welcome: Mapped[dict[str, str] | None] = mapped_column(JSON)
    # Words the facilitators added to the default lists, per language.
    extra_words: Mapped[dict[str, list[str]] | None] = mapped_column(JSON)
    # Words the facilitators allowed in this group ("allow this word" on a flag).
    allowed_words: Mapped[list[str] | None] = mapped_column(JSON)
    # A warm private word with where to find help for a parent whose message raised a
    # safeguarding alert. Off unless the group wants it: on a shared phone it may be read.
    support_note: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class ChatMemberState(Base):
    """Someone in a linked group chat: when they joined, whether they agreed to the rules.

    Kept for the newcomer check and the rules; only the Telegram id and two times.
    """

    __tablename__ = "chat_members"
    __table_args__ = (
        UniqueConstraint("group_id", "telegram_user_id", name="uq_chat_member_group_user"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    telegram_user_id: Mapped[int] = mapped_column(BigInteger)
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime())
    agreed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # When the (combined) welcome for this join was sent; None: still to come.
    welcomed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ModerationAction(Base):
    """The audit log: who did what to whom in a group chat, and why."""

    __tablename__ = "moderation_actions"
    __table_args__ = (
        Index("ix_moderation_actions_group_time", "group_id", "created_at"),
        Index("ix_moderation_actions_group_target", "group_id", "target_telegram_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    chat_id: Mapped[int] = mapped_column(BigInteger)
    # None: Kring itself (a check of the chain).
    actor_telegram_id: Mapped[int | None] = mapped_column(BigInteger)
    target_telegram_id: Mapped[int | None] = mapped_column(BigInteger)
    target_name: Mapped[str | None] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(16))  # delete warn mute unmute ban unban ...
    reason: Mapped[str] = mapped_column(String(300), default="")
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    undone_by: Mapped[int | None] = mapped_column(BigInteger)
    # An automatic deletion that also counts as a warning (one line, not two).
    warned: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The listed word or stem that matched, for "allow this word in this group".
    term: Mapped[str | None] = mapped_column(String(64))
    # A short excerpt of what was removed or flagged, encrypted (AnswerCipher); only
    # facilitators read it, and the retention job erases it with check-in words.
    excerpt: Mapped[str | None] = mapped_column(Text)


class Broadcast(Base):
    """A message from a facilitator to their group, in one or more languages."""

    __tablename__ = "broadcasts"
    __table_args__ = (Index("ix_broadcasts_status", "status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    created_by: Mapped[int] = mapped_column(BigInteger)  # the facilitator's Telegram id
    status: Mapped[BroadcastStatus] = mapped_column(_str_enum(BroadcastStatus))
    texts: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    voices: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)  # language -> file id
    recipients: Mapped[int] = mapped_column(Integer, default=0)
    held_paused: Mapped[int] = mapped_column(Integer, default=0)
    held_cap: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reported_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Meeting(Base):
    """One meeting of a group: when, where, and which source of resilience it is about."""

    __tablename__ = "meetings"
    __table_args__ = (
        UniqueConstraint("group_id", "starts_at", name="uq_meeting_group_start"),
        Index("ix_meetings_status_start", "status", "starts_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    series: Mapped[str | None] = mapped_column(String(36))  # shared by a weekly series
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    place: Mapped[str] = mapped_column(String(200), default="")
    theme: Mapped[str] = mapped_column(String(16))  # a bot.prompts.Source value
    status: Mapped[MeetingStatus] = mapped_column(_str_enum(MeetingStatus))
    day_reminder: Mapped[bool] = mapped_column(Boolean, default=False)
    eve_reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    day_reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    attendance_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reflection_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class BlockedDay(Base):
    """A day a group does not meet (school holidays): weekly series skip it."""

    __tablename__ = "blocked_days"
    __table_args__ = (UniqueConstraint("group_id", "day", name="uq_blocked_day_group_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)


class Attendance(Base):
    """A member's answer to a meeting reminder: coming, not coming, not sure."""

    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("meeting_id", "member_id", name="uq_attendance_meeting_member"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    answer: Mapped[str | None] = mapped_column(String(8))  # yes / no / maybe; None: reminded
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class MeetingReflection(Base):
    """A member's answer to the reflection prompt after a meeting they came to."""

    __tablename__ = "meeting_reflections"
    __table_args__ = (
        UniqueConstraint("meeting_id", "member_id", name="uq_reflection_meeting_member"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), index=True
    )
    prompt_key: Mapped[str] = mapped_column(String(24))
    scale: Mapped[int | None] = mapped_column(SmallInteger)  # 1-3, 0 skipped
    note: Mapped[str | None] = mapped_column(Text)  # encrypted words
    voice: Mapped[str | None] = mapped_column(Text)  # encrypted file id
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime())
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class DigestRun(Base):
    """One weekly digest of an organisation, claimed once (unique on its due time).

    The row is inserted with ON CONFLICT DO NOTHING in the same transaction as the digest
    messages, so a digest goes out once even if two schedulers raced or Kring restarted.
    """

    __tablename__ = "digest_runs"
    __table_args__ = (UniqueConstraint("organisation_id", "due_at", name="uq_digest_run_org_due"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recipients: Mapped[int] = mapped_column(Integer, default=0)


class DashboardLink(Base):
    """A one-time login link for the web dashboard, asked for with /dashboard.

    Only the SHA-256 of the token is stored: a copy of the database opens nothing.
    """

    __tablename__ = "dashboard_links"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class DashboardSession(Base):
    """A browser signed in to the dashboard (the cookie holds the token, we its hash)."""

    __tablename__ = "dashboard_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)


class Dialog(Base):
    """What a person's next private message means: the feature that asked, its step and
    arguments, until an expiry. One row a person; a new question replaces the old one.

    Kept in the database, not in one process's memory, so any replica and a restarted
    process continue the dialog.
    """

    __tablename__ = "dialogs"

    telegram_user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    feature: Mapped[str] = mapped_column(String(32))
    step: Mapped[str] = mapped_column(String(32))
    args: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)


class Trajectory(Base):
    """A group's trajectory: when it started and when it is planned to end (None: open
    ended). Its impact moments follow from these dates in the group's time zone."""

    __tablename__ = "impact_trajectories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), unique=True)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class ImpactParticipant(Base):
    """A parent in a trajectory: when they joined and left, what pairs their answers.

    After /forget the row stays without a member, so their one-tap numbers still pair
    (intake with end) in the anonymous report, like check-in numbers stay in digests.
    """

    __tablename__ = "impact_participants"
    __table_args__ = (
        UniqueConstraint("trajectory_id", "member_id", name="uq_impact_participant_member"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    trajectory_id: Mapped[int] = mapped_column(
        ForeignKey("impact_trajectories.id", ondelete="CASCADE")
    )
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), index=True
    )
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime())
    left_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ImpactMoment(Base):
    """One measurement moment of one parent, created once (unique on kind and sequence)."""

    __tablename__ = "impact_moments"
    __table_args__ = (
        UniqueConstraint(
            "participant_id", "kind", "sequence", name="uq_impact_moment_participant_kind"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("impact_participants.id", ondelete="CASCADE")
    )
    kind: Mapped[MomentKind] = mapped_column(_str_enum(MomentKind))
    # Which six-monthly moment (1 = six months after the start); 0 for the others.
    sequence: Mapped[int] = mapped_column(SmallInteger, default=0)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ImpactAnswer(Base):
    """One tap: a parent's answer for one source of resilience at one moment."""

    __tablename__ = "impact_answers"
    __table_args__ = (
        UniqueConstraint("moment_id", "source", name="uq_impact_answer_moment_source"),
        CheckConstraint("scale BETWEEN 0 AND 5", name="scale_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    moment_id: Mapped[int] = mapped_column(ForeignKey("impact_moments.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(16))  # a bot.prompts.Source value
    scale: Mapped[int] = mapped_column(SmallInteger)  # 1-5 (five-point scale), 0 = skipped


class Project(Base):
    """A project several organisations share (as in *Krachtige Gezinnen*): its impact
    report adds up all their groups. Set up by an operator (`kring admin add-to-project`)."""

    __tablename__ = "projects"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ProjectOrganisation(Base):
    """An organisation taking part in a project."""

    __tablename__ = "project_organisations"

    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ImpactQuestion(Base):
    """An organisation's own wording of one impact question in one language; where it gave
    none for a language, parents get the library's question."""

    __tablename__ = "impact_questions"
    __table_args__ = (
        UniqueConstraint(
            "organisation_id", "source", "locale", name="uq_impact_question_source_locale"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(16))  # a bot.prompts.Source value
    locale: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class ImpactNote(Base):
    """Words or a voice note a parent sent after a moment's questions, encrypted at rest.

    Never required; read by the group's facilitators (never by coordinators), listed in
    /mydata, deleted by /forget and by the retention job like check-in notes.
    """

    __tablename__ = "impact_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    moment_id: Mapped[int] = mapped_column(
        ForeignKey("impact_moments.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(8))  # "text" or "voice" (a Telegram file id)
    content: Mapped[str] = mapped_column(Text)  # Fernet token
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)


class FollowUpConsent(Base):
    """A parent's answer to "may we ask you once more in a year?" at a trajectory's end.

    Tied to the member (not the participant): /forget deletes it with them, which
    withdraws the consent.
    """

    __tablename__ = "impact_follow_up_consents"
    __table_args__ = (
        UniqueConstraint("trajectory_id", "member_id", name="uq_follow_up_consent_member"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    trajectory_id: Mapped[int] = mapped_column(
        ForeignKey("impact_trajectories.id", ondelete="CASCADE")
    )
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    agreed: Mapped[bool] = mapped_column(Boolean)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime())
