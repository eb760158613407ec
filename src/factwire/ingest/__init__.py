"""factwire.ingest."""
