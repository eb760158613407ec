"""factwire.events."""
