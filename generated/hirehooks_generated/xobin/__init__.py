# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).
"""Models of the xobin bodies."""
