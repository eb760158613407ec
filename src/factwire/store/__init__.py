"""factwire.store."""
