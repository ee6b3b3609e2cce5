-- Merging reports of one event (polemos.merge) and reading territorial control from them.
--
-- Each report keeps its own event, as extracted from its article, so that the stored event
-- can always be recomputed from its reports and a wrong merge split back out
-- (`polemos unmerge`); and the score it was merged with, for `polemos explain`.
ALTER TABLE event_sources ADD COLUMN event JSON;
ALTER TABLE event_sources ADD COLUMN merge_score DOUBLE;
ALTER TABLE event_sources ADD COLUMN merge_detail VARCHAR;

-- Block keys (polemos.merge.blocking): an event is filed under a few keys naming its
-- precision, an area and a period; a new report looks up only the keys a match must have,
-- one indexed equality each, so matching does not slow down as the store grows.
CREATE TABLE event_blocks (
    block    VARCHAR NOT NULL,
    event_id BIGINT NOT NULL
);
CREATE INDEX event_blocks_block_idx ON event_blocks (block);
CREATE INDEX event_blocks_event_idx ON event_blocks (event_id);
