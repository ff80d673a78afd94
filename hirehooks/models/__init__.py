# DO NOT EDIT: generated from schemas/ by `make generate` (tools/generate.py).
"""The generated model classes, one module per vendor and API version:

- ``hirehooks.models.heymilo``
- ``hirehooks.models.heymilo.v1``
- ``hirehooks.models.heymilo.v2``
- ``hirehooks.models.hirempire``
- ``hirehooks.models.instaview``
- ``hirehooks.models.xobin``
"""
