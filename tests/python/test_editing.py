"""add_initiative / update_initiative / remove_initiative: validated, unchanged on error."""

import datetime

import pytest

import tiltak
from tiltak import Dependency, Initiative


def new_initiative(**fields):
    fields.setdefault("stage", "idea")
    return Initiative("T-3", "Chatbot", **fields)


def test_add_appends_in_portfolio_order(minimal):
    minimal.add_initiative(new_initiative(service_areas=["skole"], dependencies=[Dependency("T-1")]))
    assert [i.id for i in minimal] == ["T-1", "T-2", "T-3"]
    assert minimal["T-3"].dependencies[0].initiative == "T-1"
    assert minimal.validate() == []


def test_add_rejected_leaves_the_portfolio_unchanged(minimal):
    before = minimal.to_json()
    with pytest.raises(tiltak.ValidationError) as caught:
        minimal.add_initiative(new_initiative(service_areas=["kultur"], owner="p-nobody",
                                              dependencies=[Dependency("T-99")]))
    pointers = [p.pointer for p in caught.value.problems]
    assert len(pointers) == 3
    assert all(p.startswith("/initiatives/2/") for p in pointers)
    assert minimal.to_json() == before
    with pytest.raises(tiltak.DuplicateError):
        minimal.add_initiative(Initiative("T-2", "again"))
    assert minimal.to_json() == before


def test_update_replaces_the_initiative_with_the_same_id(minimal):
    t2 = minimal["T-2"]
    t2.stage = "anchored"
    t2.planned = tiltak.Period(datetime.date(2027, 1, 1), datetime.date(2027, 12, 31))
    minimal.update_initiative(t2)
    assert minimal["T-2"] == t2
    assert minimal["T-2"].planned.start == datetime.date(2027, 1, 1)


def test_update_rejected_leaves_the_portfolio_unchanged(minimal):
    before = minimal.copy()
    t2 = minimal["T-2"]
    t2.planned = tiltak.Period(datetime.date(2027, 12, 31), datetime.date(2027, 1, 1))  # end before start
    with pytest.raises(tiltak.ValidationError) as caught:
        minimal.update_initiative(t2)
    assert caught.value.pointer.startswith("/initiatives/1/planned")
    assert minimal == before
    with pytest.raises(tiltak.NotFoundError):
        minimal.update_initiative(Initiative("T-99", "x"))
    assert minimal == before


def test_remove(minimal):
    minimal.add_initiative(new_initiative())
    minimal.remove_initiative("T-3")
    assert [i.id for i in minimal] == ["T-1", "T-2"]


def test_remove_refused_while_referenced_lists_every_reference(minimal):
    before = minimal.to_json()
    with pytest.raises(tiltak.ValidationError) as caught:
        minimal.remove_initiative("T-1")
    pointers = [p.pointer for p in caught.value.problems]
    assert pointers == ["/initiatives/1/dependencies/0/initiative", "/benefits/0/contributors/0/initiative"]
    assert minimal.to_json() == before
    with pytest.raises(tiltak.NotFoundError):
        minimal.remove_initiative("T-99")
    assert minimal.to_json() == before


def test_edits_after_copy_do_not_leak_between_copies(minimal):
    copy = minimal.copy()
    minimal.add_initiative(new_initiative())
    assert len(minimal) == 3
    assert len(copy) == 2
    copy.add_initiative(Initiative("T-4", "Other", stage="idea"))
    assert [i.id for i in minimal] == ["T-1", "T-2", "T-3"]
    assert [i.id for i in copy] == ["T-1", "T-2", "T-4"]


def test_an_initiative_object_is_not_tied_to_the_portfolio(minimal):
    initiative = new_initiative()
    minimal.add_initiative(initiative)
    initiative.title = "Changed afterwards"
    assert minimal["T-3"].title == "Chatbot"
