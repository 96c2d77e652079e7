"""Triggers that make a table append-only (N18), shared by the migrations.

What these functions emit is part of revisions already applied to live stores:
change it only by adding a new revision, never in place.
"""

from __future__ import annotations

from alembic import op


def create_refuse_function() -> None:
    """PostgreSQL's trigger function; SQLite triggers raise inline instead."""
    op.execute(
        """CREATE FUNCTION omigjen_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '% is append-only: record a correction instead', TG_TABLE_NAME
                USING ERRCODE = 'restrict_violation';
        END $$"""
    )


def make_append_only(table: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"""CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}
            FOR EACH ROW EXECUTE FUNCTION omigjen_refuse_change()"""
        )
        op.execute(
            f"""CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}
            FOR EACH STATEMENT EXECUTE FUNCTION omigjen_refuse_change()"""
        )
        return
    for action in ("UPDATE", "DELETE"):
        op.execute(
            f"""CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table}
            BEGIN SELECT RAISE(ABORT, '{table} is append-only: record a correction instead'); END"""
        )
