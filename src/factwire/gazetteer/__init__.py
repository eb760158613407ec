"""factwire.gazetteer."""
