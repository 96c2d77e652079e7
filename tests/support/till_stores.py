"""Small steps the till outage and crash tests share: a store URL that goes
through a TcpProxy, the demo's stock articles, and what the server holds for a
basket. Every read goes to the store it is given (the tests pass a direct,
non-proxied one, so the reads never depend on the cable under test)."""

from __future__ import annotations

from sqlalchemy import select

from omigjen_pos.domain.item_rules import ItemDraft
from omigjen_pos.domain.items import ItemKind, ItemSource
from omigjen_pos.services import users
from omigjen_pos.services.inventory.registration import list_categories, register_item
from omigjen_pos.services.store_setup import Store
from omigjen_pos.store.models import Basket, BasketLine, Item, Sale, SaleLine
from tests.support.tcp_proxy import TcpProxy


def proxied_url(store: Store, proxy: TcpProxy) -> str:
    """The database of ``store``, reached through ``proxy``, without TLS (so the
    proxy can see a COMMIT go by)."""
    url = store.url.set(
        host=proxy.host,
        port=proxy.port,
        query={"sslmode": "disable", "gssencmode": "disable"},
    )
    return url.render_as_string(hide_password=False)


def new_stock_article(store: Store, quantity: int = 10) -> str:
    """A counted article (new goods: bags, spare parts) the office registers for
    BRUKT straight on ``store``; its barcode."""
    manager = users.login(store, "BRUKT-1", 103, "1234")
    category = {c.code: c.id for c in list_categories(store)}["MOBLER"]
    draft = ItemDraft(
        category_id=category,
        name="Stoltrekk",
        price_ore=4900,
        source=ItemSource.NEW_GOODS,
        kind=ItemKind.STOCK,
        condition=None,
        quantity=quantity,
    )
    return register_item(store, manager, draft).barcode


def sales_with_uuid(store: Store, basket_uuid: str) -> list[Sale]:
    with store.reading() as session:
        return list(session.scalars(select(Sale).where(Sale.uuid == basket_uuid)))


def sold_barcodes(store: Store, sale_id: int) -> list[str]:
    with store.reading() as session:
        return sorted(session.scalars(select(SaleLine.barcode).where(SaleLine.sale_id == sale_id)))


def basket_with_uuid(store: Store, basket_uuid: str) -> Basket | None:
    with store.reading() as session:
        return session.scalar(select(Basket).where(Basket.uuid == basket_uuid))


def basket_quantities(store: Store, basket_uuid: str) -> dict[str, int]:
    """Barcode: quantity of each line the server holds for the basket."""
    with store.reading() as session:
        rows = session.execute(
            select(Item.barcode, BasketLine.quantity)
            .join(Item, BasketLine.item_id == Item.id)
            .join(Basket, BasketLine.basket_id == Basket.id)
            .where(Basket.uuid == basket_uuid)
        ).all()
    return {code: quantity for code, quantity in rows}
