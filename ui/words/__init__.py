"""The tray app's message catalogue, one module per surface so each stays readable; `ui.text` joins them."""
