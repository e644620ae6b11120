"""A pooled connection killed by the server (a restart, an idle timeout): the next command still goes through once."""

import logging

import pytest
from sqlalchemy import create_engine, func, select, text

from sanshen.engine.commands import Decide
from sanshen.engine.handlers import Engine
from sanshen.ledger import models
from sanshen.ledger.db import pipelined
from tests.conftest import PG_SERVER
from tests.helpers import submit


def test_a_command_whose_pooled_connection_the_server_dropped_runs_again_once_and_is_recorded_once(pg_db, now):
    engine = Engine(pg_db)
    item = submit(engine, now)
    with pg_db.engine.connect() as pooled:
        backend = pooled.execute(text("select pg_backend_pid()")).scalar_one()
    admin = create_engine(PG_SERVER)
    with admin.begin() as conn:
        assert conn.execute(text("select pg_terminate_backend(:pid)"), {"pid": backend}).scalar_one()
    admin.dispose()
    assert engine.decide(Decide("claim", "linfeng", item), now).stage == "confidentiality_review"
    with pg_db.transaction() as session:
        claims = session.scalar(select(func.count()).select_from(models.Event)
                                .where(models.Event.item_id == item, models.Event.event == "claim"))
    assert claims == 1


def test_a_pipeline_ended_by_an_error_raises_it_without_echoing_a_warning(pg_db, caplog):
    caplog.set_level(logging.WARNING, logger="psycopg")
    with pytest.raises(RuntimeError, match="the command's own error"), pg_db.transaction() as session, \
            pipelined(session):
        session.connection().execute(text("SELECT 1 / 0"))
        raise RuntimeError("the command's own error")
    assert not [r for r in caplog.records if r.name == "psycopg"]
