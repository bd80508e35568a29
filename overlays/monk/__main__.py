"""``python -m monk``: the ``monk`` command line (see ``monk --help``)."""

from __future__ import annotations

import sys

from ._cli import main

if __name__ == "__main__":
    sys.exit(main())
