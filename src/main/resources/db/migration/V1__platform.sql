-- Gofal platform: councils, user accounts, the append-only audit log, and web sessions.
-- Run by the owner role; ${app_role} is the role the application connects as. When Flyway and the
-- application share one role (a single-user external database), the grants are skipped and the audit
-- log is protected by its trigger only; see README "External PostgreSQL".

-- The application role gets ordinary data rights on everything the owner creates from here on; tables
-- that must be treated otherwise (the audit log) revoke them explicitly.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${app_role}') AND current_user <> '${app_role}' THEN
    EXECUTE 'GRANT USAGE ON SCHEMA public TO ${app_role}';
    EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app_role}';
    EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app_role}';
  END IF;
END $$;

-- A council (local authority). Every table of case data carries authority_id.
CREATE TABLE authority (
    id          BIGINT PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name_en     TEXT NOT NULL,
    name_cy     TEXT NOT NULL,
    regime      TEXT NOT NULL,
    version     INT NOT NULL DEFAULT 0
);

CREATE TABLE app_user (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    authority_id    BIGINT NOT NULL REFERENCES authority(id),
    username        TEXT NOT NULL,
    display_name    TEXT NOT NULL,
    password_hash   TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('PRACTITIONER','TEAM_MANAGER','SENIOR_MANAGER','QA_OFFICER',
                                                   'FINANCE_OFFICER','REVIEWER','COUNCILLOR','ADMIN')),
    locale          TEXT NOT NULL DEFAULT 'en' CHECK (locale IN ('en','cy')),
    enabled         BOOLEAN NOT NULL DEFAULT TRUE,
    demo            BOOLEAN NOT NULL DEFAULT FALSE,  -- a demo account: enabled only while demo mode is on
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX app_user_username_uq ON app_user (lower(username));

-- Failed sign-ins per username typed, whether or not an account has that name, so that lock-out looks the
-- same for every username and does not reveal which ones exist.
CREATE TABLE sign_in_throttle (
    username     TEXT PRIMARY KEY,
    failures     INT NOT NULL DEFAULT 0,
    locked_until TIMESTAMPTZ
);

-- The audit log: one row per read or write of personal data, written in the same transaction as the
-- action. Rows are hash-chained: each row's hash covers its fields and the previous row's hash, so a
-- changed or deleted row breaks the chain; audit_chain_head holds the last link so that deleting the
-- newest rows is detected too. The application role may only INSERT (and read through audit_log).
CREATE TABLE audit_event (
    seq          BIGINT PRIMARY KEY,
    occurred_at  TIMESTAMPTZ NOT NULL,
    authority_id BIGINT,
    username     TEXT NOT NULL,
    user_role    TEXT,
    action       TEXT NOT NULL,
    record_type  TEXT NOT NULL,
    record_id    TEXT,
    person_id    BIGINT,
    reason       TEXT,
    request_id   TEXT,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL
);
CREATE INDEX audit_event_person_idx ON audit_event (person_id, occurred_at) WHERE person_id IS NOT NULL;
CREATE INDEX audit_event_user_idx ON audit_event (lower(username), occurred_at);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);

CREATE TABLE audit_chain_head (
    id        INT PRIMARY KEY CHECK (id = 1),
    last_seq  BIGINT NOT NULL,
    last_hash TEXT NOT NULL
);
INSERT INTO audit_chain_head VALUES (1, 0, repeat('0', 64));

-- One field of the canonical text a hash covers: its UTF-8 length, a colon, the value, a semicolon;
-- NULL is '~;'. Length-prefixing makes the encoding unambiguous whatever the values hold.
CREATE FUNCTION audit_field(v TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN v IS NULL THEN '~;' ELSE octet_length(convert_to(v, 'UTF8'))::text || ':' || v || ';' END
$$;

CREATE FUNCTION audit_canonical(e audit_event) RETURNS TEXT LANGUAGE sql IMMUTABLE SET search_path = public, pg_temp AS $$
  SELECT public.audit_field(e.seq::text)
      || public.audit_field(to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
      || public.audit_field(e.authority_id::text) || public.audit_field(e.username) || public.audit_field(e.user_role)
      || public.audit_field(e.action) || public.audit_field(e.record_type) || public.audit_field(e.record_id)
      || public.audit_field(e.person_id::text) || public.audit_field(e.reason) || public.audit_field(e.request_id)
      || public.audit_field(e.prev_hash)
$$;

-- Assigns the sequence number, time and hashes. SECURITY DEFINER: it runs with the owner's rights, so the
-- application needs none on audit_chain_head. Locking the head row serialises writers until commit, so
-- the chain order is the commit order.
-- search_path puts pg_temp last and every name is schema-qualified, so a temporary table or function of the
-- caller's cannot stand in for the real ones.
CREATE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  head public.audit_chain_head%ROWTYPE;
BEGIN
  SELECT * INTO head FROM public.audit_chain_head WHERE id = 1 FOR UPDATE;
  NEW.seq := head.last_seq + 1;
  NEW.occurred_at := clock_timestamp();
  NEW.prev_hash := head.last_hash;
  NEW.hash := encode(pg_catalog.sha256(convert_to(public.audit_canonical(NEW), 'UTF8')), 'hex');
  UPDATE public.audit_chain_head SET last_seq = NEW.seq, last_hash = NEW.hash WHERE id = 1;
  RETURN NEW;
END $$;

CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_chain();

-- Changing or deleting an audit row is refused for everyone but a superuser working around the trigger;
-- the chain still exposes that.
CREATE FUNCTION audit_event_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event rows cannot be changed or deleted';
END $$;
CREATE TRIGGER audit_event_immutable BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_immutable();

CREATE VIEW audit_log AS
  SELECT seq, occurred_at, authority_id, username, user_role, action, record_type, record_id, person_id,
         reason, request_id, prev_hash, hash
  FROM audit_event;
CREATE VIEW audit_log_head AS SELECT last_seq, last_hash FROM audit_chain_head;

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${app_role}') AND current_user <> '${app_role}' THEN
    EXECUTE 'REVOKE ALL ON audit_event FROM ${app_role}';
    EXECUTE 'GRANT INSERT ON audit_event TO ${app_role}';
    EXECUTE 'REVOKE ALL ON audit_chain_head FROM ${app_role}';
    EXECUTE 'REVOKE ALL ON audit_log, audit_log_head FROM ${app_role}';
    EXECUTE 'GRANT SELECT ON audit_log, audit_log_head TO ${app_role}';
  END IF;
END $$;

-- Web sessions (Spring Session JDBC), so that any app node can serve any request.
CREATE TABLE spring_session (
    primary_id            CHAR(36) NOT NULL,
    session_id            CHAR(36) NOT NULL,
    creation_time         BIGINT NOT NULL,
    last_access_time      BIGINT NOT NULL,
    max_inactive_interval INT NOT NULL,
    expiry_time           BIGINT NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36) NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES spring_session(primary_id) ON DELETE CASCADE
);
