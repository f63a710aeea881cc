"""impact notes: words or a voice note a parent sends after a moment's questions

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 14:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "impact_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("moment_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["moment_id"],
            ["impact_moments.id"],
            name=op.f("fk_impact_notes_moment_id_impact_moments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_impact_notes")),
    )
    with op.batch_alter_table("impact_notes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_impact_notes_created_at"), ["created_at"])
        batch_op.create_index(batch_op.f("ix_impact_notes_moment_id"), ["moment_id"])


def downgrade() -> None:
    with op.batch_alter_table("impact_notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_impact_notes_moment_id"))
        batch_op.drop_index(batch_op.f("ix_impact_notes_created_at"))
    op.drop_table("impact_notes")
