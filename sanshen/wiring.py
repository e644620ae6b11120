"""Wiring in one place: the database, the engine and the policy, built from the environment."""

from functools import cache

from .engine.handlers import Engine
from .ledger.db import Database


@cache
def database() -> Database:
    return Database()


def engine() -> Engine:
    return Engine(database())
