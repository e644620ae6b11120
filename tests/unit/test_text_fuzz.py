"""Fuzzing the text readers (hypothesis, a bounded number of examples): any bytes, any .docx, one outcome.

Whatever a user's file holds, reading it gives text or the documented one-sentence InvalidInput; nothing
else escapes. Text that was written in a supported encoding reads back as written.
"""

import codecs
import io
import zipfile

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sanshen.engine.errors import InvalidInput
from sanshen.textfiles import common_hanzi, decode, read_text

FUZZ = settings(max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
DOCX = settings(max_examples=25, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
HANZI = sorted(common_hanzi() & {ch for ch in map(chr, range(0x4E00, 0x9FA6)) if ch.encode("gb2312", "ignore")})
CHINESE = st.text(st.sampled_from([*HANZI[:2000], *"，。、；：“”（）《》\n 0123456789abcXYZ"]), min_size=1, max_size=300)
SENTENCE = st.text(st.sampled_from([*HANZI[:2000], *"，、；：“”（）《》0123456789"]), min_size=4, max_size=40)
DOCUMENT = st.lists(SENTENCE.map(lambda s: s + "。"), min_size=1, max_size=8).map("\n".join)
"""A document as people write them: sentences that end with 。 (a text of one or two hanzi may be valid
UTF-8 too, and cannot be told apart)."""
BOM_PREFIXES = st.sampled_from([codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, b""])


def outcome(read) -> str | None:  # type: ignore[no-untyped-def]
    """The text read, or None for the documented refusal: one sentence, on one line."""
    try:
        text = read()
    except InvalidInput as refusal:
        assert str(refusal) and "\n" not in str(refusal)
        return None
    assert isinstance(text, str)
    return text


@FUZZ
@given(prefix=BOM_PREFIXES, data=st.binary(max_size=600))
def test_any_bytes_decode_to_text_or_the_one_sentence_refusal(prefix, data):
    outcome(lambda: decode(prefix + data, "body.txt"))


@FUZZ
@given(bom=st.sampled_from([codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE]), data=st.binary(min_size=40, max_size=400))
def test_a_utf16_bom_followed_by_garbage_is_refused_or_reads_as_plausible_text(bom, data):
    from sanshen.textfiles import PLAUSIBLE, plausibility

    text = outcome(lambda: decode(bom + data, "body.txt"))
    assert text is None or plausibility(text) >= PLAUSIBLE


@FUZZ
@given(text=DOCUMENT, encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]))
def test_chinese_text_reads_back_as_written_in_every_supported_encoding(text, encoding):
    assert decode(text.encode(encoding), "body.txt") == text


def test_a_bom_followed_by_garbage_is_refused_not_stored_as_mojibake():
    garbage = bytes(range(256)) * 2
    assert outcome(lambda: decode(codecs.BOM_UTF16_LE + garbage, "body.txt")) is None


def _docx_bytes(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


SEED_DOCX = _docx_bytes(["各科室：", "现将有关事项通知如下。"])


@DOCX
@given(paragraphs=st.lists(CHINESE.map(lambda t: t.replace("\n", "")), min_size=1, max_size=5))
def test_a_docx_reads_back_its_paragraphs(tmp_path_factory, paragraphs):
    path = tmp_path_factory.mktemp("docx") / "a.docx"
    path.write_bytes(_docx_bytes(paragraphs))
    assert read_text(path).splitlines() == [line for p in paragraphs for line in p.splitlines() or [""]]


@DOCX
@given(cuts=st.lists(st.tuples(st.integers(0, len(SEED_DOCX) - 1), st.binary(min_size=1, max_size=8)),
                     min_size=1, max_size=6), truncate=st.integers(1, len(SEED_DOCX)))
def test_a_damaged_docx_reads_or_is_refused_in_one_sentence(tmp_path_factory, cuts, truncate):
    data = bytearray(SEED_DOCX[:truncate])
    for at, patch in cuts:
        data[at:at + len(patch)] = patch
    path = tmp_path_factory.mktemp("docx") / "damaged.docx"
    path.write_bytes(bytes(data))
    outcome(lambda: read_text(path))


@DOCX
@given(xml=st.binary(max_size=400) | st.text(max_size=200).map(lambda t: f"<w:document>{t}</w:document>".encode()))
def test_a_zip_with_a_hostile_document_part_reads_or_is_refused_in_one_sentence(tmp_path_factory, xml):
    path = tmp_path_factory.mktemp("docx") / "hostile.docx"
    with zipfile.ZipFile(SEED_DOCX and io.BytesIO(SEED_DOCX)) as seed, zipfile.ZipFile(path, "w") as out:
        for member in seed.infolist():
            out.writestr(member, xml if member.filename == "word/document.xml" else seed.read(member))
    outcome(lambda: read_text(path))
