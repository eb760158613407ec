"""factwire.time."""
