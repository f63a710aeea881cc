"""moderation that protects: flags with the matched term and an encrypted excerpt, one line
per automatic deletion, allowed words, the optional support note, combined welcomes

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 08:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("moderation_actions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("warned", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("term", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("excerpt", sa.Text(), nullable=True))
    with op.batch_alter_table("moderation_settings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("allowed_words", sa.JSON(), nullable=True))
        batch_op.add_column(
            sa.Column("support_note", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    with op.batch_alter_table("chat_members", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("welcomed_at", storage.types.UTCDateTime(timezone=True), nullable=True)
        )
    # Members already in a chat were welcomed under the old code.
    op.execute("UPDATE chat_members SET welcomed_at = joined_at")


def downgrade() -> None:
    with op.batch_alter_table("chat_members", schema=None) as batch_op:
        batch_op.drop_column("welcomed_at")
    with op.batch_alter_table("moderation_settings", schema=None) as batch_op:
        batch_op.drop_column("support_note")
        batch_op.drop_column("allowed_words")
    with op.batch_alter_table("moderation_actions", schema=None) as batch_op:
        batch_op.drop_column("excerpt")
        batch_op.drop_column("term")
        batch_op.drop_column("warned")
