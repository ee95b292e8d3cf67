-- The council's action plan in answer to a published review (issue 7 point 7; package cymru.gofal.review.actionplan).
--
-- Each action of a review's priorities (review_action) becomes one or more plan lines: what will be done, an owner
-- (a Gofal user of the council, or a post named only), a due date, a measure of success, optionally an indicator of
-- performance's catalogue with a target value, and a status. Lines are not review content: they may be written only
-- while the review is PUBLISHED or FOLLOW_UP (checked by the module; V21's guard does not cover these tables).
--
-- Status: NOT_STARTED -> IN_PROGRESS | COMPLETE | DROPPED; IN_PROGRESS -> COMPLETE | DROPPED; COMPLETE -> IN_PROGRESS
-- (reopened); DROPPED is final and carries its reason. "Overdue" is not stored: due_on has passed and the line is
-- NOT_STARTED or IN_PROGRESS. version is the optimistic lock of the line (bumped by every change to it).
--
-- Progress updates are dated, never edited or deleted (a correction is a new update): the trigger below refuses
-- UPDATE and DELETE whatever writes them. An update may move the line's status (status_to, null = no change).
CREATE TABLE review_plan_line (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    authority_id   BIGINT NOT NULL REFERENCES authority(id),
    review_id      BIGINT NOT NULL REFERENCES review(id),
    action_id      BIGINT NOT NULL REFERENCES review_action(id),
    description    TEXT NOT NULL,
    -- owner_user_id set: owner_username is their sign-in name and owner_name their display name when made owner
    -- (kept when the account goes); owner_user_id null: owner_name is a post (e.g. "Head of Children's Services").
    owner_user_id  BIGINT REFERENCES app_user(id),
    owner_username TEXT,
    owner_name     TEXT NOT NULL,
    due_on         DATE NOT NULL,
    measure        TEXT NOT NULL,
    indicator_code TEXT REFERENCES indicator(code),
    target_value   NUMERIC(12,1),
    status         TEXT NOT NULL DEFAULT 'NOT_STARTED'
                   CHECK (status IN ('NOT_STARTED','IN_PROGRESS','COMPLETE','DROPPED')),
    dropped_reason TEXT,
    completed_on   DATE,
    version        INT NOT NULL DEFAULT 0,
    created_by     TEXT NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by     TEXT,
    updated_at     TIMESTAMPTZ,
    CHECK ((status = 'DROPPED') = (dropped_reason IS NOT NULL)),
    CHECK ((status = 'COMPLETE') = (completed_on IS NOT NULL)),
    CHECK (target_value IS NULL OR indicator_code IS NOT NULL),
    CHECK ((owner_user_id IS NULL) = (owner_username IS NULL))
);
CREATE INDEX review_plan_line_review_idx ON review_plan_line (review_id, action_id, id);
CREATE INDEX review_plan_line_owner_idx ON review_plan_line (owner_user_id) WHERE owner_user_id IS NOT NULL;

-- evidence: a link (evidence_url, http or https) and/or the title of a document (evidence_document); both optional.
CREATE TABLE review_plan_progress (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    line_id           BIGINT NOT NULL REFERENCES review_plan_line(id),
    progress_on       DATE NOT NULL,
    text              TEXT NOT NULL,
    evidence_url      TEXT,
    evidence_document TEXT,
    status_to         TEXT CHECK (status_to IN ('IN_PROGRESS','COMPLETE')),
    recorded_by       TEXT NOT NULL,
    recorded_name     TEXT NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX review_plan_progress_line_idx ON review_plan_progress (line_id, progress_on, id);

CREATE FUNCTION review_plan_progress_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'progress update % is never changed: record a new update instead', OLD.id USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER review_plan_progress_immutable BEFORE UPDATE OR DELETE ON review_plan_progress
    FOR EACH ROW EXECUTE FUNCTION review_plan_progress_immutable();
