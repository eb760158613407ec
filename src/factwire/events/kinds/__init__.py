"""One small module per event kind; each turns a parsed sentence into event mentions."""
