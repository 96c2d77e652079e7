"""Persistence: SQLAlchemy models, engine set-up and Alembic migrations.

Only services/ import this package; the GUI never does (a test enforces it).
"""
