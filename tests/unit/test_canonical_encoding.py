"""The chain's fast canonical encoding is byte for byte the json.dumps encoding every stored hash was taken over."""

import hashlib
import json
from types import SimpleNamespace
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from sanshen.ledger.chain import CHAINED_FIELDS, canonical, event_hash, row_hash


def by_json(fields: dict[str, Any]) -> bytes:
    """The encoding as the chain first defined it (ledger/chain.py before the fast path)."""
    picked = {name: fields[name] for name in CHAINED_FIELDS}
    return json.dumps(picked, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


text = st.text(alphabet=st.characters(exclude_categories=["Cs"]))  # lone surrogates cannot be UTF-8 either way
value = st.one_of(st.none(), text, st.integers(min_value=-(2 ** 70), max_value=2 ** 70))
unusual = st.one_of(value, st.booleans(), st.floats(allow_nan=False), st.lists(st.integers(), max_size=3))


@settings(max_examples=400)
@given(st.fixed_dictionaries({name: value for name in CHAINED_FIELDS}))
def test_fast_canonical_equals_json_dumps(fields: dict[str, Any]) -> None:
    assert canonical(fields) == by_json(fields)
    assert row_hash(SimpleNamespace(**fields)) == event_hash(fields) == hashlib.sha256(by_json(fields)).hexdigest()


@settings(max_examples=200)
@given(st.fixed_dictionaries({name: unusual for name in CHAINED_FIELDS}))
def test_values_edited_behind_the_engine_encode_as_json_does(fields: dict[str, Any]) -> None:
    """A float or a bool where SQLite let someone store one: still json.dumps's bytes, so the hash tells."""
    assert canonical(fields) == by_json(fields)


def test_control_characters_quotes_and_chinese_are_escaped_as_json_does() -> None:
    fields = dict.fromkeys(CHAINED_FIELDS, None) | {
        "opinion": '引号"、反斜杠\\、换行\n、制表\t、\x00\x1f\x7f\u2028、表情😀', "seq": 3, "item_id": 10 ** 20}
    assert canonical(fields) == by_json(fields)
    assert b'\\u0000\\u001f\x7f\xe2\x80\xa8' in canonical(fields)
