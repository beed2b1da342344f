"""Entry point for ``python -m desktop`` and the ``siaga-tppo`` console script."""

import sys

from desktop.cli.run import main

if __name__ == "__main__":
    sys.exit(main())
