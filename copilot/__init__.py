"""The query side: reads the DuckDB file (and, later, the vector index); imports no flow code."""
