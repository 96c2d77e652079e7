"""VAT codes, article groups (categories) and the items on the shelves."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from omigjen_pos.domain.items import Condition, ItemKind, ItemSource, ItemStatus
from omigjen_pos.domain.markdowns import MarkdownBasis
from omigjen_pos.store.models.base import Base, Ore, enum_column
from omigjen_pos.store.types import utcnow


class VatCodeRow(Base):
    """A VAT code by Skatteetaten's standard tax code ("3" = 25 %)."""

    __tablename__ = "vat_code"

    standard_code: Mapped[str] = mapped_column(String(4), primary_key=True)
    rate_bp: Mapped[int]
    description_nb: Mapped[str] = mapped_column(String(120))
    description_en: Mapped[str] = mapped_column(String(120))


class Category(Base):
    """An article group, shared by the centre so centre-wide search and the
    municipality's figures speak the same language across shops."""

    __tablename__ = "category"

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centre.id"))
    code: Mapped[str] = mapped_column(String(24), unique=True)
    name_nb: Mapped[str] = mapped_column(String(80))
    name_en: Mapped[str] = mapped_column(String(80))
    default_vat_code: Mapped[str] = mapped_column(ForeignKey("vat_code.standard_code"))
    saft_article_group: Mapped[str] = mapped_column(String(5))  # code list 04xxx
    active: Mapped[bool] = mapped_column(default=True)


class Item(Base):
    """A unique reused item or a counted stock article, owned by one shop."""

    __tablename__ = "item"
    __table_args__ = (
        UniqueConstraint("shop_id", "barcode"),
        Index("ix_item_barcode", "barcode"),
        # The stock list filters by shop and status and sorts by a column: one index
        # per common sort keeps the default view of 500,000 items well under a second.
        Index("ix_item_shop_status_name", "shop_id", "status", "name"),
        Index("ix_item_shop_status_intake", "shop_id", "status", "intake_date"),
        Index("ix_item_shop_status_price", "shop_id", "status", "price_ore"),
        Index("ix_item_shop_name", "shop_id", "name"),
        Index("ix_item_shop_intake", "shop_id", "intake_date"),
        # The few items held by open or parked baskets: releasing a basket's items
        # (a void, a training sale) finds them here instead of reading every item.
        Index(
            "ix_item_reserved_basket_id",
            "reserved_basket_id",
            sqlite_where=text("reserved_basket_id IS NOT NULL"),
            postgresql_where=text("reserved_basket_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shop.id"))
    kind: Mapped[ItemKind] = mapped_column(enum_column(ItemKind))
    barcode: Mapped[str] = mapped_column(String(14))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    category_id: Mapped[int] = mapped_column(ForeignKey("category.id"))
    condition: Mapped[Condition | None] = mapped_column(enum_column(Condition))
    price_ore: Mapped[int] = mapped_column(Ore)
    # What the shop paid a private seller: the margin-scheme VAT base is price minus this.
    purchase_price_ore: Mapped[int | None] = mapped_column(Ore)
    margin_scheme: Mapped[bool] = mapped_column(default=False)
    # None means "the category's default VAT code".
    vat_code: Mapped[str | None] = mapped_column(ForeignKey("vat_code.standard_code"))
    source: Mapped[ItemSource] = mapped_column(enum_column(ItemSource))
    weight_grams: Mapped[int | None]
    intake_date: Mapped[date]
    # Colour printed on the label (by intake week); tag-colour markdowns use it.
    tag_colour: Mapped[str | None] = mapped_column(String(16))
    shelf: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ItemStatus] = mapped_column(enum_column(ItemStatus))
    quantity: Mapped[int] = mapped_column(default=1)  # stock articles count; unique items 1
    # An open or parked basket holding this unique item, so no other till sells it.
    reserved_basket_id: Mapped[int | None] = mapped_column(ForeignKey("basket.id"))
    registered_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class MarkdownRuleRow(Base):
    """A shop's markdown for ageing stock: by intake age or by label colour."""

    __tablename__ = "markdown_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shop.id"), index=True)
    basis: Mapped[MarkdownBasis] = mapped_column(enum_column(MarkdownBasis))
    percent_bp: Mapped[int]
    min_days: Mapped[int | None]
    tag_colour: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
