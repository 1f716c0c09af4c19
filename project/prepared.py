"""ORM queries compiled to SQL once per process, for the reads polled most.

Django builds and compiles a queryset anew on every call, which costs about
0.3 ms: twice what PostgreSQL needs to answer a one-row read by primary key.
A PreparedQuery keeps the queryset as the one description of the query but
compiles it once per database alias, with stand-in values where the
arguments go, and on each call runs that SQL with the real arguments. Rows
pass through the same converters as `values_list()`, so they come out as
the ORM would give them on any database.
"""

import threading
from collections.abc import Callable
from typing import Any

from django.db import connections
from django.db.models import QuerySet

BIGINT_RANGE = range(-(2**63), 2**63)
# Stand-ins for the arguments while compiling: integers that no primary key
# or foreign key takes, inside the range of a bigint column.
_FIRST_STAND_IN = -(2**62)


class PreparedQuery:
    """A `values_list()` queryset compiled once and run with new arguments.

    `build` takes the arguments by name and returns the queryset. Arguments
    must be ids: integers compared with a primary key or foreign key (bigint
    columns), which is what the reads by id need.
    """

    def __init__(self, build: Callable[..., QuerySet], *arguments: str) -> None:
        self._build = build
        self._arguments = arguments
        self._compiled: dict[str, tuple] = {}
        self._lock = threading.Lock()

    def rows(self, using: str = "default", **values: int) -> list[tuple]:
        """Return the rows for these argument values, converted like the ORM's."""
        if not _fit_a_bigint(values):
            return []
        sql, slots, compiler, converters = self._compile(using)
        with connections[using].cursor() as cursor:
            cursor.execute(sql, _params(slots, values))
            rows = cursor.fetchall()
        if converters:
            rows = list(compiler.apply_converters(rows, converters))
        return rows

    def count(self, using: str = "default", **values: int) -> int:
        """Return how many rows the query has, counted by the database."""
        if not _fit_a_bigint(values):
            return 0
        sql, slots, _, _ = self._compile(using)
        with connections[using].cursor() as cursor:
            cursor.execute(
                f"SELECT COUNT(*) FROM ({sql}) AS counted", _params(slots, values)
            )
            return cursor.fetchone()[0]

    def _compile(self, using: str) -> tuple:
        compiled = self._compiled.get(using)
        if compiled is not None:
            return compiled
        with self._lock:
            if using not in self._compiled:
                self._compiled[using] = self._compile_now(using)
        return self._compiled[using]

    def _compile_now(self, using: str) -> tuple:
        stand_ins = {
            _FIRST_STAND_IN - index: _Slot(name)
            for index, name in enumerate(self._arguments)
        }
        queryset = self._build(**{slot: value for value, slot in stand_ins.items()})
        compiler = queryset.query.get_compiler(using)
        sql, params = compiler.as_sql()
        slots = [
            stand_ins.get(param, param) if isinstance(param, int) else param
            for param in params
        ]
        missing = set(stand_ins.values()) - {
            slot for slot in slots if isinstance(slot, _Slot)
        }
        if missing:
            raise ValueError(f"Arguments not used by the query: {sorted(missing)}")
        columns = [column for column, _, _ in compiler.select[: compiler.col_count]]
        converters = compiler.get_converters(columns)
        return sql, slots, compiler, converters


class _Slot(str):
    """The name of an argument, standing where its value goes in the params."""


def _params(slots: list[Any], values: dict[str, int]) -> list[Any]:
    return [values[slot] if isinstance(slot, _Slot) else slot for slot in slots]


def _fit_a_bigint(values: dict[str, int]) -> bool:
    # No id lies outside a bigint column's range, and some databases refuse
    # such a number instead of finding nothing, as the ORM would.
    return all(value in BIGINT_RANGE for value in values.values())
