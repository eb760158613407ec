"""factwire: a sourced, queryable record of who did what with whom in defence and diplomacy news.

The public Python API lives in :mod:`factwire.api`; the data model every stage shares lives in
:mod:`factwire.model`.
"""

__version__ = "0.1.0"
SCHEMA_VERSION = "1.1"
