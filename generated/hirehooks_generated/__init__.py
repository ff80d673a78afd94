# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).
"""Models, bundled schemas and OpenAPI documents generated from schemas/."""
