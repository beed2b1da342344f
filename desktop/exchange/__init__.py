"""Export, import and merge, USB writing, the sync client and the office receiver (no Qt)."""
