"""Briefing: YAML fact sheets → a cross-linked, cited static site."""

__version__ = "0.1.0"
