"""The web side of the query layer: the incident chart (SVG), the incident list and page, and their JSON API.

Like :mod:`signalcraft.copilot` it reads the store (read-only) and the incident memory, and
imports no flow, source or sink code.
"""
