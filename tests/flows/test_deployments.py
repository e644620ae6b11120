"""prefect.yaml declares a deployment for every flow, each entrypoint a module of the installed package."""

from pathlib import Path

import yaml
from prefect import Flow
from prefect.flows import load_flow_from_entrypoint

ROOT = Path(__file__).resolve().parents[2]


def test_every_flow_has_a_deployment_whose_entrypoint_is_a_module_of_the_installed_package(tmp_path, monkeypatch):
    spec = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    monkeypatch.chdir(tmp_path)  # as a worker does: nothing of the repository around it
    found = set()
    for deployment in spec["deployments"]:
        assert ":" not in deployment["entrypoint"] and deployment["entrypoint"].startswith("sanshen.flows.")
        flow = load_flow_from_entrypoint(deployment["entrypoint"], use_placeholder_flow=False)
        assert isinstance(flow, Flow) and deployment["work_pool"]["name"] == "sanshen"
        found.add(flow.name)
    assert found == {"sanshen-dispatcher", "sanshen-deliver-outbox", "sanshen-sweep-deadlines", "sanshen-checkpoint",
                     "sanshen-archive-transfer", "sanshen-export-site"}
    assert spec["pull"] == [] and "SANSHEN_HOME" not in (ROOT / "prefect.yaml").read_text(encoding="utf-8")
