# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).
"""xobin models: open objects (unknown fields kept)."""
