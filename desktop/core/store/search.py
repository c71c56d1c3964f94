"""Search over shipments, declarations and bookings: one folded text per record in ``search_docs``.

A query matches a record when the record's folded text (``store/text.py``: case, width and Vietnamese
diacritics folded) holds every word of the folded query as a substring, on both engines. How the engines find
candidates differs, so each has its own :class:`Search`:

- SQLite (:class:`Search`): an FTS5 trigram index for words of 3+ characters, an FTS5 index of single CJK
  characters for shorter Chinese words, ``instr`` for the rest; a small company is scanned instead.
- PostgreSQL (:class:`PgSearch`): a pg_trgm GIN index (``LIKE '%word%'``) for words of 3+ characters, a GIN
  index over the array of a document's CJK characters for Chinese words (locale-independent, any length),
  ``instr`` for the rest; every index match is rechecked as a substring (see migrations v2 and v4).
"""

from __future__ import annotations

from typing import Any

from desktop.core.store.engine import Connection, Dialect
from desktop.core.store.text import cjk_tokens, fold, is_cjk

#: Trigram FTS needs 3 characters; shorter CJK words use the per-character index, others a substring scan.
MIN_FTS_TERM = 3
#: A company with fewer search documents than this is searched by scanning its documents (a few ms), since
#: FTS matches of the other companies would have to be read and dropped.
SCAN_BELOW = 4000
#: PostgreSQL: how many of a company's newest documents a search reads before it asks the GIN indexes
NEWEST_FIRST = 1000


class Terms:
    """A query's folded words: ``long`` for the trigram index, short ``cjk`` ones for the per-character index,
    other short ones (``scan``) matched with ``instr``."""

    def __init__(self, text: str) -> None:
        words = list(dict.fromkeys(fold(text).split()))
        self.words = words
        self.long = [w for w in words if len(w) >= MIN_FTS_TERM]
        short = [w for w in words if len(w) < MIN_FTS_TERM]
        self.cjk = [w for w in short if is_cjk(w)]
        self.scan = [w for w in short if not is_cjk(w)]

    def __bool__(self) -> bool:
        return bool(self.long or self.cjk or self.scan)

    def trigram_query(self) -> str:
        return " AND ".join('"' + w.replace('"', '""') + '"' for w in self.long)

    def cjk_query(self) -> str:
        return " AND ".join('"' + " ".join(w) + '"' for w in self.cjk)


def like_pattern(word: str) -> str:
    """``%word%`` for ``LIKE`` with ``\\`` escaping ``%``, ``_`` and itself."""
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class Search:
    """SQLite's search (FTS5 trigram + per-character CJK index)."""

    def __init__(self, dialect: Dialect, scan_below: int = SCAN_BELOW) -> None:
        self.dialect = dialect
        #: companies with fewer search documents are searched by a scan (0: always use the indexes)
        self.scan_below = scan_below

    # writing

    def index(self, conn: Connection, kind: str, subject_id: str, company_id: str, text: str, saved_at: str) -> None:
        """(Re)index one record saved at ``saved_at``: when its text is what the index holds, only the save time
        moves (no full-text work); otherwise its document is deleted and inserted again."""
        found = conn.execute(
            "SELECT text, company_id FROM search_docs WHERE kind = ? AND subject_id = ?", (kind, subject_id)
        ).fetchone()
        if found is not None and found[0] == text and found[1] == company_id:
            conn.execute(
                "UPDATE search_docs SET saved_at = ? WHERE kind = ? AND subject_id = ?", (saved_at, kind, subject_id)
            )
            return
        if found is not None:
            conn.execute("DELETE FROM search_docs WHERE kind = ? AND subject_id = ?", (kind, subject_id))
        self.insert(conn, kind, subject_id, company_id, text, saved_at)

    def insert(self, conn: Connection, kind: str, subject_id: str, company_id: str, text: str, saved_at: str) -> None:
        conn.execute(
            "INSERT INTO search_docs (kind, subject_id, company_id, text, cjk, saved_at) VALUES (?, ?, ?, ?, ?, ?)",
            (kind, subject_id, company_id, text, cjk_tokens(text), saved_at),
        )

    def remove(self, conn: Connection, kind: str, subject_id: str) -> None:
        conn.execute("DELETE FROM search_docs WHERE kind = ? AND subject_id = ?", (kind, subject_id))

    def clear(self, conn: Connection) -> None:
        conn.execute("DELETE FROM search_docs")
        conn.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
        conn.execute("INSERT INTO search_cjk(search_cjk) VALUES ('rebuild')")

    # reading

    def _small_company(self, conn: Connection, company_id: str | None) -> bool:
        """Whether scanning the company's documents is cheaper than the FTS indexes (which span all companies)."""
        below = self.scan_below
        if company_id is None or below <= 0:
            return False
        n = conn.execute(
            "SELECT COUNT(*) FROM (SELECT 1 FROM search_docs WHERE company_id = ? LIMIT ?) AS s", (company_id, below)
        ).fetchone()[0]
        return int(n) < below

    def text_filter(self, conn: Connection, kind: str, company_id: str | None, text: str) -> tuple[str, list[Any]]:
        """SQL restricting ``x.id`` to records of ``kind`` whose search text holds every word of ``text``."""
        terms = Terms(text)
        if not terms:
            return "", []
        clauses = ["d.kind = ?"]
        params: list[Any] = [kind]
        if company_id is not None:
            clauses.append("d.company_id = ?")
            params.append(company_id)
        scan = terms.scan
        if self._small_company(conn, company_id):
            scan = [*terms.long, *terms.cjk, *terms.scan]
        else:
            # each FTS query as its own subquery runs once; joined, SQLite may re-run MATCH for every candidate
            if terms.long:
                clauses.append("d.rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)")
                params.append(terms.trigram_query())
            if terms.cjk:
                clauses.append("d.rowid IN (SELECT rowid FROM search_cjk WHERE search_cjk MATCH ?)")
                params.append(terms.cjk_query())
        for word in scan:
            clauses.append("instr(d.text, ?) > 0")
            params.append(word)
        # the covering index turns FTS rowids into this company's record IDs without reading any search text
        source = "search_docs d INDEXED BY search_docs_subject" if company_id is not None else "search_docs d"
        return f"x.id IN (SELECT d.subject_id FROM {source} WHERE {' AND '.join(clauses)})", params

    def find(
        self, conn: Connection, company_id: str, terms: Terms, kinds: list[str], all_kinds: int, limit: int
    ) -> list[tuple[str, str]]:
        """``(kind, subject_id)`` of a company's matching records, most recently saved first (by ``saved_at``,
        then the document's row: never by the row alone, which a save that leaves the text as it was keeps)."""
        clauses = ["d.company_id = ?"]
        params: list[Any] = [company_id]
        if len(kinds) < all_kinds:
            clauses.append(f"d.kind IN ({', '.join('?' * len(kinds))})")
            params += kinds
        # The company's documents come newest first from search_docs(company_id, saved_at); one FTS index
        # (trigram for words of 3+ characters, else the per-character CJK index) gives the matching rows once,
        # the other words filter with instr(). The FTS indexes span all companies, so a small company's
        # documents are scanned instead.
        if self._small_company(conn, company_id):
            driver, match = "", ""
            others = [*terms.long, *terms.cjk, *terms.scan]
        elif terms.long:
            driver, match = "search_fts", terms.trigram_query()
            others = [*terms.cjk, *terms.scan]
        elif terms.cjk:
            driver, match = "search_cjk", terms.cjk_query()
            others = terms.scan
        else:
            driver, match = "", ""
            others = terms.scan
        for word in others:
            clauses.append("instr(d.text, ?) > 0")
            params.append(word)
        if driver:
            clauses.append(f"d.rowid IN (SELECT rowid FROM {driver} WHERE {driver} MATCH ?)")
            params.append(match)
        sql = (
            f"SELECT d.kind, d.subject_id FROM search_docs d WHERE {' AND '.join(clauses)}"
            " ORDER BY d.saved_at DESC, d.rowid DESC LIMIT ?"
        )
        params.append(limit)
        return [(str(k), str(s)) for k, s in conn.execute(sql, params).fetchall()]


class PgSearch(Search):
    """PostgreSQL's search: pg_trgm and a CJK character array, both GIN-indexed, rechecked as substrings."""

    #: a company's newest documents checked before the GIN indexes are asked (see :meth:`find`)
    window = NEWEST_FIRST

    def clear(self, conn: Connection) -> None:
        conn.execute("DELETE FROM search_docs")

    @staticmethod
    def word_clauses(terms: Terms) -> tuple[list[str], list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        for word in terms.words:
            if is_cjk(word):
                # every character of the word is in the document (index), next to each other (recheck)
                clauses.append("string_to_array(d.cjk, ' ') @> ?::text[]")
                params.append(sorted(set(word)))
                clauses.append("instr(d.text, ?) > 0")
                params.append(word)
            elif len(word) >= MIN_FTS_TERM:
                clauses.append("d.text LIKE ?")  # the trigram index answers LIKE and rechecks itself
                params.append(like_pattern(word))
            else:
                clauses.append("instr(d.text, ?) > 0")
                params.append(word)
        return clauses, params

    def text_filter(self, conn: Connection, kind: str, company_id: str | None, text: str) -> tuple[str, list[Any]]:
        terms = Terms(text)
        if not terms:
            return "", []
        clauses = ["d.kind = ?"]
        params: list[Any] = [kind]
        if company_id is not None:
            clauses.append("d.company_id = ?")
            params.append(company_id)
        words, extra = self.word_clauses(terms)
        return (
            f"x.id IN (SELECT d.subject_id FROM search_docs d WHERE {' AND '.join([*clauses, *words])})",
            [*params, *extra],
        )

    def find(
        self, conn: Connection, company_id: str, terms: Terms, kinds: list[str], all_kinds: int, limit: int
    ) -> list[tuple[str, str]]:
        # The company's newest documents are checked first, straight from search_docs(company_id, saved_at): a
        # common word fills the page there in a few ms. The planner cannot tell a common word from a rare one
        # (it multiplies the frequencies of a word's trigrams or characters as if they were independent), and
        # for "摩托车链条" it gathered and sorted 40 000 index matches of one big company to return 50. Only
        # when the window does not fill the page do the GIN indexes search the older documents.
        clauses = ["d.company_id = ?"]
        params: list[Any] = [company_id]
        if len(kinds) < all_kinds:
            clauses.append(f"d.kind IN ({', '.join('?' * len(kinds))})")
            params += kinds
        words, extra = self.word_clauses(terms)
        scope, match = " AND ".join(clauses), " AND ".join(words)
        window = max(1, self.window)
        found = [
            (str(k), str(s))
            for k, s in conn.execute(
                f"SELECT d.kind, d.subject_id FROM (SELECT * FROM search_docs d WHERE {scope}"
                f" ORDER BY d.saved_at DESC, d.rowid DESC LIMIT ?) AS d WHERE {match}"
                " ORDER BY d.saved_at DESC, d.rowid DESC LIMIT ?",
                [*params, window, *extra, limit],
            ).fetchall()
        ]
        if len(found) >= limit:
            return found
        edge = conn.execute(
            f"SELECT d.saved_at, d.rowid FROM search_docs d WHERE {scope}"
            " ORDER BY d.saved_at DESC, d.rowid DESC LIMIT 1 OFFSET ?",
            [*params, window - 1],
        ).fetchone()
        if edge is None:  # the window held every document of the company
            return found
        older = conn.execute(
            f"SELECT d.kind, d.subject_id FROM search_docs d WHERE {scope} AND (d.saved_at, d.rowid) < (?, ?)"
            f" AND {match} ORDER BY d.saved_at DESC, d.rowid DESC LIMIT ?",
            [*params, edge[0], edge[1], *extra, limit - len(found)],
        ).fetchall()
        return found + [(str(k), str(s)) for k, s in older]


def search_for(dialect: Dialect) -> Search:
    """The search of an engine."""
    return PgSearch(dialect) if dialect.name == "postgresql" else Search(dialect)
