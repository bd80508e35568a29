"""The bulk wing: rows to events, keys, state files and ordered commits (import, sync, Spark)."""
