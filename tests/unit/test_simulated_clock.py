"""The clock seam behind the demo's trading history, and the centre's hours."""

from datetime import UTC, date, datetime, time, timedelta

import pytest

from omigjen_pos.services.history import opening_hours, trading_days
from omigjen_pos.store.types import simulated_clock, utcnow

START = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)


def test_utcnow_reads_the_simulated_clock_only_inside_the_context():
    with simulated_clock(START) as clock:
        first, second = utcnow(), utcnow()
        clock.advance_to(START + timedelta(hours=2))
        later = utcnow()
    assert first == START and second == START + timedelta(seconds=1)
    assert later == START + timedelta(hours=2)
    assert abs(utcnow() - datetime.now(UTC)) < timedelta(minutes=1)  # real time again


def test_the_simulated_clock_never_goes_back():
    with simulated_clock(START, tick=timedelta(minutes=1)) as clock:
        readings = [utcnow() for _ in range(3)]
        clock.advance_to(START)  # already past: ignored
        readings.append(utcnow())
    assert readings == sorted(readings) and len(set(readings)) == 4
    assert all(moment.tzinfo is UTC for moment in readings)


def test_simulated_clocks_nest_and_restore_the_outer_one():
    with simulated_clock(START):
        with simulated_clock(START + timedelta(days=1)):
            assert utcnow().date() == date(2026, 5, 5)
        assert utcnow().date() == date(2026, 5, 4)


def test_a_simulated_clock_needs_a_time_zone():
    with pytest.raises(ValueError), simulated_clock(datetime(2026, 5, 4, 8, 0)):
        pass


def test_the_demo_centre_is_closed_on_sundays_and_shuts_early_on_saturdays():
    assert opening_hours(date(2026, 5, 3)) is None  # Sunday
    saturday = opening_hours(date(2026, 5, 2))
    monday = opening_hours(date(2026, 5, 4))
    assert saturday and (saturday[0].time(), saturday[1].time()) == (time(10), time(16))
    assert monday and (monday[0].time(), monday[1].time()) == (time(10), time(18))


def test_trading_days_end_before_today_and_skip_sundays():
    tuesday = date(2026, 5, 5)
    assert trading_days(1, tuesday) == [date(2026, 5, 4)]
    assert trading_days(3, tuesday) == [date(2026, 5, 1), date(2026, 5, 2), date(2026, 5, 4)]
    assert trading_days(2, date(2026, 5, 4)) == [date(2026, 5, 1), date(2026, 5, 2)]
