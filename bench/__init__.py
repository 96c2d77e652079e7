"""Benchmarks of Omigjen POS against the physical floor (docs/performance.md)."""
