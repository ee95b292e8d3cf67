-- Runs after every migration (a Flyway callback). Watches the tables behind any new reporting view for changes, and
-- forgets every kept indicator tally: a migration may have changed a view or an indicator's definition.
SELECT performance_watch_fact_tables();
TRUNCATE indicator_tally, indicator_tally_state, indicator_change;
