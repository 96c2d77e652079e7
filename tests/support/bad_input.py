"""What the bad-input tests (issue 8, item 4) share: hostile strings, how many
examples a run tries, a fingerprint of the whole store, and what a clear refusal is.

``OMIGJEN_FUZZ_EXAMPLES=N`` is the long mode: every property test of the
bad-input files then tries N examples instead of its own default.
"""

from __future__ import annotations

import hashlib
import os
import re

from hypothesis import HealthCheck, example, settings
from hypothesis import strategies as st
from sqlalchemy import select

from omigjen_pos.domain.errors import OmigjenError
from omigjen_pos.services.store_setup import Store
from omigjen_pos.store.models import Base

LONG_MODE_VARIABLE = "OMIGJEN_FUZZ_EXAMPLES"
LONGEST_MESSAGE = 300  # characters in one refusal; a pasted page must not come back whole


def examples(default: int) -> int:
    """How many examples a property test tries: its default, or the long mode's."""
    wanted = os.environ.get(LONG_MODE_VARIABLE, "").strip()
    return int(wanted) if wanted else default


def fuzz_settings(default: int) -> settings:
    """Settings for a property test that talks to a real store: no deadline (a
    PostgreSQL round trip varies), no example database in the working tree,
    and the failing example printed as a blob to replay it."""
    return settings(
        max_examples=examples(default),
        deadline=None,
        database=None,
        print_blob=True,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.function_scoped_fixture,
        ],
    )


# --- hostile strings -------------------------------------------------------------

SQL_FRAGMENTS = (
    "'; DROP TABLE sale; --",
    "' OR '1'='1' --",
    '"; DELETE FROM item; --',
    "1; UPDATE item SET price_ore = 0",
    "') UNION SELECT pin_hash FROM app_user --",
    "$$; DROP TABLE item; $$",
    "%",
    "_",
    "%_%",
    "\\",
    "\\'",
    "*",
    '"',
    'lampe" OR "1',
    "NEAR(lampe stol)",
    "lampe*",
    "/**/",
    "NULL",
)
CONTROL = (
    "\x00",
    "12\x0034",
    "2000000000012\x00",
    "\x1b[2J\x1b[31mRED",
    "\x07\x08\x7f",
    "\x02200000000001\x03",  # a scanner's STX/ETX frame
    "\x1d0104012345678901",  # a GS1 group separator
    "\x85",
    "\x9b31m",
    "\u2028",
    "\ufeff",
    "\u200b",
    "\udcff",  # what Python makes of a byte that is not UTF-8 on a command line
)
SCRIPTS = (
    "Gulvlampe",
    "ÆØÅ æøå",
    "ﻻﻣﺒﺔ",
    "עברית 123",
    "\u202eexe.txt",
    "e\u0301\u0301\u0301\u0301",
    "Z\u0337\u0321a\u0338l\u0335g\u0336o",
    "🛋️🪑👩‍👩‍👧",
    "𝟗𝟗",
    "٣٤٥",
    "１２３",
    "ǅ",
    "İı",
    "ß",
)
NUMBERS = (
    "1 000,00",
    "1.000,50",
    "1,000.50",
    "1'000",
    "1_000",
    "0x10",
    "1e3",
    "-0",
    "+5",
    "−5",
    "٫٥",
    "1\u2009234",
    "NaN",
    "Infinity",
    "sNaN",
    "５０",
    "99,-",
    "kr 99",
    "99 kr",
    ",5",
    "5,",
    "..5",
    "9" * 5000,
    "0" * 300 + "1",
    "---",
    "²",
    "½",
    "10 %",
    "10%%",
    "%10",
    "1e999999 %",
    "sNaN %",
    "-5 %",
    "2024-02-30",
    "0001-01-01",
    "9999-12-31",
    "2024-1-1",
    "31.12.2024",
)
WHITESPACE = ("", " ", "\t", "\n", "\u00a0", "\u3000", " \r\n ")
LONG = (
    "x" * 10_000,
    "ø" * 10_000,
    ("'; DROP TABLE sale; --" * 500)[:10_000],
    "\x00" * 1000,
    "7" * 10_000,
)
FIXED = SQL_FRAGMENTS + CONTROL + SCRIPTS + NUMBERS + WHITESPACE + LONG

_odd_characters = st.characters(categories=("Cc", "Cf", "Zs", "Zl", "Mn", "Nd", "No", "So", "Pd"))


def hostile_text() -> st.SearchStrategy[str]:
    """Very long, control characters (NUL too), SQL fragments, mixed scripts, right
    to left, emoji and combining marks, whitespace only, numbers with odd
    separators; and random mixes of these."""
    fixed = st.sampled_from(FIXED)
    odd = st.text(_odd_characters, max_size=40)
    long = st.tuples(st.text(min_size=1, max_size=8), st.integers(200, 10_000)).map(
        lambda pair: (pair[0] * pair[1])[: pair[1]]
    )
    mixed = st.lists(st.one_of(fixed, odd, st.text(max_size=20)), min_size=2, max_size=4).map(
        "".join
    )
    return st.one_of(fixed, st.text(max_size=60), odd, long, mixed)


def with_examples(*cases: tuple) -> object:
    """Decorate a ``@given`` test to try each of ``cases`` (argument tuples) on
    every run, besides the examples Hypothesis draws."""

    def decorate(test):
        for case in reversed(cases):
            test = example(*case)(test)
        return test

    return decorate


# The tests' own idea of a control character (categories Cc, and Cs: lone
# surrogates), apart from the code under test.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_BUT_LINES = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def has_control(text: str, lines_allowed: bool = False) -> bool:
    return (_CONTROL_BUT_LINES if lines_allowed else _CONTROL).search(text) is not None


# --- the store before and after --------------------------------------------------


def snapshot(store: Store) -> dict[str, tuple[int, str]]:
    """Every table of the model: its row count and a hash of all its rows."""
    fingerprint = {}
    with store.reading() as session:
        for table in Base.metadata.sorted_tables:
            rows = session.execute(select(table).order_by(*table.primary_key.columns)).all()
            text = repr([tuple(row) for row in rows]).encode("utf-8", "backslashreplace")
            fingerprint[table.name] = (len(rows), hashlib.sha256(text).hexdigest())
    return fingerprint


def changed_tables(before: dict, after: dict) -> list[str]:
    return sorted(
        name for name in before.keys() | after.keys() if before.get(name) != after.get(name)
    )


# --- a clear refusal ---------------------------------------------------------------


def assert_clear(error: BaseException) -> None:
    """A user's error with a message of one printable line of reasonable length."""
    assert isinstance(error, OmigjenError), f"not a refusal a user can act on: {error!r}"
    message = str(error)
    assert message.strip(), "an empty message"
    assert message.isprintable(), f"unprintable characters in {message!r}"
    assert len(message) <= LONGEST_MESSAGE, f"{len(message)} characters: {message[:120]!r}..."
