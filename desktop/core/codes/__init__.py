"""Code tables: the customs tables in resources/codes, countries and currencies from pycountry, HS 2022.

``table(name)`` returns a cached :class:`CodeTable` (``in``, ``name(code, lang)``, ``search(query, lang)``);
``hs`` looks up and searches the HS 2022 nomenclature. An unknown table name raises ``codes.unknown_table``.
"""

from desktop.core.codes import hs
from desktop.core.codes.tables import (
    CodeEntry,
    CodeTable,
    CodeTableError,
    fold,
    is_known,
    table,
    table_names,
)

__all__ = ["CodeEntry", "CodeTable", "CodeTableError", "fold", "hs", "is_known", "table", "table_names"]
