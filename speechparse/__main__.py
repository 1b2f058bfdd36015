"""``python -m speechparse``."""

from .cli import main

raise SystemExit(main())
