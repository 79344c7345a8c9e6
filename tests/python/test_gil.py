"""Long operations release the GIL: another Python thread makes progress meanwhile."""

import threading
import time

import pytest

import tiltak


TARGET_SECONDS = 0.3  # long enough to tell a stall from scheduling noise


def sized_portfolio(operation, smallest=1000, largest=200_000):
    """A generated portfolio large enough that operation(portfolio) takes about
    TARGET_SECONDS in this build (Debug builds are many times slower than Release)."""
    size = smallest
    portfolio = tiltak.generate_portfolio(size, seed=5)
    started = time.perf_counter()
    operation(portfolio)
    elapsed = time.perf_counter() - started
    if elapsed < TARGET_SECONDS and size < largest:
        size = min(largest, int(size * TARGET_SECONDS / max(elapsed, 1e-4)) + 1)
        portfolio = tiltak.generate_portfolio(size, seed=5)
    return portfolio


@pytest.fixture(scope="module")
def large_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("gil") / "large.json"
    sized_portfolio(lambda p: tiltak.Portfolio.from_json(p.to_json()), smallest=2000).save(path)
    return path


def longest_stall(work):
    """Runs work() while a second Python thread ticks; returns the longest time that thread
    could not run during work(), and how long work() took.

    Holding the GIL, a C++ call stalls every other Python thread for its whole duration; with
    the GIL released, the ticking thread only waits for switch intervals (5 ms) and the
    operating system's scheduling."""
    stop = threading.Event()
    stalls = []  # (from, to) of pauses over 1 ms

    def ticker():
        last = time.perf_counter()
        while not stop.is_set():
            now = time.perf_counter()
            if now - last > 0.001:
                stalls.append((last, now))
            last = now

    thread = threading.Thread(target=ticker)
    thread.start()
    time.sleep(0.05)  # let the ticker start
    started = time.perf_counter()
    work()
    ended = time.perf_counter()
    stop.set()
    thread.join()
    overlapping = [min(to, ended) - max(since, started) for since, to in stalls if to > started and since < ended]
    return max(overlapping, default=0.0), ended - started


def assert_releases_the_gil(work):
    stall, elapsed = longest_stall(work)
    if elapsed < 0.1:
        pytest.skip(f"too fast to measure ({elapsed:.3f} s)")
    assert stall < elapsed / 2, f"another thread stalled {stall:.3f} s of {elapsed:.3f} s"


def test_the_gil_check_detects_a_call_that_holds_it():
    portfolio = sized_portfolio(lambda p: p.initiatives, smallest=20000)
    stall, elapsed = longest_stall(lambda: portfolio.initiatives)  # converting to Python holds it
    if elapsed < 0.1:
        pytest.skip(f"too fast to measure ({elapsed:.3f} s)")
    assert stall > elapsed / 2


def test_a_thread_makes_progress_while_load_runs(large_file):
    assert_releases_the_gil(lambda: tiltak.Portfolio.load(large_file))


def test_to_json_releases_the_gil():
    assert_releases_the_gil(sized_portfolio(tiltak.Portfolio.to_json).to_json)


def test_validate_releases_the_gil():
    assert_releases_the_gil(sized_portfolio(tiltak.Portfolio.validate, smallest=20000).validate)


def test_generate_and_freeing_release_the_gil():
    size = len(sized_portfolio(lambda p: tiltak.generate_portfolio(len(p)), smallest=20000))
    assert_releases_the_gil(lambda: tiltak.generate_portfolio(size, seed=5))  # freed right away


def test_editing_while_another_thread_serialises_is_safe():
    portfolio = tiltak.generate_portfolio(1000, seed=9)
    texts = []

    def writer():
        for _ in range(2):
            texts.append(portfolio.to_json())

    thread = threading.Thread(target=writer)
    thread.start()
    for n in range(20):
        portfolio.add_initiative(tiltak.Initiative(f"X-{n}", "added", stage="idea"))
    thread.join()
    assert len(portfolio) == 1020
    # Every text is a whole snapshot: the original plus some prefix of the added initiatives.
    for text in texts:
        parsed = tiltak.Portfolio.from_json(text)
        added = len(parsed) - 1000
        assert 0 <= added <= 20
        assert [i.id for i in parsed][1000:] == [f"X-{n}" for n in range(added)]
