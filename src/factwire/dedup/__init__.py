"""factwire.dedup."""
