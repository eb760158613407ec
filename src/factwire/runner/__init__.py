"""factwire.runner."""
