"""factwire.entities."""
