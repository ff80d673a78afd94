"""Unit tests of the hand-written runtime: parse, validate, detect, auth, CLI, send, schemas, OpenAPI."""
