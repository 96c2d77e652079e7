"""Declarative base with constraint names Alembic's batch mode can rely on."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, Enum, MetaData
from sqlalchemy.orm import DeclarativeBase

from omigjen_pos.store.types import UtcDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Money is integer øre; BIGINT so grand totals over years never overflow.
Ore = BigInteger


def enum_column(enum_class: type[StrEnum]) -> Enum:
    """Store an enum by its value as plain text: no native PostgreSQL enum and
    no CHECK constraint, so a later release can add a value without a table rebuild."""
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UtcDateTime()}  # noqa: RUF012 (SQLAlchemy API)
