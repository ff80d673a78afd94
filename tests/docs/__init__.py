"""Docs kept honest: the decision log and guides name only what exists, and the README runs as shown."""
