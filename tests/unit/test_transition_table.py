"""The compiled transition table behaves exactly as a real python-statemachine machine of the chart.

For random sequences of events (the chart's and one it does not know) and random guard outcomes (each
validator passes or refuses, each condition is true or false), a fresh `PublicationProcess` bound to a
model and `states.table.take` on an identical model end in the same stage or the same refusal, having
called the same guards in the same order with the same arguments.
"""

import inspect
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from sanshen.policies.rules import ItemRules
from sanshen.states import PublicationProcess
from sanshen.states.table import TABLE, NotAllowed, Transition, take

EVENTS = sorted({event for _, event in TABLE} | {"no_such_event"})
STAGES = [state.id for state in PublicationProcess.states]
VALIDATORS = sorted({name for ts in TABLE.values() for t in ts for name in t.validators})
CONDITIONS = sorted({name for ts in TABLE.values() for t in ts for name, _ in t.conditions})


class Refused(Exception):
    pass


def _guard(name: str, is_condition: bool) -> Any:
    """A guard with the real one's parameters (its own code object: python-statemachine caches bindings by code)."""
    parameters = list(inspect.signature(getattr(ItemRules, name)).parameters)[1:]
    source = (f"def {name}(self, {', '.join(parameters)}):\n"
              f"    return self.answer({name!r}, {is_condition}, {{{', '.join(f'{p!r}: {p}' for p in parameters)}}})\n")
    namespace: dict[str, Any] = {}
    exec(source, namespace)  # noqa: S102 - the test builds its fakes from the real guards' signatures
    return namespace[name]


class Model:
    def __init__(self, stage: str, outcomes: dict[str, bool]):
        self.stage, self.outcomes, self.calls = stage, outcomes, []

    def answer(self, name: str, is_condition: bool, arguments: dict[str, Any]) -> Any:
        self.calls.append((name, tuple(sorted(arguments.items()))))
        if is_condition:
            return self.outcomes[name]
        if not self.outcomes[name]:
            raise Refused(name)
        return None


for _name in VALIDATORS:
    setattr(Model, _name, _guard(_name, False))
for _name in CONDITIONS:
    setattr(Model, _name, _guard(_name, True))


def by_machine(stage: str, event: str, outcomes: dict[str, bool], step: object) -> tuple[Any, list[Any]]:
    model = Model(stage, outcomes)
    machine = PublicationProcess(model=model, state_field="stage")
    try:
        machine.send(event, step=step, actor="someone")
    except PublicationProcess.TransitionNotAllowed:
        return "not allowed", model.calls
    except Refused as refused:
        return f"refused by {refused}", model.calls
    return model.stage, model.calls


def by_table(stage: str, event: str, outcomes: dict[str, bool], step: object) -> tuple[Any, list[Any]]:
    model = Model(stage, outcomes)
    try:
        return take(model, stage, event, step=step, actor="someone"), model.calls
    except NotAllowed:
        return "not allowed", model.calls
    except Refused as refused:
        return f"refused by {refused}", model.calls


outcome_maps = st.fixed_dictionaries({name: st.booleans() for name in VALIDATORS + CONDITIONS})
biased_outcomes = st.one_of(outcome_maps, st.builds(lambda conds: {**dict.fromkeys(VALIDATORS, True), **conds},
                                                    st.fixed_dictionaries({n: st.booleans() for n in CONDITIONS})))


@settings(max_examples=100, deadline=None)
@given(start=st.sampled_from(STAGES), steps=st.lists(st.tuples(st.sampled_from(EVENTS), biased_outcomes),
                                                     min_size=1, max_size=12))
def test_table_and_machine_agree_over_event_sequences(start: str, steps: list[tuple[str, dict[str, bool]]]) -> None:
    stage = start
    for event, outcomes in steps:
        step = object()
        expected = by_machine(stage, event, outcomes, step)
        assert by_table(stage, event, outcomes, step) == expected, (stage, event, outcomes)
        if expected[0] in STAGES:
            stage = expected[0]


def test_every_stage_and_event_agrees_when_every_guard_passes_or_each_fails() -> None:
    """Exhaustively: every validator passing under every combination of conditions; then each one refusing."""
    everything_passes = dict.fromkeys(VALIDATORS + CONDITIONS, True)
    taken = set()
    for stage in STAGES:
        for event in EVENTS:
            guards = {name for t in TABLE.get((stage, event), ()) for name in t.validators}
            variants = [{**everything_passes, **dict(zip(CONDITIONS, bits, strict=True))}
                        for bits in _combinations(len(CONDITIONS))] if guards else [everything_passes]
            variants += [{**everything_passes, name: False} for name in sorted(guards)]
            for outcomes in variants:
                step = object()
                expected = by_machine(stage, event, outcomes, step)
                assert by_table(stage, event, outcomes, step) == expected, (stage, event, outcomes)
                taken.add((stage, event, expected[0]))
    chart_edges = {(s.id, str(e), t.target.id) for s in PublicationProcess.states for t in s.transitions for e in t.events}
    assert chart_edges <= taken  # every edge of the chart was actually taken by both
    assert ("drafting", "approve", "not allowed") in taken and ("published", "no_such_event", "not allowed") in taken


def _combinations(n: int) -> list[tuple[bool, ...]]:
    return [tuple(bool(i >> bit & 1) for bit in range(n)) for i in range(2 ** n)]


def test_the_table_is_the_chart() -> None:
    """A spot check that a reader can follow: 三校's approve depends on the disclosure, in the chart's order."""
    assert TABLE[("proofreading_3", "approve")] == (
        Transition("publishing", ("actor_may_decide", "actor_holds_claim", "revision_is_current", "nothing_blocks",
                                  "approvals_cover_revision"), (("disclosed_proactively", True),)),
        Transition("recorded", ("actor_may_decide", "actor_holds_claim", "revision_is_current", "nothing_blocks",
                                "approvals_cover_revision"), (("disclosed_proactively", False),)),
    )
    assert not [key for key in TABLE if key[0] in ("refused", "withdrawn", "retracted", "recorded")]
