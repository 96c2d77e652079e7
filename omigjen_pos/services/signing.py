"""Signing cash transactions (N20): each sale and return of a till is signed with
its shop's RSA key over the signed text of domain/signatures.py, chained to the
previous transaction of the same till and number series.

Keys: RSA 1024-bit, SHA-1, PKCS #1 v1.5, as Skatteetaten's checking tool
accepts. A shop's first key is made when it first sells; a new key (for
instance after a suspected leak) is a new version, and the chain goes on
across versions. Keys are kept in the shared store (``signing_key``) so every
till of the shop signs with the same key; loaded keys are cached per process,
by their PEM, so the sale commit does not parse a key each time.
"""

from __future__ import annotations

import base64
import threading

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from sqlalchemy import bindparam, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from omigjen_pos.domain.business_day import OSLO
from omigjen_pos.domain.errors import NotFound
from omigjen_pos.domain.roles import Action
from omigjen_pos.domain.signatures import signed_text
from omigjen_pos.services.actors import Actor
from omigjen_pos.store.database import Store
from omigjen_pos.store.models import Sale, Shop, SigningKey

KEY_BITS = 1024
_cache: dict[str, rsa.RSAPrivateKey] = {}  # by PEM: right whichever store it came from
_cache_lock = threading.Lock()


def _new_key_pems() -> tuple[str, str]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    private = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    public = (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    return private, public


def _insert_key(session: Session, shop_id: int, version: int) -> None:
    private, public = _new_key_pems()
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    session.execute(
        insert(SigningKey)
        .values(shop_id=shop_id, version=version, public_key_pem=public, private_key_pem=private)
        .on_conflict_do_nothing()
    )


class NoSigningKey(Exception):
    """The shop has no key yet: make its first (``make_first_key``) and try again."""


def make_first_key(store: Store, shop_id: int) -> None:
    """The shop's first key, in its own transaction. Two tills making it at once
    end up with one: the second insert does nothing."""
    with store.writing() as session:
        _insert_key(session, shop_id, 1)


def signing_keys_for_new_shop(session: Session, shop_id: int) -> None:
    """A new shop gets its first key with it (demo seeding, set-up)."""
    _insert_key(session, shop_id, 1)


def with_signing_key(store: Store, shop_id: int, write):
    """Run ``write()`` (a transaction that signs); if the shop had no key yet,
    make it and run ``write()`` once more. The usual path costs nothing extra:
    the key is read inside the signing transaction itself."""
    try:
        return write()
    except NoSigningKey:
        make_first_key(store, shop_id)
        return write()


def new_key_version(store: Store, actor: Actor) -> int:
    """Replace the shop's key: sales from now on are signed with a new version."""
    actor.require(Action.ADMINISTER_SHOP)
    with store.writing() as session:
        latest = session.scalar(
            select(func.max(SigningKey.version)).where(SigningKey.shop_id == actor.shop_id)
        )
        version = (latest or 0) + 1
        _insert_key(session, actor.shop_id, version)
        return version


def public_key_pem(store: Store, shop_code: str, version: int | None = None) -> tuple[int, str]:
    """(version, PEM) of a shop's public key, for the tax authority."""
    with store.reading() as session:
        shop_id = session.scalar(select(Shop.id).where(Shop.code == shop_code.upper()))
        if shop_id is None:
            raise NotFound("shop", shop_code)
        statement = select(SigningKey).where(SigningKey.shop_id == shop_id)
        if version is not None:
            statement = statement.where(SigningKey.version == version)
        key = session.scalars(statement.order_by(SigningKey.version.desc()).limit(1)).first()
        if key is None:
            raise NotFound("signing key", shop_code)
        return key.version, key.public_key_pem


# Both read in every sale's transaction: built once, run on its connection (Core).
_NEWEST_KEY = (
    select(SigningKey.version, SigningKey.private_key_pem)
    .where(SigningKey.shop_id == bindparam("shop_id"))
    .order_by(SigningKey.version.desc())
    .limit(1)
)
_PREVIOUS_SIGNATURE = select(Sale.signature).where(
    Sale.till_id == bindparam("till_id"),
    Sale.receipt_series == bindparam("series"),
    Sale.receipt_number == bindparam("number"),
)


def newest_private_key(session: Session, shop_id: int) -> tuple[int, rsa.RSAPrivateKey]:
    row = session.connection().execute(_NEWEST_KEY, {"shop_id": shop_id}).first()
    if row is None:
        raise NoSigningKey(shop_id)
    version, pem = row
    with _cache_lock:
        cached = _cache.get(pem)
    if cached is not None:
        return version, cached
    key = serialization.load_pem_private_key(pem.encode(), password=None)
    assert isinstance(key, rsa.RSAPrivateKey)
    with _cache_lock:
        _cache[pem] = key
    return version, key


def text_to_sign(session: Session, sale: Sale) -> str:
    """The signed text of ``sale``, chained to the sale before it in its series."""
    previous = (
        session.connection()
        .execute(
            _PREVIOUS_SIGNATURE,
            {
                "till_id": sale.till_id,
                "series": sale.receipt_series,
                "number": sale.receipt_number - 1,
            },
        )
        .scalar()
    )
    return signed_text(
        previous,
        sale.created_at.astimezone(OSLO),
        sale.receipt_number,
        sale.total_ore,
        sale.total_ore - sale.vat_ore,
    )


def sign_sale(session: Session, sale: Sale) -> None:
    """Sign ``sale`` with the shop's newest key, in the sale's own transaction (the
    receipt counter row is held, so the previous sale of the series is committed
    and cannot change). Raises NoSigningKey when the shop has none yet."""
    key_version, key = newest_private_key(session, sale.shop_id)
    sale.signature = sign_text(key, text_to_sign(session, sale))
    sale.signature_key_version = key_version


def sign_text(key: rsa.RSAPrivateKey, text: str) -> str:
    """The signature of ``text`` as stored on a sale (N20): RSA-SHA1, base64."""
    return base64.b64encode(key.sign(text.encode(), padding.PKCS1v15(), hashes.SHA1())).decode()


def signature_is_valid(public_pem: str, text: str, signature: str) -> bool:
    key = serialization.load_pem_public_key(public_pem.encode())
    assert isinstance(key, rsa.RSAPublicKey)
    try:
        key.verify(base64.b64decode(signature), text.encode(), padding.PKCS1v15(), hashes.SHA1())
    except (InvalidSignature, ValueError):
        return False
    return True
