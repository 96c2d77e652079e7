"""The columns of the five tables of a sales export: Norwegian headers, the
kind of each value, a width for XLSX; and the Norwegian words the rows use."""

from __future__ import annotations

from omigjen_pos.domain.payment_names import PAYMENT_NAMES
from omigjen_pos.services.exports.tables import Column, Kind
from omigjen_pos.store.models import SaleKind

KIND_NAMES = {SaleKind.SALE: "salg", SaleKind.RETURN: "retur"}
METHOD_NAMES = PAYMENT_NAMES  # one table for receipts, reports and exports
_T, _C, _I, _M = Kind.TEXT, Kind.CODE, Kind.INT, Kind.MONEY

LINE_COLUMNS = (
    Column("Dato", Kind.DATE, 11),
    Column("Klokkeslett", Kind.TIME, 11),
    Column("Butikk", _T, 10),
    Column("Kasse", _T, 11),
    Column("Kvitteringsnr", _I, 13),
    Column("Type", _T, 7),
    Column("Linjenr", _I, 8),
    Column("Strekkode", _C, 15),
    Column("Beskrivelse", _T, 36),
    Column("Kategori", _T, 20),
    Column("Varegruppe", _C, 11),
    Column("Antall", _I, 8),
    Column("Enhetspris", _M, 12),
    Column("Rabatt", _M, 11),
    Column("Linjesum", _M, 12),
    Column("Mva-kode", _C, 9),
    Column("Mva-sats %", _I, 10),
    Column("Mva-grunnlag", _M, 13),
    Column("Mva", _M, 11),
    Column("Bruktmoms", Kind.FLAG, 10),
)
RECEIPT_COLUMNS = (
    Column("Dato", Kind.DATE, 11),
    Column("Tidspunkt", Kind.DATETIME, 17),
    Column("Butikk", _T, 10),
    Column("Kasse", _T, 11),
    Column("Kvitteringsnr", _I, 13),
    Column("Type", _T, 7),
    Column("Linjer", _I, 7),
    Column("Rabatt", _M, 11),
    Column("Mva", _M, 11),
    Column("Sum inkl. mva", _M, 14),
    Column("Øreavrunding", _M, 13),
    Column("Betalt", _M, 12),
    Column("Kasserer", _T, 22),
    Column("Kasserernr", _I, 11),
    Column("Retur av", _T, 16),
)
PAYMENT_COLUMNS = (
    Column("Dato", Kind.DATE, 11),
    Column("Tidspunkt", Kind.DATETIME, 17),
    Column("Butikk", _T, 10),
    Column("Kasse", _T, 11),
    Column("Kvitteringsnr", _I, 13),
    Column("Type", _T, 7),
    Column("Betalingsmåte", _T, 14),
    Column("SAF-T-kode", _C, 11),
    Column("Beløp", _M, 12),
    Column("Referanse", _T, 20),
)
VAT_COLUMNS = (
    Column("Butikk", _T, 12),
    Column("Org.nr", _C, 11),
    Column("Mva-kode", _C, 9),
    Column("Mva-sats %", _I, 10),
    Column("Bruktmoms", Kind.FLAG, 10),
    Column("Linjer", _I, 8),
    Column("Grunnlag", _M, 13),
    Column("Mva", _M, 12),
    Column("Sum inkl. mva", _M, 14),
)
GROUP_COLUMNS = (
    Column("Butikk", _T, 12),
    Column("Varegruppe", _C, 11),
    Column("Kategorikode", _C, 13),
    Column("Kategori", _T, 22),
    Column("Linjer", _I, 8),
    Column("Antall", _I, 8),
    Column("Sum inkl. mva", _M, 14),
    Column("Mva", _M, 12),
)
