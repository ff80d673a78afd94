# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).
"""heymilo models: closed objects."""
