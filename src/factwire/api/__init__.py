"""factwire.api."""
