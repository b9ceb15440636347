"""Pure logic and Bytewax operator wrappers."""
