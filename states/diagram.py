"""The chart drawn from the code, as Mermaid text (the README's copy is tested against it)."""

from statemachine.contrib.diagram.formatter import formatter

from .chart import PublicationProcess


def mermaid() -> str:
    return str(formatter.render(PublicationProcess, "mermaid")).rstrip() + "\n"


def dot() -> str:
    """The chart in graphviz's DOT language."""
    return str(formatter.render(PublicationProcess, "dot"))
