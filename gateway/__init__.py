"""``signalcraft gateway``: the HTTP front door that takes every tool's webhook (and Prometheus' remote
write) and produces each body, unchanged, to its Kafka topic, answering only once Kafka has it.

- :mod:`.routes`: the path table, one entry per sender: its topic, its ``sc-format``, its signature;
- :mod:`.auth`: credentials (token -> workspace) and the vendors' signatures (:mod:`.signatures`);
- :mod:`.bodies`: a body checked against its path, the Kafka messages it becomes, dead letters;
- :mod:`.remote_write`: Prometheus remote write to one metric message per sample;
- :mod:`.producer`: a producer that tells each request when Kafka acknowledged its messages;
- :mod:`.app`: the Starlette app that ties them together, with ``/healthz``, ``/readyz`` and ``/metrics``.
"""
