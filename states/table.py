"""The chart compiled into a transition table: (stage, event) -> the transitions to try, in the chart's order.

Derived at import from `PublicationProcess` itself, so the chart stays the one source of truth. `take`
does what python-statemachine's `send` does for this flat chart, without building or running a machine:
for each transition of the stage that matches the event, in document order, call its validators (any may
raise), then check its conditions; the first whose conditions hold is taken. None: `NotAllowed`.
tests/unit/test_transition_table.py proves the two agree for every stage, event and guard outcome.
"""

import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from statemachine import StateMachine

from .chart import PublicationProcess


@dataclass(frozen=True)
class Transition:
    """One transition of the chart: where it leads, the validators it calls, the conditions it needs."""

    target: str
    validators: tuple[str, ...]
    conditions: tuple[tuple[str, bool], ...]  # (guard name, the value it must have)


class NotAllowed(Exception):
    """No transition of the stage takes the event (python-statemachine's TransitionNotAllowed)."""

    def __init__(self, event: str, stage: str):
        super().__init__(f"{event} is not allowed in {stage}")
        self.event, self.stage = event, stage


def _name_of(spec: Any) -> str:
    name = spec.attr_name
    if not isinstance(name, str) or not name.isidentifier():  # a boolean expression or a callable: not compiled
        raise TypeError(f"the chart's guard {spec!r} is not a plain method name; the table cannot compile it")
    return name


def compile_chart(chart: type[StateMachine]) -> dict[tuple[str, str], tuple[Transition, ...]]:
    """Every (stage, event) of the chart and its transitions, in the order `send` tries them."""
    table: dict[tuple[str, str], list[Transition]] = {}
    for state in chart.states:
        if state.parent is not None or state.states:  # compound charts would need ancestors' transitions
            raise TypeError("the table compiles flat charts only")
        for transition in state.transitions:
            if transition.initial or transition.is_eventless:
                raise TypeError("the table compiles event-driven transitions only")
            compiled = Transition(
                target=transition.target.id,
                validators=tuple(_name_of(spec) for spec in transition.validators),
                conditions=tuple((_name_of(spec), bool(spec.expected_value)) for spec in transition.cond),
            )
            for event in transition.events:
                table.setdefault((state.id, str(event)), []).append(compiled)
    return {key: tuple(transitions) for key, transitions in table.items()}


TABLE: Mapping[tuple[str, str], tuple[Transition, ...]] = compile_chart(PublicationProcess)


Caller = Callable[[Any, Mapping[str, Any]], Any]
Compiled = tuple[str, tuple[Caller, ...], tuple[tuple[Caller, bool], ...]]  # target, validators, conditions


def _caller(kind: type, name: str) -> Caller:
    """A guard of the model's class, called with the keyword arguments it names (as python-statemachine binds them)."""
    function = getattr(kind, name)
    parameters = tuple(inspect.signature(function).parameters)[1:]  # without self
    if not parameters:
        return lambda model, _arguments: function(model)
    return lambda model, arguments: function(model, **{p: arguments[p] for p in parameters if p in arguments})


_COMPILED: dict[tuple[type, str, str], tuple[Compiled, ...]] = {}


def _compiled(kind: type, stage: str, event: str) -> tuple[Compiled, ...]:
    """The table's transitions for a model class, each guard resolved to a function once."""
    found = _COMPILED.get((kind, stage, event))
    if found is None:
        found = _COMPILED[(kind, stage, event)] = tuple(
            (t.target, tuple(_caller(kind, name) for name in t.validators),
             tuple((_caller(kind, name), wanted) for name, wanted in t.conditions))
            for t in TABLE.get((stage, event), ()))
    return found


def take(model: Any, stage: str, event: str, **arguments: Any) -> str:
    """The stage the event leads to from `stage`, calling the model's validators and conditions."""
    for target, validators, conditions in _compiled(type(model), stage, event):
        for validator in validators:
            validator(model, arguments)
        if all(bool(condition(model, arguments)) == wanted for condition, wanted in conditions):
            return target
    raise NotAllowed(event, stage)
