"""Markdowns for ageing stock: the thrift-shop habit of lowering prices on things
that have waited too long, by intake age or by the colour tag on the label.

Rules never stack: an item gets the largest markdown that applies to it. The
marked-down price is rounded *down* to whole kroner, so it never ends in odd øre
and never exceeds the label price. Markdowns apply to unique reused items only;
stock articles keep their price.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from omigjen_pos.domain.money import ORE_PER_KRONE

BASIS_POINTS = 10_000

# Tag colours rotate by intake week, so a shop can say "yellow tags 50 % off".
TAG_COLOURS = ("blue", "green", "yellow", "red", "orange", "purple")


class MarkdownBasis(StrEnum):
    INTAKE_AGE = "intake_age"  # "25 % off after 30 days on the shelf"
    TAG_COLOUR = "tag_colour"  # "50 % off all yellow tags"


@dataclass(frozen=True)
class MarkdownRule:
    basis: MarkdownBasis
    percent_bp: int  # 2500 = 25 % off
    min_days: int | None = None  # for INTAKE_AGE
    tag_colour: str | None = None  # for TAG_COLOUR

    def __post_init__(self) -> None:
        if not 0 < self.percent_bp <= BASIS_POINTS:
            raise ValueError("a markdown is between 0 and 100 %")
        if self.basis is MarkdownBasis.INTAKE_AGE and (self.min_days is None or self.min_days < 0):
            raise ValueError("an intake-age markdown needs a number of days")
        if self.basis is MarkdownBasis.TAG_COLOUR and self.tag_colour not in TAG_COLOURS:
            raise ValueError(f"tag colour must be one of {', '.join(TAG_COLOURS)}")

    def applies(self, intake_date: date, tag_colour: str | None, today: date) -> bool:
        if self.basis is MarkdownBasis.INTAKE_AGE:
            assert self.min_days is not None
            return (today - intake_date).days >= self.min_days
        return tag_colour == self.tag_colour


@dataclass(frozen=True)
class MarkedPrice:
    price_ore: int  # what the till charges today
    list_price_ore: int  # what the label says
    markdown_bp: int  # 0 when no rule applies

    @property
    def is_marked_down(self) -> bool:
        return self.price_ore < self.list_price_ore


def tag_colour_for(intake_date: date) -> str:
    """The colour printed on the label of an item taken in on ``intake_date``."""
    return TAG_COLOURS[intake_date.isocalendar().week % len(TAG_COLOURS)]


def intake_week_text(intake_date: date) -> str:
    year, week, _ = intake_date.isocalendar()
    return f"{week:02d}/{year % 100:02d}"


def best_markdown_bp(
    rules: Iterable[MarkdownRule], intake_date: date, tag_colour: str | None, today: date
) -> int:
    return max(
        (r.percent_bp for r in rules if r.applies(intake_date, tag_colour, today)), default=0
    )


def apply_markdown(list_price_ore: int, markdown_bp: int) -> int:
    """Price after ``markdown_bp`` off, rounded down to whole kroner (never below 0)."""
    if markdown_bp <= 0:
        return list_price_ore
    reduced = list_price_ore * (BASIS_POINTS - markdown_bp) // BASIS_POINTS
    return max(0, reduced - reduced % ORE_PER_KRONE)


def current_price(
    list_price_ore: int,
    intake_date: date,
    tag_colour: str | None,
    rules: Iterable[MarkdownRule],
    today: date,
) -> MarkedPrice:
    markdown = best_markdown_bp(rules, intake_date, tag_colour, today)
    return MarkedPrice(apply_markdown(list_price_ore, markdown), list_price_ore, markdown)
