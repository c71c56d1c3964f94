"""Entry script of the frozen app (both executables): the self-test's Qt child, the embedded platform's
process (``--sandbox-child``, see desktop/sandbox/launcher.py), then the normal command line.

``corridor-desk-debug --self-test-child JOB ROOT OUT`` runs one Qt check of ``--self-test`` in a separate
process (see desktop/selftest.py); anything else goes to ``desktop.cli.main``.
"""

import multiprocessing
import sys


def main() -> int:
    multiprocessing.freeze_support()
    from desktop.selftest import CHILD_FLAG

    if len(sys.argv) > 1 and sys.argv[1] == CHILD_FLAG:
        from desktop.selftest import child_main

        return child_main(sys.argv[2:])
    if len(sys.argv) > 1 and sys.argv[1] == "--sandbox-child":
        from desktop.sandbox.child import main as sandbox_main

        return sandbox_main(sys.argv[2:])
    from desktop.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
