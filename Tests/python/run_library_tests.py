"""Runs every Tests/python/test_*.py in one process (one server, one summary), as .ci/python-library-tests does:

    .build/ci-venv/bin/python Tests/python/run_library_tests.py            # all of them
    .build/ci-venv/bin/python Tests/python/run_library_tests.py -k Lookups -v
    .build/ci-venv/bin/python Tests/python/run_library_tests.py test_verify_lookups_library.VerificationTests

Arguments are unittest's. The last line is `python-library-tests: N passed, N failed`.
"""

import importlib
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import emulator_support  # noqa: E402

MODULES = sorted(name[:-3] for name in os.listdir(HERE) if name.startswith("test_") and name.endswith(".py"))

if __name__ == "__main__":
    # unittest resolves test names as attributes of the module it is given: the test modules become this one's.
    for name in MODULES:
        globals()[name] = importlib.import_module(name)
    sys.exit(emulator_support.main(module="__main__", tests=MODULES))
