"""The chart is strict: every event not allowed in a stage raises, and nothing is silently ignored."""

import pytest
from statemachine.exceptions import TransitionNotAllowed

from sanshen.states import STAGES, TERMINAL_STAGES, PublicationProcess

GUARDS = {spec.func for state in PublicationProcess.states for t in state.transitions for spec in t._specs
          if isinstance(spec.func, str) and not spec.func.startswith(("before_", "on_", "after_"))}


def _passes(self, *args, **kwargs):
    return None


class Permissive:
    """A model whose every validator passes (and the sensitivity hold is a switch): only the chart decides."""

    stage = "drafting"
    held = False
    disclosure = "proactive"

    def held_for_reviewer(self) -> bool:
        return self.held

    def disclosed_proactively(self) -> bool:
        return self.disclosure == "proactive"


for _guard in GUARDS - {"held_for_reviewer", "disclosed_proactively"}:
    setattr(Permissive, _guard, _passes)


def allowed(stage: str, held: bool = False) -> set[str]:
    model = Permissive()
    model.stage, model.held = stage, held
    machine = PublicationProcess(model=model, state_field="stage")
    return {event.id for event in machine.allowed_events}


def test_the_stage_ids_are_the_documented_ones():
    assert STAGES == ("drafting", "confidentiality_review", "sensitivity_check", "first_review", "second_review",
                      "final_review", "proofreading_1", "proofreading_2", "proofreading_3", "publishing",
                      "published", "refused", "withdrawn", "retracted", "recorded")


def test_the_strict_flags_are_set_explicitly():
    assert PublicationProcess.allow_event_without_transition is False
    assert PublicationProcess.catch_errors_as_events is False


@pytest.mark.parametrize("stage", TERMINAL_STAGES)
def test_terminal_stages_allow_nothing(stage):
    assert allowed(stage) == set()


def test_what_each_stage_allows():
    pair = {"end_with_policy", "back_with_interpretation"}
    assert allowed("drafting") == {"submit", "revise", "mask", "withdraw", "end_with_policy"}
    assert allowed("confidentiality_review") == {"claim", "release", "approve", "return", "refuse", "withdraw"} | pair
    assert allowed("proofreading_2") == {"claim", "release", "approve", "correct", "return"} | pair
    assert allowed("publishing") == {"deliver"} | pair
    assert allowed("published") == {"retract"}


def send(stage: str, event: str, held: bool = False) -> str:
    model = Permissive()
    model.stage, model.held = stage, held
    PublicationProcess(model=model, state_field="stage").send(event, step=None, actor="x")
    return model.stage


def test_the_sensitivity_check_is_automated_until_it_holds_the_item_for_a_person():
    assert send("sensitivity_check", "scan_clean") == "first_review"
    assert send("sensitivity_check", "approve", held=True) == "first_review"
    with pytest.raises(TransitionNotAllowed):
        send("sensitivity_check", "approve", held=False)
    with pytest.raises(TransitionNotAllowed):
        send("sensitivity_check", "scan_clean", held=True)


def test_an_event_the_stage_does_not_allow_raises():
    model = Permissive()
    model.stage = "first_review"
    machine = PublicationProcess(model=model, state_field="stage")
    with pytest.raises(TransitionNotAllowed):
        machine.send("deliver", step=None, actor="x")
    with pytest.raises(TransitionNotAllowed):
        machine.send("no_such_event", step=None, actor="x")
    assert model.stage == "first_review"


@pytest.mark.parametrize("disclosure, end", [("proactive", "publishing"), ("on_request", "recorded"),
                                             ("not_disclosed", "recorded")])
def test_only_proactive_items_go_on_to_publication_the_others_end_approved_and_recorded(disclosure, end):
    model = Permissive()
    model.stage, model.disclosure = "proofreading_3", disclosure
    PublicationProcess(model=model, state_field="stage").send("approve", step=None, actor="x")
    assert model.stage == end
