"""Offline knowledge: countries, places, organizations, role nouns, people with dated roles.

Each table is a data file in ``readouts/data`` with its source and licence in its header, read
and validated once per process. :func:`resource_versions` fingerprints them for CoderInfo.
"""

from .tables import read_table, resource_versions

__all__ = ["read_table", "resource_versions"]
