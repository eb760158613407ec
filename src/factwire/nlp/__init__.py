"""factwire.nlp."""
