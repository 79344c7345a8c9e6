"""The portfolio store (docs/store.md): tiltak.Store, a context manager over the native store.

    with tiltak.Store("fjordvik.db") as store:
        portfolio = store.read()                        # the latest
        then = store.read(at=datetime.date(2026, 11, 1))  # as it was at the end of that day
        store.apply(lambda p: p.update_initiative(...), author="kari", message="new title")
        store.history()                                 # a DataFrame, one row per revision

``at`` is None (the latest), a revision number (int) or a ``datetime.date`` (the last revision
of that day, UTC). pandas is imported only by :meth:`Store.history`.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Optional, Sequence, Union

from ._frames import _objects, _pandas
from ._tiltak import Initiative, LogVerification, Portfolio, Revision, _Store

if TYPE_CHECKING:  # pragma: no cover
    import pandas

__all__ = ["Store"]

At = Union[None, int, datetime.date]


def _at(at: At) -> Optional[str]:
    if at is None:
        return None
    if isinstance(at, bool) or not isinstance(at, (int, datetime.date)) or isinstance(at, datetime.datetime):
        raise TypeError(f"at must be None, a revision number (int) or a datetime.date, not {type(at).__name__}")
    return at.isoformat() if isinstance(at, datetime.date) else str(at)


class Store:
    """A portfolio store opened at a location: a path ending in ``.json`` (the JSON document,
    no history), a PostgreSQL store (a ``postgresql://`` URI) or an SQLite store (any other
    path). Use it in a ``with`` block, or call
    :meth:`close`. One thread at a time uses it (calls wait for each other)."""

    def __init__(self, location: str) -> None:
        self._native = _Store.open(str(location))

    @classmethod
    def create(cls, location: str) -> "Store":
        """Make a new, empty SQLite store, or a PostgreSQL store's tables in the schema a
        ``postgresql://`` URI names (DuplicateError when the file exists or the schema holds a
        store)."""
        store = cls.__new__(cls)
        store._native = _Store.create(str(location))
        return store

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        """Close the store; later calls raise InvalidArgumentError."""
        self._native.close()

    @property
    def location(self) -> str:
        """Where the store was opened: the path or connection string given."""
        return self._native.location()

    def read(self, at: At = None) -> Portfolio:
        """The portfolio at ``at``. NotFoundError for an empty store, an unknown revision or a
        date before the first revision."""
        return self._native.read(_at(at))

    def export_json(self, at: At = None) -> str:
        """The portfolio document at ``at``, byte for byte as committed."""
        return self._native.export_json(_at(at))

    def apply(self, change: Callable[[Portfolio], None], *, author: str, message: str = "",
              time: Optional[str] = None) -> Revision:
        """Call ``change`` with the latest portfolio (under the store's write lock), and commit
        what it leaves as a new revision. An exception from ``change`` commits nothing and is
        raised again; so does a result that is not valid (ValidationError) or that changes a
        logged decision. ``time``: UTC, ``'2026-12-07T09:30:00Z'``, default now."""
        return self._native.apply(change, author, message, time)

    def update_initiative(self, initiative: Initiative, *, author: str, message: str = "",
                          time: Optional[str] = None) -> Revision:
        """Replace the initiative with ``initiative``'s id, as ``apply`` would; only that initiative
        is compared, checked and written, so that on a store this handle changed last its cost
        hardly grows with the portfolio. NotFoundError when no initiative has the id."""
        return self._native.update_initiative(initiative, author, message, time)

    def import_json(self, text: str, *, author: str, message: str = "", time: Optional[str] = None) -> Revision:
        """Replace the whole portfolio with a document, as one revision."""
        return self._native.import_json(text, author, message, time)

    def revision(self, at: At = None) -> Revision:
        """The revision ``at`` names (the latest by default)."""
        return self._native.revision(_at(at))

    def revisions(self, initiative: Optional[str] = None) -> List[Revision]:
        """Every revision, oldest first; with an initiative id, those that changed it."""
        return self._native.history(initiative)

    def history(self, initiative: Optional[str] = None) -> "pandas.DataFrame":
        """The revisions as a DataFrame: revision (int64), time (datetime64, UTC), author,
        message, chain_head (str)."""
        pd = _pandas()
        revisions = self.revisions(initiative)
        return pd.DataFrame({
            "revision": pd.Series([r.number for r in revisions], dtype="int64"),
            "time": pd.to_datetime(pd.Series([r.time for r in revisions], dtype=object), utc=True),
            "author": _objects(pd, [r.author for r in revisions]),
            "message": _objects(pd, [r.message for r in revisions]),
            "chain_head": _objects(pd, [r.chain_head for r in revisions]),
        })

    def diff(self, start: At, end: At = None) -> List[Dict[str, str]]:
        """What changed from ``start`` to ``end`` (the latest by default): one
        ``{"entity", "id", "change"}`` per added, removed or changed entity."""
        import json

        if start is None:
            raise TypeError("diff needs the revision or date to start from")
        return json.loads(self._native.diff_json(_at(start), _at(end)))

    def verify_decision_log(self, *, archived: Sequence[str] = (), rulebook: Any = None,
                            lang: Optional[str] = None) -> LogVerification:
        """The latest portfolio's decision record as ``tiltak log verify`` checks it: the hash
        chain, the stages the log explains, each decision replayed against ``rulebook``'s gates
        (None: the currency's), held against the store's own history of chain heads
        (``recorded``) and ``archived``, the archive's copies of decision messages as XML text
        (``acknowledged``) (docs/governance.md, "What the chain proves")."""
        return self._native.verify_decision_log(list(archived), rulebook, lang)
