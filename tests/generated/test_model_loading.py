"""Models load on first use, and a fork while another thread loads one cannot hang the child (decision D29).

The script runs in a fresh interpreter, so no model is loaded yet; an import hook (``sys.meta_path``)
holds the loading thread inside the model module's import, where a fork used to copy the import's
module lock held by a thread the child does not have. The thread only loads (``model_class``, an
internal): a fork while another thread runs pydantic's native validation can copy a lock of the Rust
runtime, which no library can guard, so the test keeps the other thread to what D29 promises.
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import importlib.abc, os, sys, threading, time
import hirehooks
from hirehooks._catalog import model_class

NAME = "heymilo.report_available"
MODULE = "hirehooks_generated.heymilo.report_available"
body = hirehooks.examples(NAME)["report_available.json"]
inside, proceed = threading.Event(), threading.Event()

class Pause(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname == MODULE and threading.current_thread() is not threading.main_thread():
            inside.set()
            proceed.wait(timeout=2)  # time for the fork to be tried while the import is under way
        return None

sys.meta_path.insert(0, Pause())
assert MODULE not in sys.modules
loader = threading.Thread(target=model_class, args=(NAME,))
loader.start()
inside.wait()
child = os.fork()
if child == 0:
    os._exit(0 if type(hirehooks.parse(NAME, body)).__name__ == "ReportAvailable" else 1)
proceed.set()
loader.join()
for _ in range(600):  # a hang guard, not a speed limit: a deadlocked child never exits
    finished, status = os.waitpid(child, os.WNOHANG)
    if finished:
        print("child exit", os.waitstatus_to_exitcode(status))
        break
    time.sleep(0.1)
else:
    os.kill(child, 9)
    print("child hung")
"""


def test_a_fork_while_a_model_loads_leaves_a_child_that_parses() -> None:
    run = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300)
    assert (run.returncode, run.stdout) == (0, "child exit 0\n"), run.stderr


def test_import_hirehooks_loads_no_model() -> None:
    probe = (
        "import sys, hirehooks; print(sorted(m for m in sys.modules if m.startswith('hirehooks_generated.')))"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300)
    assert run.stdout == "[]\n", run.stderr
