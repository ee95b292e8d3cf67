-- Indicator tallies kept between computations (ADR 8, "kept tallies"). The engine counts each indicator per team
-- and month from its reporting view; the counts are kept here with the database snapshot they were counted in, and
-- reused until one of the tables behind the view changes (or the day changes: some views and definitions read
-- today's date). Nothing here is a source of truth: any row may be deleted at any time and is recounted on demand.

-- One row per transaction, table written and council (NULL: a table without a council column, which stands for
-- every council). Written by statement triggers on every table behind a *_facts_* view (installed by
-- performance_watch_fact_tables(), run after every migration), so no write can be missed, whichever module makes it.
CREATE TABLE indicator_change (
    table_name    TEXT NOT NULL,
    authority_id  BIGINT,
    xid           xid8 NOT NULL,
    changed_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE NULLS NOT DISTINCT (table_name, authority_id, xid)
);
CREATE INDEX indicator_change_xid ON indicator_change (xid);

-- What is kept for one indicator of one council: the months counted (whole months), the snapshot the count saw, and
-- the day (Europe/London, from the database clock as the views use it) it was counted on.
CREATE TABLE indicator_tally_state (
    authority_id    BIGINT NOT NULL,
    indicator_code  TEXT NOT NULL,
    from_month      DATE NOT NULL,
    to_month        DATE NOT NULL,
    counted_on      DATE NOT NULL,
    snapshot        pg_snapshot NOT NULL,
    PRIMARY KEY (authority_id, indicator_code)
);

CREATE TABLE indicator_tally (
    authority_id    BIGINT NOT NULL,
    indicator_code  TEXT NOT NULL,
    team_id         BIGINT,
    month           DATE NOT NULL,
    numerator       BIGINT NOT NULL,
    denominator     BIGINT NOT NULL
);
CREATE INDEX indicator_tally_lookup ON indicator_tally (authority_id, indicator_code, month);

-- Records the change of one statement: one row per council among the rows written (transition table "rows").
CREATE FUNCTION indicator_change_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_ARGV[0] = 'authority_id' THEN
        EXECUTE format('INSERT INTO indicator_change (table_name, authority_id, xid)
                        SELECT DISTINCT %L, authority_id, pg_current_xact_id() FROM changed_rows
                        ON CONFLICT DO NOTHING', TG_TABLE_NAME);
    ELSE
        INSERT INTO indicator_change (table_name, authority_id, xid) VALUES (TG_TABLE_NAME, NULL, pg_current_xact_id())
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;

-- A truncate changes every council's rows.
CREATE FUNCTION indicator_change_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO indicator_change (table_name, authority_id, xid) VALUES (TG_TABLE_NAME, NULL, pg_current_xact_id())
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

-- The base tables behind a view, through any views it reads.
CREATE FUNCTION indicator_view_tables(view_name TEXT) RETURNS SETOF TEXT LANGUAGE sql STABLE AS $$
    WITH RECURSIVE deps(rel) AS (
        SELECT view_name::regclass::oid
        UNION
        SELECT d.refobjid FROM deps
          JOIN pg_rewrite r ON r.ev_class = deps.rel
          JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
                          AND d.refclassid = 'pg_class'::regclass AND d.refobjid <> deps.rel
    )
    SELECT DISTINCT c.relname::text FROM deps JOIN pg_class c ON c.oid = deps.rel
     WHERE c.relkind IN ('r', 'p') AND c.relnamespace = 'public'::regnamespace
$$;

-- Installs the change triggers on every base table behind a *_facts_* view that has none yet. Idempotent; run after
-- every migration (afterMigrate.sql) so that tables behind views added later are watched too.
CREATE FUNCTION performance_watch_fact_tables() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    t TEXT;
    col TEXT;
BEGIN
    FOR t IN SELECT DISTINCT indicator_view_tables(v.viewname) FROM pg_views v
              WHERE v.schemaname = 'public' AND v.viewname ~ '^[a-z]+_facts_[a-z_]+$' LOOP
        IF EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = t::regclass AND tgname = 'indicator_change_insert') THEN
            CONTINUE;
        END IF;
        col := CASE WHEN EXISTS (SELECT 1 FROM information_schema.columns
                                  WHERE table_schema = 'public' AND table_name = t AND column_name = 'authority_id')
                    THEN 'authority_id' ELSE 'none' END;
        EXECUTE format('CREATE TRIGGER indicator_change_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION indicator_change_rows(%L)', t, col);
        EXECUTE format('CREATE TRIGGER indicator_change_update AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION indicator_change_rows(%L)', t, col);
        EXECUTE format('CREATE TRIGGER indicator_change_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION indicator_change_rows(%L)', t, col);
        EXECUTE format('CREATE TRIGGER indicator_change_truncate AFTER TRUNCATE ON %I
                        FOR EACH STATEMENT EXECUTE FUNCTION indicator_change_truncate()', t);
    END LOOP;
END $$;
