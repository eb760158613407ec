"""Consolidation across articles: one record per real-world event and per entity.

The functions here are pure (no database): :mod:`~factwire.dedup.keys` reduces an event to
what identifies it, :mod:`~factwire.dedup.cluster` groups reports of one event, and
:mod:`~factwire.dedup.merge` merges their arguments. ``factwire.store.consolidate`` applies
them incrementally as articles are ingested.
"""

from factwire.dedup.cluster import Group, Report, choose, cluster, fits
from factwire.dedup.keys import ArgEntity, Features, KindRule, entity_key, features, rules
from factwire.dedup.merge import Merged, MergedArg, SourceArg, SourceValues, merge
from factwire.model.keys import slug

__all__ = [
    "ArgEntity",
    "Features",
    "Group",
    "KindRule",
    "Merged",
    "MergedArg",
    "Report",
    "SourceArg",
    "SourceValues",
    "choose",
    "cluster",
    "entity_key",
    "features",
    "fits",
    "merge",
    "rules",
    "slug",
]
