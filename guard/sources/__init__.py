"""Where content comes from: paths on disk (CLI), the clipboard, and the IM clients' file folders (im_folders finds
them, folder_watch watches them)."""
