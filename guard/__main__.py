"""`python -m guard` is the same as the `clipguard` command."""

from guard.cli import main

raise SystemExit(main())
