"""Migrations: they build the schema the models describe, and go down and up again."""

from __future__ import annotations

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
    assert "processed_updates" in tables


async def test_telegram_ids_are_64_bit(db: Database) -> None:
    """Every column holding a Telegram id is a BIGINT (ids exceed 32 bits)."""

    def columns(connection: Connection) -> dict[str, str]:
        insp = inspect(connection)
        found = {}
        for table, column in [
            ("members", "telegram_user_id"),
            ("groups", "telegram_chat_id"),
            ("outbox", "chat_id"),
            ("processed_updates", "update_id"),
        ]:
            kinds = {c["name"]: str(c["type"]) for c in insp.get_columns(table)}
            found[f"{table}.{column}"] = kinds[column]
        return found

    async with db.engine.connect() as conn:
        kinds = await conn.run_sync(columns)
    assert all(kind.upper() == "BIGINT" for kind in kinds.values()), kinds
