"""Files from Python: what Portfolio.load, validate_file and load_rulebook read (regular
files within a size limit) and what Portfolio.save does to the file it replaces."""

import os
import stat

import pytest

import tiltak

DEVICE_MESSAGE = "cannot read a character device: only regular files, or - for standard input, are read"


@pytest.mark.parametrize(
    "load", [tiltak.Portfolio.load, tiltak.load_rulebook], ids=["Portfolio.load", "load_rulebook"]
)
def test_device_is_an_io_error_naming_it(load):
    with pytest.raises(tiltak.IoError) as raised:
        load("/dev/zero")
    assert raised.value.problems[0].source == "/dev/zero"
    assert raised.value.problems[0].message == DEVICE_MESSAGE


def test_fifo_is_refused_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    problems = tiltak.validate_file(tmp_path / "pipe")
    assert [p.message for p in problems] == [
        "cannot read a FIFO (named pipe): only regular files, or - for standard input, are read"
    ]


def test_size_limit_is_a_keyword(minimal_path):
    size = minimal_path.stat().st_size
    with pytest.raises(tiltak.IoError) as raised:
        tiltak.Portfolio.load(minimal_path, max_bytes=size - 1)
    assert raised.value.problems[0].message == (
        f"the input is {size} bytes, larger than the limit of {size - 1} bytes"
    )
    assert tiltak.Portfolio.load(minimal_path, max_bytes=size) == tiltak.Portfolio.load(minimal_path)
    assert tiltak.validate_file(minimal_path, max_bytes=size - 1)[0].message.startswith("the input is")
    with pytest.raises(tiltak.IoError):
        tiltak.load_rulebook(minimal_path, max_bytes=10)


def test_save_keeps_mode_and_symbolic_link(minimal, tmp_path):
    target = tmp_path / "portfolio.json"
    minimal.save(target)
    target.chmod(0o644)
    link = tmp_path / "link.json"
    link.symlink_to("portfolio.json")
    previous = os.umask(0o077)
    try:
        minimal.save(link)
    finally:
        os.umask(previous)
    assert link.is_symlink()
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert tiltak.Portfolio.load(link) == minimal
