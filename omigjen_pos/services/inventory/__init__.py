"""Items on the shelves: registration, search, corrections, markdowns."""
