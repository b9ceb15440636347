"""Where records enter: Kafka sources, payload adapters, the demo scenario."""
