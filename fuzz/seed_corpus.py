"""Write every stored example into a libFuzzer corpus directory (one file each), to start from."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import hirehooks

if __name__ == "__main__":
    corpus = Path(sys.argv[1])
    corpus.mkdir(parents=True, exist_ok=True)
    for name in hirehooks.names():
        for file, body in hirehooks.examples(name).items():
            (corpus / f"{name}.{file}").write_bytes(json.dumps(body).encode())
