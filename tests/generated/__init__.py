"""The committed generated package and the one generator: byte-identical regeneration, headers, downstream output."""
