"""SignalCraft Intelligence: the proactive incident layer for SignalCraft."""

__version__ = "0.1.0"
