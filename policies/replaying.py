"""A replayed event decided through the chart's compiled table (states.table) instead of a machine.

The same validators and conditions of `ItemRules`, called in the order python-statemachine calls them
(tests/unit/test_transition_table.py proves the table and the chart agree), without the cost of `send`:
verify decides a million events this way. The engine's commands still decide through the machine.
"""

from ..states.table import NotAllowed, take
from .errors import RuleBroken
from .rules import ItemRules, Step, _not_allowed


def decide_by_table(rules: ItemRules, step: Step) -> tuple[str, str]:
    """What `ItemRules.decide` does: (from_stage, to_stage), the step recorded; or RuleBroken."""
    before = rules.stage
    try:
        rules.stage = take(rules, before, step.event, step=step, actor=step.actor)
    except NotAllowed:
        raise RuleBroken("not_allowed_in_stage", _not_allowed(step.event, before)) from None
    rules.record(step, before)
    return before, rules.stage
