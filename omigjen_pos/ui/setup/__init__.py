"""The set-up wizard: the first run of a real centre (not the demo)."""
