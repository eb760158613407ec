"""Alembic migrations of the factwire store, run on open (upgrade to head)."""
