# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).
"""hirempire models: closed objects."""
