"""Dataflow factories: ``build_*_flow(settings, source, sinks) -> Dataflow``."""
