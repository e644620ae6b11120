"""prefect.yaml declares a deployment for every flow, and each entrypoint names a real flow."""

import importlib.util
from pathlib import Path

import yaml
from prefect import Flow

ROOT = Path(__file__).resolve().parents[2]


def test_every_flow_has_a_deployment_whose_entrypoint_resolves_to_it():
    deployments = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))["deployments"]
    found = set()
    for deployment in deployments:
        path, name = deployment["entrypoint"].split(":")
        module = path.removesuffix(".py").replace("/", ".")
        flow = getattr(importlib.import_module(f"sanshen.{module}"), name)
        assert isinstance(flow, Flow) and deployment["work_pool"]["name"] == "sanshen"
        found.add(flow.name)
    assert found == {"sanshen-dispatcher", "sanshen-deliver-outbox", "sanshen-sweep-deadlines", "sanshen-checkpoint",
                     "sanshen-archive-transfer"}
    assert importlib.util.find_spec("sanshen.flows.notify") is not None
