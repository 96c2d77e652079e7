from omigjen_pos.cli import main

raise SystemExit(main())
