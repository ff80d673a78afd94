"""``python -m hirehooks``: the same command line as ``hirehooks``."""

import sys

from hirehooks._cli import main

sys.exit(main())
