"""``python -m factwire`` runs the CLI."""

from factwire.cli.main import main

main()
