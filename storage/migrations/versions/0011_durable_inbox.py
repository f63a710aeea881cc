"""durable inbox: updates stored before they are acknowledged, handled from the database

Replaces `processed_updates` (ids only, handled in memory): an acknowledged update is no
longer lost when a replica dies before handling it.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 14:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "inbox_updates",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("received_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("available_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("claimed_by", sa.String(length=64), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("handled_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("update_id", name=op.f("pk_inbox_updates")),
    )
    with op.batch_alter_table("inbox_updates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inbox_updates_chat_id"), ["chat_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_inbox_updates_handled_at"), ["handled_at"], unique=False
        )
    # Ids seen in the last day stay known, so a re-delivery across the upgrade is skipped.
    op.execute(
        "INSERT INTO inbox_updates (update_id, body, received_at, available_at, attempts, "
        "handled_at) SELECT update_id, '{}', received_at, received_at, 0, received_at "
        "FROM processed_updates"
    )
    with op.batch_alter_table("processed_updates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_processed_updates_received_at"))
    op.drop_table("processed_updates")


def downgrade() -> None:
    op.create_table(
        "processed_updates",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("received_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("update_id", name=op.f("pk_processed_updates")),
    )
    with op.batch_alter_table("processed_updates", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_processed_updates_received_at"), ["received_at"], unique=False
        )
    op.execute(
        "INSERT INTO processed_updates (update_id, received_at) "
        "SELECT update_id, received_at FROM inbox_updates"
    )
    with op.batch_alter_table("inbox_updates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inbox_updates_handled_at"))
        batch_op.drop_index(batch_op.f("ix_inbox_updates_chat_id"))
    op.drop_table("inbox_updates")
