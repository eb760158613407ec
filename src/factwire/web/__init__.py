"""factwire.web."""
