"""Placeholder: adapters for this family are being written."""
