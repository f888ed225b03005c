"""Where content comes from: paths on disk (CLI), the clipboard and IM folders (later issues)."""
