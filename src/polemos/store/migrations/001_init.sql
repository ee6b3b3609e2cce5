-- polemos schema, version 1.
-- No FOREIGN KEY constraints: DuckDB cannot add or drop constraints with ALTER TABLE,
-- and the merge step will need to move sources between events and delete emptied events;
-- the Store keeps event_sources consistent inside its transactions instead.

CREATE SEQUENCE articles_id_seq START 1;
CREATE SEQUENCE events_id_seq START 1;
CREATE SEQUENCE event_sources_id_seq START 1;
CREATE SEQUENCE failures_id_seq START 1;

CREATE TABLE articles (
    id          BIGINT PRIMARY KEY DEFAULT nextval('articles_id_seq'),
    hash        VARCHAR NOT NULL UNIQUE,
    title       VARCHAR,
    url         VARCHAR,
    published   DATE,
    site        VARCHAR,
    source      VARCHAR,
    text        VARCHAR,
    ingested_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);

CREATE TABLE events (
    id                 BIGINT PRIMARY KEY DEFAULT nextval('events_id_seq'),
    event_type         VARCHAR NOT NULL,
    sub_event_type     VARCHAR,
    actor1             VARCHAR,
    actor2             VARCHAR,
    assoc_actor_1      VARCHAR,
    inter1             VARCHAR,
    inter2             VARCHAR,
    -- ISO text as extracted: YYYY-MM-DD, YYYY-MM or YYYY
    date               VARCHAR,
    date_precision     VARCHAR,
    -- the period `date` names, for range queries: 2017-06 -> 2017-06-01 .. 2017-06-30
    date_start         DATE,
    date_end           DATE,
    location_name      VARCHAR,
    country            VARCHAR,  -- ISO 3166-1 alpha-2
    admin1             VARCHAR,
    admin2             VARCHAR,
    latitude           DOUBLE,
    longitude          DOUBLE,
    geonameid          BIGINT,
    location_precision VARCHAR,  -- place | admin2 | admin1 | country | unresolved
    fatalities_low     INTEGER,
    fatalities_best    INTEGER,
    fatalities_high    INTEGER,
    fatalities_text    VARCHAR,
    counts             JSON,
    modality           VARCHAR,
    attribution_source VARCHAR,
    attribution_verb   VARCHAR,
    confidence         DOUBLE,
    provenance         JSON,
    created_at         TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- One row per report of an event: merging events moves rows here, it never copies them.
CREATE TABLE event_sources (
    id                 BIGINT PRIMARY KEY DEFAULT nextval('event_sources_id_seq'),
    event_id           BIGINT NOT NULL,
    article_id         BIGINT NOT NULL,
    sentence           VARCHAR,
    -- character offsets of the evidence in articles.text ("end" is an SQL keyword)
    start_offset       INTEGER,
    end_offset         INTEGER,
    attribution_source VARCHAR,
    attribution_verb   VARCHAR,
    modality           VARCHAR,
    fatalities_low     INTEGER,
    fatalities_best    INTEGER,
    fatalities_high    INTEGER
);

CREATE INDEX event_sources_event_idx ON event_sources (event_id);
CREATE INDEX event_sources_article_idx ON event_sources (article_id);

CREATE TABLE places (
    geonameid  BIGINT PRIMARY KEY,
    name       VARCHAR,
    country    VARCHAR,
    admin1     VARCHAR,
    admin2     VARCHAR,
    latitude   DOUBLE,
    longitude  DOUBLE,
    precision  VARCHAR,
    population BIGINT
);

CREATE TABLE failures (
    id         BIGINT PRIMARY KEY DEFAULT nextval('failures_id_seq'),
    source     VARCHAR NOT NULL,
    reason     VARCHAR NOT NULL,
    detail     VARCHAR NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
