"""The states and roles Kring's tables store, as plain enums: a renderer, a pure module
or a test can use them without importing SQLAlchemy or the models."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    """What a member may do: per group (parent, volunteer, facilitator) or per organisation."""

    PARENT = "parent"
    VOLUNTEER = "volunteer"
    FACILITATOR = "facilitator"
    COORDINATOR = "coordinator"


class OutboxStatus(enum.StrEnum):
    """Where a bot-initiated message is on its way to Telegram."""

    PENDING = "pending"  # waiting to be sent (possibly not before `not_before`)
    SENDING = "sending"  # claimed by a sender; reclaimable when the lease runs out
    SENT = "sent"
    FAILED = "failed"  # Telegram refused it for good, or retries ran out
    UNREACHABLE = "unreachable"  # the member blocked the bot; never retried


class InviteKind(enum.StrEnum):
    """What a one-time code is for."""

    JOIN = "join"  # join a group (or an organisation) with a role
    LINK_CHAT = "link_chat"  # link a Telegram group chat to a group


class RoundStatus(enum.StrEnum):
    """Where a weekly check-in round is."""

    OPEN = "open"
    CLOSED = "closed"
    SKIPPED = "skipped"  # the facilitator skipped this week; nothing is sent


class ContactStatus(enum.StrEnum):
    """A parent's request that a facilitator contact them."""

    OPEN = "open"
    HANDLED = "handled"
    WITHDRAWN = "withdrawn"  # the parent changed their answer to "no" before it was handled


class BroadcastStatus(enum.StrEnum):
    """Where a facilitator's broadcast is."""

    DRAFT = "draft"  # being written; nothing sent
    SENDING = "sending"  # confirmed: the outbox delivers it
    DONE = "done"  # every row settled (or waiting for quiet hours); the report is sent
    CANCELLED = "cancelled"


class MeetingStatus(enum.StrEnum):
    """A group meeting (a "session" for the people who use Kring)."""

    PLANNED = "planned"
    CANCELLED = "cancelled"


class MomentKind(enum.StrEnum):
    """When in a trajectory a parent is asked the six impact questions."""

    INTAKE = "intake"  # a few days after joining
    SIX_MONTHLY = "six_monthly"  # every six months from the trajectory's start
    END = "end"  # when the trajectory ends
    FOLLOW_UP = "follow_up"  # a year after the end, only with the parent's consent
