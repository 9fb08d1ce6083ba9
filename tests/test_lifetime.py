"""Objects made for the whole run are made with the collector paused, then frozen."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from pressfacts.lifetime import collector_paused, long_lived


@pytest.fixture
def collector() -> Iterator[None]:
    """Leave the collector as it was found (frozen objects back in the oldest generation)."""
    enabled = gc.isenabled()
    yield
    gc.unfreeze()
    (gc.enable if enabled else gc.disable)()


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_paused_inside_and_restored_after(collector: None, enabled: bool) -> None:
    (gc.enable if enabled else gc.disable)()
    with long_lived():
        assert not gc.isenabled()
    assert gc.isenabled() is enabled


def test_what_was_made_inside_is_frozen(collector: None) -> None:
    with long_lived():
        kept = [[n] for n in range(1000)]
    assert gc.get_freeze_count() >= len(kept)


def test_the_collector_is_restored_when_the_block_raises(collector: None) -> None:
    gc.enable()
    with pytest.raises(ValueError), long_lived():
        raise ValueError("import failed")
    assert gc.isenabled()


@pytest.mark.parametrize("enabled", [True, False])
def test_a_paused_collector_is_restored_and_nothing_frozen(collector: None, enabled: bool) -> None:
    (gc.enable if enabled else gc.disable)()
    frozen = gc.get_freeze_count()
    with collector_paused():
        assert not gc.isenabled()
        kept = [[n] for n in range(100)]
    assert gc.isenabled() is enabled
    assert gc.get_freeze_count() == frozen and len(kept) == 100


def test_a_paused_collector_is_restored_when_the_block_raises(collector: None) -> None:
    gc.enable()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("merge failed")
    assert gc.isenabled()
