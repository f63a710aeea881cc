"""impact over the years: a trajectory per group, its parents, their measurement moments,
one-tap answers per source of resilience, and the follow-up consent

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-27 08:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "impact_trajectories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["groups.id"],
            name=op.f("fk_impact_trajectories_group_id_groups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_impact_trajectories")),
        sa.UniqueConstraint("group_id", name=op.f("uq_impact_trajectories_group_id")),
    )
    op.create_table(
        "impact_follow_up_consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trajectory_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("agreed", sa.Boolean(), nullable=False),
        sa.Column("answered_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_impact_follow_up_consents_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["trajectory_id"],
            ["impact_trajectories.id"],
            name=op.f("fk_impact_follow_up_consents_trajectory_id_impact_trajectories"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_impact_follow_up_consents")),
        sa.UniqueConstraint("trajectory_id", "member_id", name="uq_follow_up_consent_member"),
    )
    with op.batch_alter_table("impact_follow_up_consents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_impact_follow_up_consents_member_id"), ["member_id"], unique=False
        )

    op.create_table(
        "impact_participants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trajectory_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("joined_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("left_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_impact_participants_member_id_members"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["trajectory_id"],
            ["impact_trajectories.id"],
            name=op.f("fk_impact_participants_trajectory_id_impact_trajectories"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_impact_participants")),
        sa.UniqueConstraint("trajectory_id", "member_id", name="uq_impact_participant_member"),
    )
    with op.batch_alter_table("impact_participants", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_impact_participants_member_id"), ["member_id"], unique=False
        )

    op.create_table(
        "impact_moments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "intake",
                "six_monthly",
                "end",
                "follow_up",
                name="momentkind",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("sequence", sa.SmallInteger(), nullable=False),
        sa.Column("due_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("sent_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("reminded_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("answered_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["impact_participants.id"],
            name=op.f("fk_impact_moments_participant_id_impact_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_impact_moments")),
        sa.UniqueConstraint(
            "participant_id", "kind", "sequence", name="uq_impact_moment_participant_kind"
        ),
    )
    op.create_table(
        "impact_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("moment_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("scale", sa.SmallInteger(), nullable=False),
        sa.CheckConstraint("scale BETWEEN 0 AND 5", name=op.f("ck_impact_answers_scale_range")),
        sa.ForeignKeyConstraint(
            ["moment_id"],
            ["impact_moments.id"],
            name=op.f("fk_impact_answers_moment_id_impact_moments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_impact_answers")),
        sa.UniqueConstraint("moment_id", "source", name="uq_impact_answer_moment_source"),
    )


def downgrade() -> None:
    op.drop_table("impact_answers")
    op.drop_table("impact_moments")
    with op.batch_alter_table("impact_participants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_impact_participants_member_id"))

    op.drop_table("impact_participants")
    with op.batch_alter_table("impact_follow_up_consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_impact_follow_up_consents_member_id"))

    op.drop_table("impact_follow_up_consents")
    op.drop_table("impact_trajectories")
