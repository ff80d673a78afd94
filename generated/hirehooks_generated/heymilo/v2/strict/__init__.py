# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).
"""heymilo.v2 models: closed objects."""
