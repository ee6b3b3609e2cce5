-- Keys an event dict carries that have no column of their own (the trigger word of the
-- evidence, the qualifier of a toll, fields Event gains later), so that the store gives back
-- the dict it was given. As JSON: {"event": {...}, "location": {...}, "fatalities": {...}}.
ALTER TABLE events ADD COLUMN extra JSON;
-- per report: evidence keys beyond sentence, start and end
ALTER TABLE event_sources ADD COLUMN extra JSON;
