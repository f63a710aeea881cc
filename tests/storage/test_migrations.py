"""Migrations: they build the schema the models describe, and go down and up again."""

from __future__ import annotations

import re
from dataclasses import dataclass

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy.engine import Connection

from storage.migrate import alembic_config
from storage.models import Base
from tests.conftest import Database


async def test_schema_matches_models(db: Database) -> None:
    """Autogenerate finds nothing to change: every model change has its migration."""

    def diff(connection: Connection) -> list[object]:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, Base.metadata)

    async with db.engine.connect() as conn:
        changes = await conn.run_sync(diff)
    assert changes == []


async def test_downgrade_to_base_and_up_again(db: Database) -> None:
    """`downgrade base` removes every table, and `upgrade head` brings them all back."""

    def run(connection: Connection, target: str, up: bool) -> list[str]:
        cfg = alembic_config()
        cfg.attributes["connection"] = connection
        (command.upgrade if up else command.downgrade)(cfg, target)
        return sorted(inspect(connection).get_table_names())

    async with db.engine.begin() as conn:
        tables = await conn.run_sync(run, "base", False)
    assert tables == ["alembic_version"]
    async with db.engine.begin() as conn:
        tables = await conn.run_sync(run, "head", True)
    assert {"members", "groups", "organisations", "memberships", "outbox"} <= set(tables)
    assert "inbox_updates" in tables and "processed_updates" not in tables


# A column whose name says it holds a Telegram id (a chat, user, message or update id);
# file ids are strings and not numbers.
TELEGRAM_ID_NAME = re.compile(r"^(?!.*file_id$).*(telegram|chat|user|message|update)\w*_id$")
# Integer columns that count or measure something, or hold a point on a scale. Any other
# integer column that is neither a surrogate key nor a reference to one of Kring's own rows
# is taken to hold a Telegram id (such as `created_by` or `undone_by`), so a new column
# either gets a name that says it is a number or must be 64-bit.
QUANTITY_NAME = re.compile(
    r"(_min|_minute|_minutes|minute_of_day|_hours|_s|weekday|_version|sequence|attempts|"
    r"uses|recipients|_messages|_cap|_paused|per_week|threshold|mood|reflection|contact|"
    r"step|scale)$"
)
INTEGER_TYPES = {"INTEGER", "BIGINT", "SMALLINT"}


@dataclass(frozen=True)
class ColumnFacts:
    """What the database says about one column."""

    table: str
    name: str
    type: str
    references: bool  # part of a foreign key to another Kring table


def telegram_id_columns(columns: list[ColumnFacts]) -> dict[str, str]:
    """The columns that hold (or may hold) a Telegram id, with their type."""
    found = {}
    for c in columns:
        kind = c.type.upper().split("(")[0]
        named = bool(TELEGRAM_ID_NAME.match(c.name))
        unexplained = kind in INTEGER_TYPES and c.name != "id" and not QUANTITY_NAME.search(c.name)
        if not c.references and (named or unexplained):
            found[f"{c.table}.{c.name}"] = kind
    return found


def schema_columns(connection: Connection) -> list[ColumnFacts]:
    insp = inspect(connection)
    facts = []
    for table in insp.get_table_names():
        if table == "alembic_version":
            continue
        referencing = {
            column for fk in insp.get_foreign_keys(table) for column in fk["constrained_columns"]
        }
        facts += [
            ColumnFacts(table, c["name"], str(c["type"]), c["name"] in referencing)
            for c in insp.get_columns(table)
        ]
    return facts


def test_the_id_check_finds_a_32_bit_telegram_id() -> None:
    """The check below would catch a new column that keeps a Telegram id in 32 bits."""
    columns = [
        ColumnFacts("reports", "id", "INTEGER", False),
        ColumnFacts("reports", "group_id", "INTEGER", True),
        ColumnFacts("reports", "reporter_user_id", "INTEGER", False),
        ColumnFacts("reports", "reviewed_by", "INTEGER", False),
        ColumnFacts("reports", "forwarded_message_id", "VARCHAR(20)", False),
        ColumnFacts("reports", "photo_file_id", "VARCHAR(200)", False),
        ColumnFacts("reports", "claimed_by", "VARCHAR(64)", False),
        ColumnFacts("reports", "attempts", "INTEGER", False),
        ColumnFacts("reports", "chat_id", "BIGINT", False),
    ]
    assert telegram_id_columns(columns) == {
        "reports.reporter_user_id": "INTEGER",
        "reports.reviewed_by": "INTEGER",
        "reports.forwarded_message_id": "VARCHAR",
        "reports.chat_id": "BIGINT",
    }


async def test_telegram_ids_are_64_bit(db: Database) -> None:
    """Every column of the migrated schema that holds a Telegram id is a BIGINT (ids
    exceed 32 bits); the columns are found by their names and types, not listed here."""
    async with db.engine.connect() as conn:
        columns = await conn.run_sync(schema_columns)
    found = telegram_id_columns(columns)
    # The finder reaches every kind: named ids, a primary key, a person's id by `_by`.
    assert {"members.telegram_user_id", "inbox_updates.update_id", "inbox_updates.chat_id",
            "moderation_actions.undone_by"} <= set(found)  # fmt: skip
    assert {name: kind for name, kind in found.items() if kind != "BIGINT"} == {}
