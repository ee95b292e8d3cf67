-- The simulator (cymru.gofal.simulator): one row per council it has filled with synthetic people and staff.
-- A council is simulated at most once (the unique key), in one transaction with the rows it writes, so a crash
-- leaves either a complete council and its row or neither; loading again finds the row and does nothing.
CREATE TABLE simulation_run (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    authority_id  BIGINT NOT NULL UNIQUE REFERENCES authority(id),
    scale         TEXT NOT NULL CHECK (scale IN ('S','L','CUSTOM')),
    seed          BIGINT NOT NULL,
    as_of         DATE NOT NULL,
    people        INT NOT NULL CHECK (people >= 0),
    staff         INT NOT NULL CHECK (staff >= 0),
    started_at    TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ NOT NULL,
    created_by    TEXT NOT NULL
);
