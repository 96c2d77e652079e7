"""The electronic journal for managers: search, read and export (N17, N19)."""
