"""Docs kept honest: the decision log, README, CONTRIBUTING and docs/ name only what exists, and the README runs."""
