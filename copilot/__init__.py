"""The query side: reads the DuckDB file and the incident memory (LanceDB); imports no flow code."""
