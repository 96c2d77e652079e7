"""The centre, its shops and tills, and the people who log in."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from omigjen_pos.domain.roles import Role
from omigjen_pos.store.models.base import Base, enum_column
from omigjen_pos.store.types import utcnow


class Centre(Base):
    __tablename__ = "centre"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    is_demo: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Shop(Base):
    """A shop is its own business: own org. number, VAT status, receipts and reports."""

    __tablename__ = "shop"

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"))
    code: Mapped[str] = mapped_column(String(16), unique=True)  # "BRUKT", used on the CLI
    name: Mapped[str] = mapped_column(String(120))
    org_number: Mapped[str] = mapped_column(String(9))
    vat_registered: Mapped[bool]
    address_line: Mapped[str] = mapped_column(String(120), default="")
    postal_code: Mapped[str] = mapped_column(String(8), default="")
    city: Mapped[str] = mapped_column(String(60), default="")
    receipt_footer: Mapped[str] = mapped_column(Text, default="")
    # How far a cashier may cut a price (override or discount) without a manager's
    # PIN, in basis points of the price asked: 2000 = 20 %.
    cashier_price_cut_limit_bp: Mapped[int] = mapped_column(default=2000, server_default="2000")
    # Whether cashiers may take the X- and Z-reports (managers always may).
    cashiers_may_close_day: Mapped[bool] = mapped_column(default=False, server_default=false())
    # Two digits inside the shop's in-store EAN-13 numbers (domain/barcodes.py).
    barcode_number: Mapped[int] = mapped_column(unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    tills: Mapped[list[Till]] = relationship(back_populates="shop", order_by="Till.code")


class Till(Base):
    """A cash register (kassapunkt). Belongs to one shop; has its own counters."""

    __tablename__ = "till"

    id: Mapped[int] = mapped_column(primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shop.id"), index=True)
    code: Mapped[str] = mapped_column(String(24), unique=True)  # "BRUKT-1"
    name: Mapped[str] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    shop: Mapped[Shop] = relationship(back_populates="tills")


class User(Base):
    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"))
    number: Mapped[int] = mapped_column(unique=True)  # typed at the login screen
    name: Mapped[str] = mapped_column(String(120))
    pin_hash: Mapped[str] = mapped_column(String(200))
    is_centre_admin: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    failed_pin_attempts: Mapped[int] = mapped_column(default=0)
    locked_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    roles: Mapped[list[UserRole]] = relationship(cascade="all, delete-orphan")


class UserRole(Base):
    """A role a user holds in one shop."""

    __tablename__ = "user_role"
    __table_args__ = (UniqueConstraint("user_id", "shop_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), index=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shop.id"))
    role: Mapped[Role] = mapped_column(enum_column(Role))


class SigningKey(Base):
    """A shop's RSA key for signing cash transactions (N20). Never changed: a new
    key is a new version, and each sale records the version it was signed with."""

    __tablename__ = "signing_key"
    __table_args__ = (UniqueConstraint("shop_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shop.id"))
    version: Mapped[int]
    public_key_pem: Mapped[str] = mapped_column(Text)
    private_key_pem: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
