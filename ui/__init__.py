"""Everything Qt lives here (the tray app arrives with issue 4). `guard` never imports this package."""
