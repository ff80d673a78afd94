# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).
"""Models and bundled schemas generated from schemas/ by tools/generate.py."""
