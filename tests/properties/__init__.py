"""Hypothesis properties: generated bodies are valid and round-trip, near misses fail; the strategies."""
