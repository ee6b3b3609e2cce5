-- polemos watch: what each feed answered last, and every feed item seen, so that a restarted
-- watch fetches nothing twice and retries what failed.

CREATE TABLE feed_state (
    feed_url             VARCHAR PRIMARY KEY,
    -- validators for a conditional GET: an unchanged feed costs a 304, not a download
    etag                 VARCHAR,
    last_modified        VARCHAR,
    last_polled          TIMESTAMP,
    last_success         TIMESTAMP,
    last_error           VARCHAR,
    consecutive_failures INTEGER NOT NULL DEFAULT 0
);

-- One row per item, keyed by its link (else its guid) across all feeds: the same story in
-- two feeds is fetched once.
CREATE TABLE seen_items (
    item_key   VARCHAR PRIMARY KEY,
    feed_url   VARCHAR NOT NULL,   -- the feed it was first seen in
    url        VARCHAR,
    published  DATE,               -- the feed's date for it, kept for retries
    -- ingested | failed (tried again later) | rejected (no article there: never again)
    status     VARCHAR NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error VARCHAR,
    article_id BIGINT,
    first_seen TIMESTAMP NOT NULL DEFAULT current_timestamp,
    updated_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
