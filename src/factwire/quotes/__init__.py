"""factwire.quotes."""
