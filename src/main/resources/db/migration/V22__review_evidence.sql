-- The joint review's evidence (issue 7 points 3, 4 and 9; package cymru.gofal.review.evidence): evidence items of a
-- review tagged to areas of its framework, case samples for reviewers, need-to-know grants that follow from them,
-- and the reference lists a case file reading uses (grades and questions, as data).
--
-- Evidence may change only while its review is not published (status PLANNING, FIELDWORK, JUDGEMENT): the module
-- refuses first with a clear message, and V21's review_content_guard trigger is the backstop here too.

-- ---------------------------------------------------------------------------------------------------------------
-- Reference lists of a case file reading
-- ---------------------------------------------------------------------------------------------------------------
-- The grade of a case file read, best first. score feeds the suggested rating (see SuggestionRule):
-- good 1, adequate 0.67, requires improvement 0.33, inadequate 0.
CREATE TABLE review_case_grade (
    code     TEXT PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z_]{1,39}$'),
    ordinal  INT NOT NULL UNIQUE,
    score    NUMERIC(3,2) NOT NULL CHECK (score BETWEEN 0 AND 1),
    name_en  TEXT NOT NULL,
    name_cy  TEXT NOT NULL
);
INSERT INTO review_case_grade (code, ordinal, score, name_en, name_cy) VALUES
-- Welsh: Da and Rhaid gwella as CIW's rating words (glossary-cy.md section D); Digonol and Annigonol [M]
('GOOD', 1, 1.00, 'Good', 'Da'),
('ADEQUATE', 2, 0.67, 'Adequate', 'Digonol'),
('REQUIRES_IMPROVEMENT', 3, 0.33, 'Requires improvement', 'Rhaid gwella'),
('INADEQUATE', 4, 0.00, 'Inadequate', 'Annigonol');

-- The structured questions of a case file reading (the seed report's needs 1 and 2), answered YES, NO or
-- NOT_APPLICABLE.
CREATE TABLE review_case_question (
    code     TEXT PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z_]{1,39}$'),
    ordinal  INT NOT NULL UNIQUE,
    text_en  TEXT NOT NULL,
    text_cy  TEXT NOT NULL
);
INSERT INTO review_case_question (code, ordinal, text_en, text_cy) VALUES
-- [M] all Welsh texts
('ASSESSMENT_TIMELY', 1, 'An assessment is on file and was done on time', 'Mae asesiad ar y ffeil ac fe''i gwnaed mewn pryd'),
('PLAN_SERVICES', 2, 'The care plan states the services', 'Mae''r cynllun gofal yn nodi''r gwasanaethau'),
('PLAN_OUTCOMES', 3, 'The care plan states the intended outcomes', 'Mae''r cynllun gofal yn nodi''r canlyniadau a fwriedir'),
('PLAN_RISKS', 4, 'The care plan states how risks are managed', 'Mae''r cynllun gofal yn nodi sut y rheolir risgiau'),
('PLAN_COSTS', 5, 'The care plan states the cost of major service elements', 'Mae''r cynllun gofal yn nodi cost prif elfennau''r gwasanaeth'),
('REVIEWS_ON_TIME', 6, 'Reviews were held regularly and on time', 'Cynhaliwyd adolygiadau yn rheolaidd ac mewn pryd'),
('RISK_MANAGED', 7, 'Risk is managed systematically in the case', 'Caiff risg ei rheoli''n systematig yn yr achos'),
('VOICE_RECORDED', 8, 'The person''s own views are recorded', 'Cofnodir barn yr unigolyn ei hun'),
('WORKER_FITS', 9, 'The case is held by a worker with the right experience and skills', 'Mae''r achos gyda gweithiwr sydd â''r profiad a''r sgiliau cywir');

-- ---------------------------------------------------------------------------------------------------------------
-- Case samples and the need-to-know grants they give
-- ---------------------------------------------------------------------------------------------------------------
-- A case sampled for a reviewer (user) in a review: at random from the council's cases (how = RANDOM) or chosen by
-- id (CHOSEN). person_id is the case's person when sampled (from casework_facts_cases).
CREATE TABLE review_case_sample (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    review_id         BIGINT NOT NULL REFERENCES review(id),
    authority_id      BIGINT NOT NULL REFERENCES authority(id),
    case_id           BIGINT NOT NULL REFERENCES care_case(id),
    person_id         BIGINT NOT NULL REFERENCES person(id),
    reviewer_user_id  BIGINT NOT NULL REFERENCES app_user(id),
    reviewer_username TEXT NOT NULL,
    how               TEXT NOT NULL CHECK (how IN ('RANDOM','CHOSEN')),
    sampled_by        TEXT NOT NULL,
    sampled_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (review_id, case_id)
);
CREATE INDEX review_case_sample_reviewer_idx ON review_case_sample (review_id, lower(reviewer_username));
CREATE TRIGGER review_case_sample_guard BEFORE INSERT OR UPDATE OR DELETE ON review_case_sample
    FOR EACH ROW EXECUTE FUNCTION review_content_guard();

-- Need-to-know for the REVIEWER role (read by the people module's Viewer rule; written by the review module, so that
-- people does not depend on review): a REVIEWER sees a person only while a grant names them. A grant is written
-- when a case of the person is sampled for the reviewer; it lasts while its review is unpublished and for 30 days
-- after publication (expires_at NULL until then; set by the trigger below when the review is published). Grants
-- never open a restricted record: the restriction rule applies as well.
CREATE TABLE person_review_grant (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    authority_id BIGINT NOT NULL REFERENCES authority(id),
    person_id    BIGINT NOT NULL REFERENCES person(id),
    username     TEXT NOT NULL,
    review_id    BIGINT NOT NULL REFERENCES review(id),
    sample_id    BIGINT NOT NULL REFERENCES review_case_sample(id),
    reason       TEXT NOT NULL,
    granted_by   TEXT NOT NULL,
    granted_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at   TIMESTAMPTZ,
    UNIQUE (sample_id)
);
CREATE INDEX person_review_grant_person_idx ON person_review_grant (person_id, lower(username));

CREATE FUNCTION person_review_grant_expiry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE person_review_grant SET expires_at = NEW.published_at + interval '30 days'
     WHERE review_id = NEW.id AND (expires_at IS NULL OR expires_at > NEW.published_at + interval '30 days');
    RETURN NEW;
END $$;
CREATE TRIGGER review_published_grant_expiry AFTER UPDATE OF published_at ON review
    FOR EACH ROW WHEN (NEW.published_at IS NOT NULL AND OLD.published_at IS DISTINCT FROM NEW.published_at)
    EXECUTE FUNCTION person_review_grant_expiry();

-- ---------------------------------------------------------------------------------------------------------------
-- Evidence
-- ---------------------------------------------------------------------------------------------------------------
-- One row per item; the columns of its kind are filled (checked below), the others NULL.
--   INDICATOR:   an indicator's figure frozen at frozen_at over period_from..period_to, as performance's
--                IndicatorFigures gave it (value, numerator, denominator, target, status, benchmark).
--   CASE_FILE:   a reading of a sampled case (sample_id, case_id, person_id) by read_by on held_on with a grade,
--                answers (review_case_answer) and notes.
--   INTERVIEW / FOCUS_GROUP: who, role_organisation, held_on, notes.
--   SURVEY:      title, respondents, question, result_percent.
--   DOCUMENT:    title, file_name (as uploaded), stored_name (random, under gofal.data-dir), content_type,
--                size_bytes, sha256 (hex).
CREATE TABLE review_evidence (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    review_id         BIGINT NOT NULL REFERENCES review(id),
    authority_id      BIGINT NOT NULL REFERENCES authority(id),
    kind              TEXT NOT NULL CHECK (kind IN ('INDICATOR','CASE_FILE','INTERVIEW','FOCUS_GROUP','SURVEY','DOCUMENT')),
    title             TEXT,
    held_on           DATE,
    notes             TEXT,
    -- INDICATOR
    indicator_code    TEXT REFERENCES indicator(code),
    period_from       DATE,
    period_to         DATE,
    numerator         BIGINT,
    denominator       BIGINT,
    value             NUMERIC(14,1),
    target            NUMERIC(12,1),
    status            TEXT CHECK (status IN ('ON_TARGET','OFF_TARGET','NO_TARGET','NO_DATA')),
    comparison_group  TEXT,
    benchmark_year    INT,
    benchmark_median  NUMERIC(14,1),
    benchmark_rank    INT,
    benchmark_of      INT,
    benchmark_quartile INT,
    frozen_at         TIMESTAMPTZ,
    -- CASE_FILE
    sample_id         BIGINT REFERENCES review_case_sample(id),
    case_id           BIGINT REFERENCES care_case(id),
    person_id         BIGINT REFERENCES person(id),
    read_by           TEXT,
    grade             TEXT REFERENCES review_case_grade(code),
    -- INTERVIEW / FOCUS_GROUP
    who               TEXT,
    role_organisation TEXT,
    -- SURVEY
    respondents       INT CHECK (respondents >= 0),
    question          TEXT,
    result_percent    NUMERIC(4,1) CHECK (result_percent BETWEEN 0 AND 100),
    -- DOCUMENT
    file_name         TEXT,
    stored_name       TEXT UNIQUE,
    content_type      TEXT,
    size_bytes        BIGINT CHECK (size_bytes > 0),
    sha256            TEXT CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    created_by        TEXT NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (kind <> 'INDICATOR' OR (indicator_code IS NOT NULL AND period_from IS NOT NULL AND period_to >= period_from
                                   AND status IS NOT NULL AND frozen_at IS NOT NULL)),
    CHECK (kind <> 'CASE_FILE' OR (sample_id IS NOT NULL AND case_id IS NOT NULL AND person_id IS NOT NULL
                                   AND read_by IS NOT NULL AND held_on IS NOT NULL AND grade IS NOT NULL)),
    CHECK (kind NOT IN ('INTERVIEW','FOCUS_GROUP') OR (who IS NOT NULL AND held_on IS NOT NULL AND notes IS NOT NULL)),
    CHECK (kind <> 'SURVEY' OR (title IS NOT NULL AND respondents IS NOT NULL AND question IS NOT NULL AND result_percent IS NOT NULL)),
    CHECK (kind <> 'DOCUMENT' OR (title IS NOT NULL AND file_name IS NOT NULL AND stored_name IS NOT NULL
                                  AND content_type IS NOT NULL AND size_bytes IS NOT NULL AND sha256 IS NOT NULL))
);
CREATE INDEX review_evidence_review_idx ON review_evidence (review_id, kind, created_at);
CREATE TRIGGER review_evidence_guard BEFORE INSERT OR UPDATE OR DELETE ON review_evidence
    FOR EACH ROW EXECUTE FUNCTION review_content_guard();

-- The areas an item evidences (one or more; areas of the review's framework, checked by the module).
CREATE TABLE review_evidence_area (
    review_id   BIGINT NOT NULL REFERENCES review(id),
    evidence_id BIGINT NOT NULL REFERENCES review_evidence(id),
    area_id     BIGINT NOT NULL REFERENCES review_area(id),
    PRIMARY KEY (evidence_id, area_id)
);
CREATE INDEX review_evidence_area_area_idx ON review_evidence_area (review_id, area_id);
CREATE TRIGGER review_evidence_area_guard BEFORE INSERT OR UPDATE OR DELETE ON review_evidence_area
    FOR EACH ROW EXECUTE FUNCTION review_content_guard();

CREATE TABLE review_case_answer (
    review_id     BIGINT NOT NULL REFERENCES review(id),
    evidence_id   BIGINT NOT NULL REFERENCES review_evidence(id),
    question_code TEXT NOT NULL REFERENCES review_case_question(code),
    answer        TEXT NOT NULL CHECK (answer IN ('YES','NO','NOT_APPLICABLE')),
    PRIMARY KEY (evidence_id, question_code)
);
CREATE TRIGGER review_case_answer_guard BEFORE INSERT OR UPDATE OR DELETE ON review_case_answer
    FOR EACH ROW EXECUTE FUNCTION review_content_guard();
