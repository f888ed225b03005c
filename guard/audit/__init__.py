"""The local event log: what the guard decided and what the user chose, in SQLite files.

An admin reads it to see what was held and released; it must never become a copy of what it guarded, so it
stores rule ids, masked excerpts (none at all for secrets) and a hash, never the content.

It must also survive what a desktop throws at it without stopping the guard or losing decisions: a file locked
by another program, a full disk, a read-only or damaged file. Hence one writer thread behind an in-memory queue
(writer.py), new files beside a damaged one instead of renaming it (files.py), and readers that only read
(reader.py): the writer writes the highest-numbered file, readers read them all.
"""

from guard.audit.event import EXCERPT_LIMIT, Event, parse_since
from guard.audit.files import default_path
from guard.audit.pending import MAX_PENDING
from guard.audit.reader import Reading, read_events
from guard.audit.writer import MAX_AGE_DAYS, MAX_EVENTS, EventLog

__all__ = ["EXCERPT_LIMIT", "MAX_AGE_DAYS", "MAX_EVENTS", "MAX_PENDING", "Event", "EventLog", "Reading",
           "default_path", "parse_since", "read_events"]
