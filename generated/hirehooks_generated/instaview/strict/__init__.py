# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).
"""instaview models: closed objects."""
