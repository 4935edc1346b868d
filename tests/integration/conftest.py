from __future__ import annotations

from collections.abc import Iterator

import pytest

from settings import Settings
from store.repository import RedisStore
from tests.integration.redis_kit import wipe_prefix


@pytest.fixture
def store(settings: Settings, request: pytest.FixtureRequest) -> Iterator[RedisStore]:
    """A store on the session's Redis under the test module's `PREFIX`, empty before and after the test (use
    cases are called directly on it)."""
    prefix = request.module.PREFIX
    store = RedisStore.from_url(settings.effective_redis_url(), prefix)
    wipe_prefix(store.r, prefix)
    yield store
    wipe_prefix(store.r, prefix)
