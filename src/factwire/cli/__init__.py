"""factwire.cli."""
