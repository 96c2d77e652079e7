"""Turning basket lines into the pricing rules' input: the one bridge between
what is in the basket and domain/pricing.py, used by the screen and the commit
alike so the total the cashier sees is the total that is recorded."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from omigjen_pos.domain.pricing import Discount, LineInput, PricedBasket, price_basket
from omigjen_pos.store.models import Basket, BasketLine, Category, Item, VatCodeRow

# A shop that is not VAT-registered (N25) sells outside the VAT act.
NOT_REGISTERED_VAT_CODE = "6"


@dataclass(frozen=True)
class LineFacts:
    """What the sale line will record beside the price."""

    vat_code: str
    vat_rate_bp: int
    saft_article_group: str
    category_id: int
    margin_scheme: bool
    purchase_price_ore: int | None


_RATES = select(VatCodeRow.standard_code, VatCodeRow.rate_bp)
_CATEGORIES = select(Category.id, Category.default_vat_code, Category.saft_article_group).where(
    Category.id.in_(bindparam("ids", expanding=True))
)


def line_facts(
    session: Session, rows: Sequence[tuple[BasketLine, Item]], vat_registered: bool
) -> list[LineFacts]:
    connection = session.connection()  # Core: read at every scan and every sale
    rates = {code: rate for code, rate in connection.execute(_RATES)}
    category_ids = sorted({item.category_id for _, item in rows})
    categories = {row.id: row for row in connection.execute(_CATEGORIES, {"ids": category_ids})}
    facts = []
    for _, item in rows:
        category = categories[item.category_id]
        if vat_registered:
            code = item.vat_code or category.default_vat_code
            margin = item.margin_scheme and item.purchase_price_ore is not None
        else:
            code, margin = NOT_REGISTERED_VAT_CODE, False
        facts.append(
            LineFacts(
                code,
                rates[code],
                category.saft_article_group,
                category.id,
                margin,
                item.purchase_price_ore if margin else None,
            )
        )
    return facts


def line_discount(line: BasketLine) -> Discount | None:
    if line.discount_percent_bp or line.discount_ore:
        return Discount(percent_bp=line.discount_percent_bp, amount_ore=line.discount_ore)
    return None


def basket_discount(basket: Basket) -> Discount | None:
    if basket.discount_percent_bp or basket.basket_discount_ore:
        return Discount(
            percent_bp=basket.discount_percent_bp, amount_ore=basket.basket_discount_ore
        )
    return None


def price_rows(
    basket: Basket,
    rows: Sequence[tuple[BasketLine, Item]],
    facts: Sequence[LineFacts],
    vat_registered: bool,
) -> PricedBasket:
    inputs = [
        LineInput(
            unit_price_ore=line.unit_price_ore,
            quantity=line.quantity,
            vat_rate_bp=fact.vat_rate_bp,
            margin_scheme=fact.margin_scheme,
            purchase_price_ore=fact.purchase_price_ore,
            discount=line_discount(line),
        )
        for (line, _), fact in zip(rows, facts, strict=True)
    ]
    return price_basket(inputs, basket_discount(basket), vat_registered=vat_registered)
