"""Use cases as verbs (``login``, ``seed_demo_centre``...). Each opens its own
transaction on the store, checks the caller's permissions, and returns plain
dataclasses, never live ORM objects. Never imports PySide6 (a test enforces it)."""
