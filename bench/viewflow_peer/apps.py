from django.apps import AppConfig


class ViewflowPeerConfig(AppConfig):
    name = "viewflow_peer"

    def ready(self) -> None:
        from . import flows  # noqa: F401 - the flow's nodes add their permissions to the process model
