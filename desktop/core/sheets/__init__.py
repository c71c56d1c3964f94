"""Spreadsheets in and out: goods lines and shipments from XLSX/CSV as exporters keep them, XLSX exports.

- :mod:`.safety` refuses hostile files (size, zip bombs, XML entities and DTDs, row limits) before loading them;
- :mod:`.cells` reads the rows of a checked XLSX or CSV file as cells with their references;
- :mod:`.headers` maps headers (zh, en, vi) to model fields through the fields' single definitions and synonyms;
- :mod:`.importing` turns sheets into an :class:`~.importing.ImportPreview` (mapping, lines, every cell error);
- :mod:`.writing` writes lists, goods and templates to XLSX with formula injection neutralised.
"""
