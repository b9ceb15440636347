"""Where records land: DuckDB, Kafka, the dead-letter queue."""
