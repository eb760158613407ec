"""``python -m factwire.gazetteer.check [DIR]``: check every data file and print record counts.

Runs without the rest of factwire's pipeline (no spaCy, no store), so a data edit can be
checked in a second. Exit status 0 when the files pass, 1 with the error message when not.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from factwire.gazetteer.loader import load_directory, load_gazetteer
from factwire.model import DataError


def main(argv: Sequence[str] | None = None) -> int:
    """Check the packaged files, or those in the folder given as the only argument."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) > 1 or any(a in ("-h", "--help") for a in args):
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    try:
        gz = load_directory(Path(args[0])) if args else load_gazetteer()
    except DataError as exc:
        print(f"gazetteer check failed: {exc}", file=sys.stderr)
        return 1
    for name, header in sorted(gz.headers.items()):
        print(f"{name}: version {header.version}")
    for kind, count in gz.counts().items():
        print(f"{kind}: {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
