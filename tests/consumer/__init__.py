"""Tests written as a downstream repo would write them: the pytest plugin and the public API only."""
