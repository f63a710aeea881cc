"""inbox: on PostgreSQL, a batch of updates is stored by one function call (one round trip)

The per-chat advisory locks and the INSERT that decides whether each update is taken ran as
four round trips (BEGIN, the locks, the INSERT, COMMIT). In a PL/pgSQL function they are one
statement, run in autocommit: the locks are held until it commits, and the INSERT inside
takes its own snapshot after them (each statement of a volatile function does, in READ
COMMITTED), so the check for an earlier unhandled update of the chat stays exact across
replicas. SQLite has no functions and needs none (one writer at a time).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06 19:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# storage.updates.INBOX_LOCK_CLASS: the first key of the two-key lock form.
CREATE = """
CREATE OR REPLACE FUNCTION kring_inbox_add(
    lock_keys INTEGER[], ids BIGINT[], chats BIGINT[], bodies TEXT[], wants BOOLEAN[],
    now_at TIMESTAMPTZ, until_at TIMESTAMPTZ, worker VARCHAR
) RETURNS TABLE (update_id BIGINT, taken BOOLEAN)
LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
BEGIN
    -- Sorted, so two replicas never wait for each other in a circle.
    PERFORM pg_advisory_xact_lock(19282, k) FROM unnest(lock_keys) AS k ORDER BY k;
    -- A new snapshot, taken after the locks: it sees every insert they waited for.
    RETURN QUERY
    INSERT INTO inbox_updates AS t
        (update_id, chat_id, body, received_at, available_at, claimed_by, attempts)
    SELECT v.update_id, v.chat_id, v.body, now_at,
           CASE WHEN v.taken THEN until_at ELSE now_at END,
           CASE WHEN v.taken THEN worker END,
           CASE WHEN v.taken THEN 1 ELSE 0 END
    FROM (
        SELECT n.update_id, n.chat_id, n.body,
               n.want AND NOT EXISTS (
                   SELECT 1 FROM inbox_updates AS e
                   WHERE e.chat_id = n.chat_id
                     AND e.handled_at IS NULL
                     AND e.update_id < n.update_id
               ) AS taken
        FROM unnest(ids, chats, bodies, wants) AS n(update_id, chat_id, body, want)
    ) AS v
    ON CONFLICT ON CONSTRAINT pk_inbox_updates DO NOTHING
    RETURNING t.update_id, t.claimed_by IS NOT NULL;
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(CREATE)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "DROP FUNCTION IF EXISTS kring_inbox_add(INTEGER[], BIGINT[], BIGINT[], TEXT[], "
            "BOOLEAN[], TIMESTAMPTZ, TIMESTAMPTZ, VARCHAR)"
        )
