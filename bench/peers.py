"""The engine beside a peer: the same publication process on django-viewflow 2, on SQLite and PostgreSQL.

Each item goes the whole way: submitted by the drafter, the confidentiality review, the sensitivity check
(automated), 初审, 复审, 终审 and three proofreading rounds, each human step claimed and then decided by a
different person, and publication. sanshen runs it through its engine commands (bench/transitions.py's
`run_items`: every rule, the hash chain, the tasks, the jobs and the outbox); viewflow runs it through its
own API the way its views do (bench/viewflow_peer: a Flow of View and Function nodes; a start view's
activation; each task found in the person's queue, assigned, then started and executed under the flow's
process lock in one transaction), in a Django configured in-process with its own SQLite file and its own
PostgreSQL database. Both get the same SQLite settings (WAL, synchronous=NORMAL, BEGIN IMMEDIATE).
Rounds alternate the two on each database so that both see the same load on a shared machine.
Needs the bench extra: `pip install -e '.[bench]'`.
Last line: `peers ratio sqlite=N postgresql=N` (sanshen items/s over viewflow items/s).

    python bench/peers.py [--items 100] [--rounds 2]
"""

import os.path
import sys

# bench/platform.py is the standard library's name: run as a script, this folder must not shadow it; the
# peer's Django app (bench/viewflow_peer) is found at the end of the path.
BENCH = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != BENCH] + [BENCH]

import argparse
import importlib.util
import json
import subprocess
import tempfile
import time
import uuid
from types import SimpleNamespace
from typing import Any

import psycopg
from sqlalchemy import text

from sanshen.engine.handlers import Engine
from sanshen.ledger.db import Database

PG_SERVER = os.environ.get("SANSHEN_BENCH_PG_SERVER", "host=127.0.0.1 port=5432 user=postgres")
TRANSITIONS_PER_ITEM = 17  # submit, 7 × (claim, approve), the scan's verdict, publication
PEOPLE = {"submit": "wangfang", "confidentiality_review": "linfeng", "first_review": "chenjun",
          "second_review": "guolei", "final_review": "liuyang", "proofreading_1": "fengyu",
          "proofreading_2": "caihong", "proofreading_3": "dengyun"}
HUMAN_STEPS = list(PEOPLE)[1:]


def transitions_bench() -> Any:
    spec = importlib.util.spec_from_file_location("bench_transitions", os.path.join(BENCH, "transitions.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- sanshen -------------------------------------------------------------------------------------------

def sanshen_round(db: Database, items: int) -> float:
    """Seconds for `items` items through the whole process with the engine's commands."""
    bench = transitions_bench()
    start = time.perf_counter()
    assert bench.run_items(Engine(db), items) == items * TRANSITIONS_PER_ITEM
    return time.perf_counter() - start


# --- viewflow (in a child process: one Django configuration each) --------------------------------------

def configure_django(database: dict[str, Any]) -> None:
    import django
    from django.conf import settings

    settings.configure(
        DEBUG=False, USE_TZ=True, SECRET_KEY="bench-peers", DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
        DATABASES={"default": database},
        INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth", "viewflow", "viewflow.workflow",
                        "viewflow_peer"],
    )
    django.setup()


def django_database(kind: str, where: str) -> dict[str, Any]:
    if kind == "sqlite":
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": where, "OPTIONS": {
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;"}}
    return {"ENGINE": "django.db.backends.postgresql", "NAME": where, "HOST": "127.0.0.1", "PORT": "5432",
            "USER": "postgres", "CONN_MAX_AGE": None}


def people() -> dict[str, Any]:
    """The eight people, each holding the permission of their one step (viewflow's auto-created ones)."""
    from django.contrib.auth.models import Permission, User
    from viewflow_peer.flows import PublicationFlow

    users = {}
    for node, username in PEOPLE.items():
        user, _ = User.objects.get_or_create(username=username)
        codename = getattr(PublicationFlow, node)._owner_permission.split(".", 1)[1]
        user.user_permissions.add(Permission.objects.get(codename=codename))
        users[node] = User.objects.get(pk=user.pk)  # a fresh object, as a request would load it
    return users


def viewflow_submit(user: Any) -> int:
    """The drafter's start view: create the activation, check the permission, save the form, execute."""
    from django.core.exceptions import PermissionDenied
    from django.db import transaction
    from viewflow_peer.flows import PublicationFlow

    node = PublicationFlow.submit
    activation = node.activation_class.create(node, None, None)
    if not node.can_execute(user, activation.task):
        raise PermissionDenied
    with transaction.atomic():
        activation.start(SimpleNamespace(user=user))
        activation.process.data = {"title": "关于开展科技活动周的通知", "body": "各科室：现将有关事项通知如下。" * 5}
        activation.process.save()
        activation.execute()
    return int(activation.process.pk)


def viewflow_claim(process_pk: int, user: Any) -> None:
    """The person picks the item's task from their queue and assigns it to themself (the assign view)."""
    from django.core.exceptions import PermissionDenied
    from django.db import transaction
    from viewflow.workflow.models import Task
    from viewflow.workflow.status import STATUS
    from viewflow_peer.flows import PublicationFlow

    task_pk = Task.objects.user_queue(user, flow_class=PublicationFlow).filter(
        process_id=process_pk, status=STATUS.NEW).values_list("pk", flat=True).get()
    with PublicationFlow.lock(process_pk), transaction.atomic():
        task = Task.objects.get(pk=task_pk)
        activation = task.flow_task.activation_class(task)
        if not task.flow_task.can_assign(user, task):
            raise PermissionDenied
        activation.assign(user)


def viewflow_approve(process_pk: int, user: Any, opinion: str) -> None:
    """The person opens their assigned task and completes it with an opinion (the task's update view)."""
    from django.core.exceptions import PermissionDenied
    from django.db import transaction
    from viewflow.workflow.models import Task
    from viewflow.workflow.status import STATUS
    from viewflow_peer.flows import PublicationFlow

    task_pk = Task.objects.filter(process_id=process_pk, owner=user, status=STATUS.ASSIGNED).values_list(
        "pk", flat=True).get()
    with PublicationFlow.lock(process_pk), transaction.atomic():
        task = Task.objects.get(pk=task_pk)
        activation = task.flow_task.activation_class(task)
        if not task.flow_task.can_execute(user, task):
            raise PermissionDenied
        activation.start(SimpleNamespace(user=user))
        activation.process.save()
        task.data = {"opinion": opinion}
        activation.execute()


def viewflow_items(users: dict[str, Any], items: int) -> None:
    for _ in range(items):
        process = viewflow_submit(users["submit"])
        for node in HUMAN_STEPS:
            viewflow_claim(process, users[node])
            viewflow_approve(process, users[node], "同意")


def viewflow_child(kind: str, where: str, items: int, warm: int) -> None:
    """In a child process: set up Django on its database, warm up, then time `items` items; print JSON."""
    configure_django(django_database(kind, where))
    from django.core.management import call_command
    from viewflow.workflow.models import Process
    from viewflow.workflow.status import PROCESS

    call_command("migrate", verbosity=0)
    users = people()
    viewflow_items(users, warm)
    start = time.perf_counter()
    viewflow_items(users, items)
    seconds = time.perf_counter() - start
    done = Process.objects.filter(status=PROCESS.DONE, data__sensitivity="clean").count()
    print(json.dumps({"seconds": seconds, "done": done}))


def viewflow_round(kind: str, where: str, items: int, warm: int) -> tuple[float, int]:
    answer = subprocess.run([sys.executable, __file__, "--viewflow-child", kind, where, str(items), str(warm)],
                            capture_output=True, text=True, check=False)
    if answer.returncode:
        raise SystemExit(f"viewflow ({kind}) failed:\n{answer.stderr[-3000:]}")
    result = json.loads(answer.stdout.strip().splitlines()[-1])
    return float(result["seconds"]), int(result["done"])


# --- the run ------------------------------------------------------------------------------------------

def prepared(url: str) -> Database:
    return transitions_bench().prepared(url)


def compare(kind: str, sanshen_url: str, viewflow_where: str, items: int, rounds: int) -> float:
    db = prepared(sanshen_url)
    sanshen_round(db, 2)
    sanshen_seconds = viewflow_seconds = 0.0
    done = 0
    for number in range(rounds):
        sanshen_seconds += sanshen_round(db, items)
        seconds, done = viewflow_round(kind, viewflow_where, items, warm=2 if number == 0 else 0)
        viewflow_seconds += seconds
    db.dispose()
    assert done == rounds * items + 2, f"viewflow finished {done} processes"
    ours, theirs = rounds * items / sanshen_seconds, rounds * items / viewflow_seconds
    print(f"{kind + ':':12}sanshen {ours:7.1f} items/s ({ours * TRANSITIONS_PER_ITEM:6.0f} transitions/s)   "
          f"viewflow {theirs:7.1f} items/s ({theirs * TRANSITIONS_PER_ITEM:6.0f} transitions/s)   "
          f"ratio {ours / theirs:.2f}", flush=True)
    return ours / theirs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100, help="items per round and side")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--viewflow-child", nargs=4, metavar=("KIND", "WHERE", "ITEMS", "WARM"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.viewflow_child:
        kind, where, items, warm = args.viewflow_child
        viewflow_child(kind, where, int(items), int(warm))
        return
    ratios = {}
    with tempfile.TemporaryDirectory() as tmp:
        ratios["sqlite"] = compare("sqlite", f"sqlite:///{tmp}/sanshen.db", f"{tmp}/viewflow.db", args.items,
                                   args.rounds)
    name = f"bench_peers_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(f"{PG_SERVER} dbname=postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        sanshen_url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}?options=-csearch_path%3Dsanshen"
        with Database(f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}").engine.begin() as conn:
            conn.execute(text("CREATE SCHEMA sanshen"))
        ratios["postgresql"] = compare("postgresql", sanshen_url, name, args.items, args.rounds)
    finally:
        with psycopg.connect(f"{PG_SERVER} dbname=postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    print(f"load average: {os.getloadavg()[0]:.1f}")
    print(f"peers ratio sqlite={ratios['sqlite']:.2f} postgresql={ratios['postgresql']:.2f}")


if __name__ == "__main__":
    main()
