"""Omigjen POS: point of sale and inventory for a municipal reuse centre."""

__version__ = "0.1.0"
