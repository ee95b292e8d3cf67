-- Finding people searches one council's people: a trigram index that also holds the council (btree_gin lets a
-- GIN index carry the plain authority_id column) gives each search only that council's candidates, instead of
-- every council's people with a similar name filtered afterwards. Measured by PersonSearchBenchmark at scale L.
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX person_council_search_key_trgm ON person USING gin (authority_id, search_key gin_trgm_ops);
DROP INDEX person_search_key_trgm;
