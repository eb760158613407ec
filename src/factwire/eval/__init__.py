"""factwire.eval."""
