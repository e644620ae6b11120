"""Every read of user input is bounded before it is read: devices, pipes, big files, zip bombs, policy files."""

import os
import threading
import zipfile
from pathlib import Path

import pytest

from sanshen.engine.errors import InvalidInput
from sanshen.policies.config import PolicyError
from sanshen.policyfile import load_lexicon, load_policy
from sanshen.textfiles import MAX_DOCX_UNPACKED, MAX_TEXT_FILE, read_text


def test_a_device_is_refused_unread():
    with pytest.raises(InvalidInput, match="不是普通文件"):
        read_text(Path("/dev/zero"))


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "body.txt"
    os.mkfifo(fifo)
    finished = threading.Event()
    outcome: list[str] = []

    def read() -> None:
        try:
            read_text(fifo)
        except InvalidInput as exc:
            outcome.append(str(exc))
        finished.set()

    threading.Thread(target=read, daemon=True).start()
    if not finished.wait(30):  # a reader blocked on open() would wait for ever: unblock it, then fail
        with open(fifo, "wb"):
            pass
    assert outcome and "不是普通文件" in outcome[0]


def test_a_text_file_beyond_the_limit_is_refused_naming_the_limit(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as out:
        out.truncate(MAX_TEXT_FILE + 1)
    with pytest.raises(InvalidInput, match="文本文件过大：.*超过 8 MB 的上限"):
        read_text(big)


def test_a_docx_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    bomb = tmp_path / "bomb.docx"
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive, \
            archive.open("word/document.xml", "w", force_zip64=True) as member:
        for _ in range(MAX_DOCX_UNPACKED // len(chunk) + 1):
            member.write(chunk)
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(InvalidInput, match="解压后超过 128 MB 的上限"):
        read_text(bomb)


def test_a_docx_that_is_not_a_zip_is_one_sentence(tmp_path):
    fake = tmp_path / "fake.docx"
    fake.write_bytes(b"not a zip")
    with pytest.raises(InvalidInput, match="无法读取 Word 文件"):
        read_text(fake)


def test_policy_and_lexicon_files_are_bounded_and_refuse_devices(tmp_path):
    with pytest.raises(PolicyError, match="不是普通文件"):
        load_policy(Path("/dev/zero"))
    big = tmp_path / "org.yaml"
    with big.open("wb") as out:
        out.truncate(2 * 1024 * 1024 + 1)
    with pytest.raises(PolicyError, match="策略文件过大：.*超过 2 MB 的上限"):
        load_policy(big)
    with pytest.raises(PolicyError, match="不是普通文件"):
        load_lexicon(Path("/dev/zero"))
