"""Entry point of the frozen build: the same as ``python -m omigjen_pos``.

A script of its own, outside the package, so PyInstaller does not put
``omigjen_pos/`` itself on the module search path."""

from omigjen_pos.cli import main

raise SystemExit(main())
