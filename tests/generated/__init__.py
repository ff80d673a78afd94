"""The generated files and the one generator: byte-identical regeneration, headers, downstream output."""
