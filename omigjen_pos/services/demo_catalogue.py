"""Demo catalogue for Omigjen POS -- DEMO DATA ONLY, never real stock.

Realistic Norwegian second-hand articles (think Fretex / Ombruk Asker shelves)
used to fill a fresh database for demos, screenshots and tests.
`generate_demo_items` is fully deterministic: the same arguments always give
the same items, because it only uses private `random.Random` instances.
"""

import random
from dataclasses import dataclass
from typing import NamedTuple

from omigjen_pos.domain.default_categories import DEFAULT_CATEGORIES

# code -> display names of the centre-wide article groups: a new centre's defaults.
CATEGORY_NAMES_NB: dict[str, str] = {c.code: c.name_nb for c in DEFAULT_CATEGORIES}
CATEGORY_NAMES_EN: dict[str, str] = {c.code: c.name_en for c in DEFAULT_CATEGORIES}

CONDITIONS = ("as_new", "good", "fair", "for_parts")


@dataclass(frozen=True)
class DemoItem:
    category_code: str  # key of CATEGORY_NAMES_NB
    name: str  # short shop label in bokmål, e.g. "Spisestol i eik"
    description: str  # one Norwegian sentence
    condition: str  # "as_new", "good", "fair" or "for_parts"
    price_ore: int  # whole kroner or ending in 50 øre
    weight_grams: int  # 0 for services
    source: str  # "donation", "bought_private", "repaired", "consignment" or "new_goods"
    purchase_price_ore: int | None  # only for "bought_private": 20-60 % of the price
    shelf: str


class _Template(NamedTuple):
    """One kind of article. Prices in whole kroner, weights in grams."""

    name: str
    price_kr: tuple[int, int]
    weight_g: tuple[int, int]
    variant: str | None = None  # key into _VARIANT_SUFFIXES
    new_goods: bool = False  # stock article bought new (fixed "x9" price)


_VARIANT_SUFFIXES: dict[str, tuple[str, ...]] = {
    "colour": (", svart", ", hvit", ", grå", ", blå", ", rød", ", grønn", ", beige", ", brun"),
    "wood": (" i eik", " i bjørk", " i furu", " i teak", " i bøk"),
    "leather": (", svart skinn", ", brunt skinn", ", beige skinn"),
    "size": (" str. XS", " str. S", " str. M", " str. L", " str. XL"),
    "kids_size": (" str. 92", " str. 104", " str. 116", " str. 128", " str. 140"),
    "shoe_size": (" str. 37", " str. 38", " str. 39", " str. 40", " str. 42", " str. 44"),
    "ski_length": (" 170 cm", " 180 cm", " 190 cm", " 200 cm"),
    "binding": (" (pocket)", " (innbundet)"),
}

_T = _Template
_TEMPLATES: dict[str, tuple[_Template, ...]] = {
    "MOBLER": (
        _T("Stressless-stol", (800, 3500), (15000, 25000), "leather"),
        _T("Spisestol", (100, 450), (4000, 7000), "wood"),
        _T("Teak sidebord", (300, 1500), (6000, 12000)),
        _T("Ikea Billy bokhylle", (150, 400), (25000, 35000)),
        _T("Kommode med tre skuffer", (250, 900), (20000, 40000), "wood"),
        _T("Sofabord i glass", (150, 600), (15000, 25000)),
        _T("Tresetersofa", (500, 3000), (40000, 70000), "colour"),
        _T("Lenestol", (200, 1200), (10000, 20000), "colour"),
        _T("Ikea Poäng lenestol", (200, 600), (8000, 12000)),
        _T("Skrivebord", (200, 800), (20000, 40000), "wood"),
        _T("Nattbord", (100, 350), (5000, 12000), "wood"),
        _T("Spisebord for seks", (500, 2500), (30000, 50000), "wood"),
        _T("Stokke Tripp Trapp-stol", (300, 900), (6000, 8000), "colour"),
        _T("Skohylle", (50, 200), (3000, 8000)),
        _T("Kontorstol", (150, 900), (12000, 18000)),
    ),
    "KLAR": (
        _T("Ullgenser", (80, 300), (300, 700), "size"),
        _T("Olabukse", (60, 250), (500, 900), "size"),
        _T("Vinterjakke", (150, 700), (900, 2000), "size"),
        _T("Regnjakke", (100, 500), (400, 900), "size"),
        _T("Kjole", (80, 350), (200, 600), "size"),
        _T("Skjorte", (50, 200), (200, 400), "size"),
        _T("Mariusgenser", (200, 600), (500, 900), "size"),
        _T("Skinnjakke", (300, 1200), (1500, 2500), "size"),
        _T("Parkdress til barn", (100, 400), (800, 1400), "kids_size"),
        _T("Fjellsko", (200, 900), (1000, 1800), "shoe_size"),
        _T("Vinterstøvler", (150, 600), (1200, 2200), "shoe_size"),
        _T("Joggesko", (100, 500), (600, 1000), "shoe_size"),
        _T("Skjerf i ull", (40, 150), (100, 250), "colour"),
        _T("Strikket lue", (30, 120), (80, 150), "colour"),
        _T("Håndveske i skinn", (150, 800), (400, 1200), "colour"),
    ),
    "BOKER": (
        _T("Jo Nesbø: Snømannen", (30, 80), (300, 650), "binding"),
        _T("Anne B. Ragde: Berlinerpoplene", (30, 70), (300, 600), "binding"),
        _T("Jostein Gaarder: Sofies verden", (30, 80), (350, 800), "binding"),
        _T("Karl Ove Knausgård: Min kamp 1", (40, 100), (400, 800), "binding"),
        _T("Roy Jacobsen: De usynlige", (30, 80), (250, 500), "binding"),
        _T("Lars Saabye Christensen: Beatles", (30, 70), (350, 700), "binding"),
        _T("Maja Lunde: Bienes historie", (30, 80), (300, 600), "binding"),
        _T("Jørn Lier Horst: Vinterstengt", (25, 60), (250, 550), "binding"),
        _T("Erlend Loe: Naiv. Super.", (25, 60), (200, 400), "binding"),
        _T("Knut Hamsun: Sult", (20, 60), (200, 450), "binding"),
        _T("Sigrid Undset: Kristin Lavransdatter", (50, 150), (700, 1400)),
        _T("J.K. Rowling: Harry Potter og de vises stein", (40, 100), (300, 600), "binding"),
        _T("Thorbjørn Egner: Karius og Baktus", (30, 80), (200, 350)),
        _T("Ingrid Espelid Hovig: Godt og rimelig", (40, 120), (500, 900)),
        _T("Donald Duck & Co, bunke med 10", (30, 60), (800, 1100)),
    ),
    "ELEKTRO": (
        _T("Sony hodetelefoner", (150, 800), (200, 350)),
        _T("JBL Flip bluetooth-høyttaler", (150, 700), (500, 1200), "colour"),
        _T('Samsung flatskjerm 40"', (500, 1800), (7000, 10000)),
        _T("Denon stereoforsterker", (300, 1500), (6000, 10000)),
        _T("Platespiller fra Dual", (300, 1200), (4000, 6000)),
        _T("Tandberg radio", (200, 1000), (3000, 8000)),
        _T("Pinell Supersound DAB-radio", (300, 900), (1000, 2000), "colour"),
        _T("Bordlampe", (80, 350), (1000, 3000), "colour"),
        _T("Electrolux støvsuger", (200, 800), (5000, 8000)),
        _T("Nintendo Wii med kontroller", (300, 700), (1200, 1800)),
        _T("PlayStation 4", (700, 1500), (2500, 3000)),
        _T("Apple iPad 64 GB", (1200, 2500), (450, 500)),
        _T("Lenovo ThinkPad bærbar PC", (1200, 2800), (1500, 1900)),
        _T("Skjøteledning 5 m", (50, 120), (500, 900)),
        _T("USB-C-lader 20 W", (100, 150), (60, 100), new_goods=True),
    ),
    "KJOKKEN": (
        _T("Porsgrund kaffekopp med skål", (30, 120), (250, 400)),
        _T("Figgjo middagstallerken", (25, 90), (400, 600)),
        _T("Cathrineholm emaljebolle med lotusmønster", (200, 800), (300, 700), "colour"),
        _T("Hadeland vinglass, 6 stk", (150, 500), (1200, 1800)),
        _T("Moccamaster kaffetrakter", (300, 1000), (1500, 2000), "colour"),
        _T("Stekepanne i støpejern", (150, 450), (2000, 3500)),
        _T("Kasserollesett i stål, 3 deler", (150, 500), (2500, 4000)),
        _T("Bestikksett for seks", (100, 400), (1500, 2500)),
        _T("Brødrister", (50, 200), (1000, 2000)),
        _T("Vaffeljern", (100, 350), (1500, 2500)),
        _T("Kenwood kjøkkenmaskin", (500, 2000), (6000, 9000)),
        _T("Termos 1 l", (40, 150), (400, 800), "colour"),
        _T("Serveringsfat i teak", (80, 300), (600, 1200)),
        _T("Bjørklund ostehøvel", (20, 80), (50, 100)),
        _T("Handlenett i bomull", (30, 50), (80, 120), new_goods=True),
    ),
    "SPORT": (
        _T("Langrennsski", (150, 700), (1000, 1500), "ski_length"),
        _T("Skistaver 150 cm", (50, 200), (300, 600)),
        _T("Alpinski med bindinger", (300, 1500), (3000, 5000)),
        _T("Slalåmstøvler", (200, 800), (2500, 4000), "shoe_size"),
        _T("Skøyter", (100, 400), (1000, 1800), "shoe_size"),
        _T("Rattkjelke", (150, 500), (4000, 7000)),
        _T("Fotball", (40, 150), (400, 450)),
        _T("Tursekk 40 l", (150, 600), (1000, 1800), "colour"),
        _T("Sovepose", (150, 600), (1200, 2000)),
        _T("Telt for to", (300, 1200), (2000, 3500)),
        _T("Tennisracket", (80, 300), (250, 350)),
        _T("Golfkøller, halvt sett", (400, 1500), (5000, 8000)),
        _T("Yogamatte", (50, 150), (800, 1500), "colour"),
        _T("Manualer 2 x 5 kg", (100, 300), (10000, 10500)),
        _T("Fiskestang med snelle", (100, 500), (400, 900)),
    ),
    "LEKER": (
        _T("Lego Duplo-kasse", (150, 500), (2000, 5000)),
        _T("Lego, blandet pose 1 kg", (100, 300), (1000, 1100)),
        _T("Brio togbane", (150, 600), (1500, 4000)),
        _T("Dukke med klær", (50, 200), (400, 800)),
        _T("Dukkevogn", (100, 400), (3000, 6000)),
        _T("Puslespill 1000 biter", (30, 80), (500, 800)),
        _T("Brettspill Monopol", (50, 150), (900, 1200)),
        _T("Brettspill Ticket to Ride", (150, 350), (1500, 1800)),
        _T("Kosebamse", (20, 80), (100, 400), "colour"),
        _T("Playmobil-sett", (80, 300), (500, 1500)),
        _T("Sparkesykkel", (100, 350), (3000, 4500), "colour"),
        _T("Balansesykkel", (150, 500), (3000, 4000), "colour"),
        _T("Lekekjøkken i tre", (300, 900), (10000, 20000)),
        _T("Hama-perler i boks", (20, 60), (500, 1000)),
        _T("Gyngehest", (150, 600), (4000, 8000)),
    ),
    "VERKTOY": (
        _T("Bosch drill 18 V", (300, 900), (1300, 1800)),
        _T("Makita slagdrill", (300, 1000), (1800, 2500)),
        _T("Snekkerhammer", (30, 100), (500, 800)),
        _T("Skrutrekkersett", (50, 150), (400, 800)),
        _T("Fastnøkkelsett 8-19 mm", (100, 350), (1500, 2500)),
        _T("Pipenøkkelsett i koffert", (150, 500), (3000, 6000)),
        _T("Bosch stikksag", (200, 600), (2000, 2800)),
        _T("Makita vinkelsliper 125 mm", (200, 600), (1800, 2800)),
        _T("Vaterpass 60 cm", (40, 120), (400, 600)),
        _T("Tommestokk", (10, 40), (150, 250)),
        _T("Aluminiumsstige 3 m", (300, 900), (5000, 8000)),
        _T("Trillebår", (200, 600), (12000, 18000)),
        _T("Hageslange 20 m", (80, 250), (2000, 3500)),
        _T("Gressklipper, bensin", (500, 2000), (25000, 35000)),
        _T("Verktøykasse med innhold", (150, 600), (3000, 8000)),
    ),
    "SYKLER": (
        _T('DBS terrengsykkel 26"', (800, 3000), (13000, 16000), "colour"),
        _T('Merida hybridsykkel 28"', (800, 3500), (12000, 15000), "colour"),
        _T('Barnesykkel 16"', (300, 900), (7000, 9000), "colour"),
        _T('Barnesykkel 20"', (400, 1200), (9000, 11000), "colour"),
        _T("DBS damesykkel med kurv", (600, 2500), (15000, 18000), "colour"),
        _T("Trek racersykkel", (1500, 6000), (8000, 11000)),
        _T("El-sykkel", (4000, 12000), (22000, 28000)),
        _T("Sykkelhjelm", (100, 400), (250, 450), "colour"),
        _T("Sykkellås", (100, 350), (800, 1500)),
        _T("Sykkelpumpe", (50, 200), (300, 900)),
        _T("Barnesete til sykkel", (200, 600), (3000, 4000)),
        _T("Sykkelhenger for barn", (1000, 3500), (12000, 16000)),
        _T('Sykkelslange 28"', (80, 100), (100, 150), new_goods=True),
        _T('Sykkelslange 26"', (80, 100), (100, 150), new_goods=True),
        _T("LED-sykkellys, sett", (100, 200), (100, 200), new_goods=True),
    ),
    "REPARASJON": (
        _T("Lapping av sykkelslange", (100, 150), (0, 0)),
        _T("Bytte av sykkelslange", (200, 300), (0, 0)),
        _T("Service på sykkel", (500, 900), (0, 0)),
        _T("Justering av gir og bremser", (250, 400), (0, 0)),
        _T("Bytte glidelås", (250, 400), (0, 0)),
        _T("Legge opp bukse", (150, 250), (0, 0)),
        _T("Lapping av klær", (100, 250), (0, 0)),
        _T("Påsying av knapper", (50, 100), (0, 0)),
        _T("Reparasjon av lampe", (150, 400), (0, 0)),
        _T("Sliping av kniv", (50, 100), (0, 0)),
        _T("Sliping av skøyter", (100, 150), (0, 0)),
        _T("Liming av stol", (200, 500), (0, 0)),
        _T("Omtrekk av stolsete", (300, 700), (0, 0)),
        _T("Lodding av elektronikk", (200, 500), (0, 0)),
        _T("Feilsøking av elektronikk", (250, 400), (0, 0)),
    ),
}
del _T

_SHELVES: dict[str, tuple[str, ...]] = {
    "MOBLER": ("Møbelhall", "M1", "M2", "M3", "Lager"),
    "KLAR": ("K1", "K2", "K3", "K4", "Lager"),
    "BOKER": ("Hylle 1", "Hylle 2", "Hylle 3", "Hylle 4", "Hylle 5", "Hylle 6"),
    "ELEKTRO": ("E1", "E2", "E3", "Lager"),
    "KJOKKEN": ("A1", "A2", "A3", "A4"),
    "SPORT": ("S1", "S2", "S3", "Lager"),
    "LEKER": ("L1", "L2", "L3"),
    "VERKTOY": ("V1", "V2", "Lager"),
    "SYKLER": ("Sykkelstativ ute", "C1", "C2", "Lager"),
    "REPARASJON": ("Verksted",),
}
_SERVICE_CATEGORY = "REPARASJON"

# Weights in the order of _USED_SOURCES; new_goods is decided by the template.
_USED_SOURCES = ("donation", "bought_private", "repaired", "consignment")
_DEFAULT_SOURCE_WEIGHTS = (88, 6, 0, 6)
_SOURCE_WEIGHTS_BY_CATEGORY: dict[str, tuple[int, ...]] = {
    "MOBLER": (75, 12, 0, 13),
    "KLAR": (92, 2, 0, 6),
    "BOKER": (97, 3, 0, 0),
    "ELEKTRO": (68, 10, 22, 0),
    "SYKLER": (55, 20, 25, 0),
}

# Weights in the order of CONDITIONS.
_DEFAULT_CONDITION_WEIGHTS = (10, 55, 28, 7)
_CONDITION_WEIGHTS_BY_CATEGORY: dict[str, tuple[int, ...]] = {
    "KLAR": (12, 60, 28, 0),
    "BOKER": (10, 60, 30, 0),
    "LEKER": (10, 55, 32, 3),
}
_REPAIRED_CONDITION_WEIGHTS = (30, 70, 0, 0)

# Where in its price range an article lands, by condition (fraction of range).
_PRICE_BAND_BY_CONDITION = {"as_new": (0.7, 1.0), "good": (0.35, 0.75), "fair": (0.1, 0.45)}
_FOR_PARTS_FRACTION_OF_MIN_PRICE = (0.2, 0.5)
_PURCHASE_SHARE_OF_PRICE = (0.2, 0.6)

_DESCRIPTION_OPENINGS: dict[str, tuple[str, ...]] = {
    "MOBLER": ("Solid møbel", "Klassisk design", "Fra røykfritt hjem", "Stødig og godt laget"),
    "KLAR": ("Vasket og sjekket", "Fra røykfritt hjem", "Hel og ren", "Populært merke"),
    "BOKER": ("Norsk utgave", "Populær tittel", "Fin til hytta eller ferien"),
    "ELEKTRO": ("Testet og fungerer", "El-sjekket før salg", "Fungerer som den skal"),
    "KJOKKEN": ("Vasket og klar til bruk", "Fra dødsbo", "Klassiker fra norsk kjøkken"),
    "SPORT": ("Klar for ny sesong", "Sjekket og funksjonell", "Fra røykfritt hjem"),
    "LEKER": ("Vasket og sjekket", "Komplett så vidt vi ser", "Populær blant barna"),
    "VERKTOY": ("Testet og fungerer", "Solid verktøy", "Fra dødsbo"),
    "SYKLER": ("Sjekket i verkstedet", "Klar til bruk", "Gode dekk og bremser"),
}
_REPAIRED_OPENINGS: dict[str, tuple[str, ...]] = {
    "ELEKTRO": ("Reparert i eget verksted", "Ny strømbryter montert"),
    "SYKLER": ("Reparert i eget verksted", "Ny kjede og justerte bremser"),
}
_CONDITION_PHRASES: dict[str, tuple[str, ...]] = {
    "as_new": ("nesten ikke brukt", "som ny", "ingen synlige bruksspor"),
    "good": ("pent brukt", "lite bruksspor", "i god stand"),
    "fair": ("tydelige bruksspor", "noe slitasje", "synlig slitasje, priset deretter"),
}
_FOR_PARTS_DESCRIPTIONS = (
    "Selges som den er, egner seg til deler eller reparasjon.",
    "Defekt, selges billig til deler eller hobbyprosjekt.",
)
_NEW_GOODS_DESCRIPTIONS = ("Ny vare fra vårt faste sortiment.", "Ny vare, fast lavpris.")
_SERVICE_DESCRIPTIONS = (
    "Utføres i verkstedet vårt, vanligvis klar innen tre dager.",
    "Fast pris for arbeid, eventuelle deler kommer i tillegg.",
    "Bestilles i kassen og utføres av våre egne reparatører.",
)


def _round_shop_price_ore(kroner: float) -> int:
    """Round like a shop price tag; always whole kroner or ending in 50 øre."""
    if kroner < 20:
        step = 0.5
    elif kroner < 100:
        step = 5
    elif kroner < 1000:
        step = 10
    else:
        step = 50
    rounded_kroner = max(step, round(kroner / step) * step)
    return round(rounded_kroner * 100)


def _new_goods_price_ore(rng: random.Random, price_kr: tuple[int, int]) -> int:
    """Stock articles get the classic "x9" price, e.g. 79 or 99 kroner."""
    tens = round(rng.uniform(*price_kr) / 10)
    return (max(1, tens) * 10 - 1) * 100


def _purchase_price_ore(rng: random.Random, price_ore: int) -> int:
    """What the centre paid a private seller: 20-60 % of the price, whole kroner if possible."""
    low_share, high_share = _PURCHASE_SHARE_OF_PRICE
    lowest_kroner = -(-round(price_ore * low_share) // 100)  # ceiling division
    highest_kroner = int(price_ore * high_share) // 100
    if lowest_kroner <= highest_kroner:
        return rng.randint(lowest_kroner, highest_kroner) * 100
    return round(price_ore * rng.uniform(low_share, high_share))


def _pick_weighted(rng: random.Random, options: tuple[str, ...], weights: tuple[int, ...]) -> str:
    return rng.choices(options, weights=weights, k=1)[0]


def _make_fixed_item(rng: random.Random, category_code: str, template: _Template) -> DemoItem:
    """A repair service or a stock article bought new: always "as new", fixed-style price."""
    if category_code == _SERVICE_CATEGORY:
        price_ore = _round_shop_price_ore(rng.uniform(*template.price_kr))
        description, source, shelf = rng.choice(_SERVICE_DESCRIPTIONS), "repaired", "Verksted"
    else:
        price_ore = _new_goods_price_ore(rng, template.price_kr)
        description, source, shelf = rng.choice(_NEW_GOODS_DESCRIPTIONS), "new_goods", "Ved kassen"
    return DemoItem(
        category_code=category_code,
        name=template.name,
        description=description,
        condition="as_new",
        price_ore=price_ore,
        weight_grams=round(rng.randint(*template.weight_g), -1),
        source=source,
        purchase_price_ore=None,
        shelf=shelf,
    )


def _make_used_item(rng: random.Random, category_code: str, template: _Template) -> DemoItem:
    source_weights = _SOURCE_WEIGHTS_BY_CATEGORY.get(category_code, _DEFAULT_SOURCE_WEIGHTS)
    source = _pick_weighted(rng, _USED_SOURCES, source_weights)
    if source == "repaired":
        condition_weights = _REPAIRED_CONDITION_WEIGHTS
    else:
        condition_weights = _CONDITION_WEIGHTS_BY_CATEGORY.get(
            category_code, _DEFAULT_CONDITION_WEIGHTS
        )
    condition = _pick_weighted(rng, CONDITIONS, condition_weights)

    min_kr, max_kr = template.price_kr
    if condition == "for_parts":
        price_kr = min_kr * rng.uniform(*_FOR_PARTS_FRACTION_OF_MIN_PRICE)
        description = rng.choice(_FOR_PARTS_DESCRIPTIONS)
    else:
        price_kr = min_kr + (max_kr - min_kr) * rng.uniform(*_PRICE_BAND_BY_CONDITION[condition])
        if source == "repaired":
            openings = _REPAIRED_OPENINGS.get(category_code, ("Reparert i eget verksted",))
        else:
            openings = _DESCRIPTION_OPENINGS[category_code]
        opening = rng.choice(openings)
        description = f"{opening}, {rng.choice(_CONDITION_PHRASES[condition])}."
    price_ore = _round_shop_price_ore(price_kr)

    name = template.name
    if template.variant is not None:
        name += rng.choice(_VARIANT_SUFFIXES[template.variant])

    return DemoItem(
        category_code=category_code,
        name=name,
        description=description,
        condition=condition,
        price_ore=price_ore,
        weight_grams=round(rng.randint(*template.weight_g), -1),
        source=source,
        purchase_price_ore=(
            _purchase_price_ore(rng, price_ore) if source == "bought_private" else None
        ),
        shelf=rng.choice(_SHELVES[category_code]),
    )


def _make_item(rng: random.Random, category_code: str) -> DemoItem:
    template = rng.choice(_TEMPLATES[category_code])
    if category_code == _SERVICE_CATEGORY or template.new_goods:
        return _make_fixed_item(rng, category_code, template)
    return _make_used_item(rng, category_code, template)


def generate_demo_items(
    category_codes_by_shop: dict[str, tuple[str, ...]], per_shop: int, seed: int = 2026
) -> dict[str, list[DemoItem]]:
    """Deterministic: same input -> same output, always.

    Uses random.Random(seed) -- never the global random -- one instance per shop.

    Returns `per_shop` items for every shop key, spread evenly over that shop's
    categories. Each shop's generator is seeded from `seed` plus the shop key,
    so one shop's items do not change when other shops are added or removed.
    """
    if per_shop < 0:
        raise ValueError(f"per_shop must be >= 0, got {per_shop}")
    items_by_shop: dict[str, list[DemoItem]] = {}
    for shop_key, category_codes in category_codes_by_shop.items():
        unknown = [code for code in category_codes if code not in _TEMPLATES]
        if unknown:
            raise ValueError(f"Unknown category codes for shop {shop_key!r}: {unknown}")
        if per_shop and not category_codes:
            raise ValueError(f"Shop {shop_key!r} has no categories to generate items for")
        rng = random.Random(f"{seed}:{shop_key}")
        items = [
            _make_item(rng, category_codes[index % len(category_codes)])
            for index in range(per_shop)
        ]
        rng.shuffle(items)
        items_by_shop[shop_key] = items
    return items_by_shop
