"""The long modes of the reliability tests: counts and seeds from the environment.

CI runs each test with its short default; a release check raises the count
(``OMIGJEN_CRASH_KILLS=300``) or replays a failure with the seed it printed."""

from __future__ import annotations

import os
import random


def env_count(name: str, ci_default: int) -> int:
    """``name`` from the environment, or the CI count."""
    return int(os.environ.get(name, ci_default))


def env_seed(name: str) -> int:
    """``name`` replays a run; otherwise a new seed each run."""
    value = os.environ.get(name)
    return int(value) if value else random.SystemRandom().randrange(10**9)
