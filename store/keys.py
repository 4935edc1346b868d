"""Every Redis key factrecon uses, defined here and nowhere else.

All keys start with the configured prefix (FACTRECON_KEY_PREFIX, default "fr") so that two deployments can
share one Redis without seeing each other's data.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Keys:
    prefix: str = "fr"

    def article(self, article_id: str) -> str:
        """Hash: the article's fields, status, error, warnings and claims (JSON)."""
        return f"{self.prefix}:article:{article_id}"

    def article_events(self, article_id: str) -> str:
        """Set: ids of the events the article contributes to."""
        return f"{self.prefix}:article:{article_id}:events"

    @property
    def articles_created(self) -> str:
        """Sorted set: article id -> creation time (unix seconds)."""
        return f"{self.prefix}:articles:created"

    def articles_with_status(self, status: str) -> str:
        """Set: ids of the articles currently in `status` (kept in step with each transition; O(1) counts)."""
        return f"{self.prefix}:articles:status:{status}"

    @property
    def articles_queued(self) -> str:
        """Sorted set: article id -> time it was (re)queued; the sweeper re-publishes stale members."""
        return f"{self.prefix}:articles:queued"

    @property
    def articles_deletions(self) -> str:
        """Integer: how many articles were ever deleted (a deletion's sequence number). An article id comes from
        its source and text, so one deleted and submitted again (another title, date) keeps its id: a process
        that kept anything of it sees this move and drops what it kept (`RedisStore.sync_deletions`)."""
        return f"{self.prefix}:articles:deletions"

    @property
    def articles_deleted(self) -> str:
        """List: the ids of the last deleted articles, in order (the n-th deletion's id last when there are n)."""
        return f"{self.prefix}:articles:deleted"

    def event(self, event_id: str) -> str:
        """String: the event's grouping state as JSON (core.events.EventState.to_dict())."""
        return f"{self.prefix}:event:{event_id}"

    def event_version(self, event_id: str) -> str:
        """Integer: set from `events_generation` on every change of the event (lets readers cache its reconciled
        view). Event ids come from content, so a deleted event may come back with the same id: its versions
        never repeat."""
        return f"{self.prefix}:event:{event_id}:version"

    @property
    def events_generation(self) -> str:
        """Integer: bumped on every event write; the source of every event version."""
        return f"{self.prefix}:events:generation"

    def event_alias(self, event_id: str) -> str:
        """String: the id of the event that took over this (deleted) event's members when the two were merged."""
        return f"{self.prefix}:event:{event_id}:merged-into"

    @property
    def events_by_start(self) -> str:
        """Sorted set: event id -> start date ordinal, the order of /v1/reconciliation."""
        return f"{self.prefix}:events:by-start"

    def events_index(self, index_key: str) -> str:
        """Set: event ids indexed under one grouping key (a normalised place)."""
        return f"{self.prefix}:events:index:{index_key}"

    def event_links(self, event_id: str) -> str:
        """Set: the events of OTHER blocks this event is linked to (the merge layer across blocks,
        usecases/across.py): a link is a function of the two events' profiles (`core.events.across_blocks.linked`)."""
        return f"{self.prefix}:event:{event_id}:links"

    @property
    def across_profiles(self) -> str:
        """Hash: event id -> its profile as last linked, with the crossing keys it is indexed under (JSON
        {"profile": ..., "keys": [...]}; `core.events.across_blocks.EventProfile`)."""
        return f"{self.prefix}:across:profiles"

    def across_index(self, crossing_key: str) -> str:
        """Set: the live events filed under one crossing key (`core.events.across_blocks.crossing_keys`): the
        candidates a changed event is scored against (two events that may be linked share a key)."""
        return f"{self.prefix}:across:index:{crossing_key}"

    @property
    def across_dirty(self) -> str:
        """Hash: event id -> a token, for events a settle changed whose links are not recomputed yet (written with
        the settle's events; cleared by the link step only while the token is unchanged; the sweep redoes the
        rest)."""
        return f"{self.prefix}:across:dirty"

    @property
    def across_lock(self) -> str:
        """Lock held while links are recomputed (short: candidates scored, links written in one script)."""
        return f"{self.prefix}:lock:across"

    @property
    def block_anchors(self) -> str:
        """Hash: article id -> its anchor as JSON (core.events.blocks.Anchor: what decides its block)."""
        return f"{self.prefix}:blocks:anchors"

    @property
    def block_anchors_by_start(self) -> str:
        """Sorted set: article id -> the first day of its anchor's window (ordinal), to find overlapping ones."""
        return f"{self.prefix}:blocks:anchors-by-start"

    @property
    def block_weak_anchors_by_start(self) -> str:
        """Sorted set: the weakly placed articles among them (the only ones a firmly placed arrival can move)."""
        return f"{self.prefix}:blocks:weak-by-start"

    def block_kind_anchors(self, kind: str) -> str:
        """Set: the dated anchors telling a kind of disaster (a hazard family): what may pull a report nothing
        dates (see `core.events.blocks.timeless_movable`)."""
        return f"{self.prefix}:blocks:kind:{kind}"

    def block_timeless_movable(self, kind: str) -> str:
        """Set: the anchors nothing dates that tell a kind of disaster and whose block another may decide
        (`core.events.blocks.timeless_movable`: those a dated arrival of that kind may pull)."""
        return f"{self.prefix}:blocks:timeless:{kind}"

    def block_person_anchors(self, person: int) -> str:
        """Set: the anchors whose text names a person (a victim, a storm, a site: a hash of the name, see
        `core.events.blocks.anchor_persons`): what may pull, or be pulled by, a report nothing dates."""
        return f"{self.prefix}:blocks:person:{person}"

    @property
    def block_timeless_pulls(self) -> str:
        """Hash: a timeless weakly placed anchor's id -> the pull it follows ("-score|home|id"), "" for none."""
        return f"{self.prefix}:blocks:timeless-pulls"

    @property
    def block_of_article(self) -> str:
        """Hash: article id -> the block it is grouped in."""
        return f"{self.prefix}:blocks:of"

    def block_articles(self, block: str) -> str:
        """Sorted set: the block's article ids -> publication score; score then id is the canonical order."""
        return f"{self.prefix}:block:{block}:articles"

    def block_changes(self, block: str) -> str:
        """List: membership changes ("add:<id>", "in:<id>", "out:<id>", "del:<id>") not yet applied to the
        block's events."""
        return f"{self.prefix}:block:{block}:changes"

    @property
    def blocks_pending(self) -> str:
        """Set: blocks with changes not yet applied (a sweep settles those a crash left behind)."""
        return f"{self.prefix}:blocks:pending"

    @property
    def blocks_lock(self) -> str:
        """Lock held while an article's block is decided (anchors read and written; short)."""
        return f"{self.prefix}:lock:blocks"

    def block_lock(self, block: str) -> str:
        """Lock held while one block's events are regrouped: workers group different blocks at once."""
        return f"{self.prefix}:lock:block:{block}"

    def api_key(self, key_hash: str) -> str:
        """Hash: an API key's record (id, name, scopes, created_at, revoked), found by the key's SHA-256."""
        return f"{self.prefix}:apikey:{key_hash}"

    def page_session(self, token_digest: str) -> str:
        """Hash: a browser session of the HTML pages (the API key's hash, created_at), found by the SHA-256 of the
        session cookie; expires by itself."""
        return f"{self.prefix}:page-session:{token_digest}"

    @property
    def api_key_ids(self) -> str:
        """Hash: API key id -> the key's SHA-256 (for listing and revoking by id)."""
        return f"{self.prefix}:apikeys"

    def idempotency(self, scope: str, key_digest: str) -> str:
        """String (JSON): the first response to an Idempotency-Key, per API key; expires after the TTL."""
        return f"{self.prefix}:idem:{scope}:{key_digest}"

    @property
    def rate_limit_prefix(self) -> str:
        """Prefix of flask-limiter's counters."""
        return f"{self.prefix}:ratelimit"

    @property
    def celery_queue(self) -> str:
        """The Celery queue name, namespaced like the keys."""
        return f"{self.prefix}.extract"

    @property
    def webhook_queue(self) -> str:
        """The Celery queue of webhook dispatch and delivery tasks (slow receivers never delay extraction)."""
        return f"{self.prefix}.webhooks"

    def webhook(self, webhook_id: str) -> str:
        """Hash: a webhook subscription (id, url, events JSON, secret, description, created_at)."""
        return f"{self.prefix}:webhook:{webhook_id}"

    @property
    def webhooks(self) -> str:
        """Sorted set: webhook id -> creation time (unix seconds)."""
        return f"{self.prefix}:webhooks"

    def webhook_deliveries(self, webhook_id: str) -> str:
        """Sorted set: the webhook's delivery ids -> creation time; the newest 1000 are kept."""
        return f"{self.prefix}:webhook:{webhook_id}:deliveries"

    def delivery(self, delivery_id: str) -> str:
        """Hash: one webhook delivery (body, status, attempts, last code and error, next attempt); 30-day TTL."""
        return f"{self.prefix}:delivery:{delivery_id}"

    def outbox_entry(self, entry_id: str) -> str:
        """String (JSON): one notification written with the state change it announces (store/outbox.py)."""
        return f"{self.prefix}:outbox:{entry_id}"

    @property
    def outbox_pending(self) -> str:
        """Sorted set: outbox entry id -> time written; an entry leaves it once dispatched to the webhooks."""
        return f"{self.prefix}:outbox:pending"

    @property
    def metrics_requests(self) -> str:
        """Hash: API request latency histogram, summed over all API processes (store/metrics.py)."""
        return f"{self.prefix}:metrics:requests"

    @property
    def metrics_processing(self) -> str:
        """Hash: article processing time histogram, summed over all worker processes."""
        return f"{self.prefix}:metrics:processing"

    @property
    def metrics_webhook_attempts(self) -> str:
        """Hash: webhook delivery attempt outcome -> count."""
        return f"{self.prefix}:metrics:webhook-attempts"
