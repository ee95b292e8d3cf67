-- Cases (issue 5 points 1 and 2; module cymru.gofal.casework): an episode of the council's involvement with a
-- person, opened from an accepted referral or a completed assessment, allocated to a worker who fits its needs,
-- transferred between teams with a handover, closed with a reason and a summary. Case notes are typed and never
-- edited in place: a correction is a new note that supersedes the old one, which is kept and shown. Notes
-- flagged significant make the chronology. Welsh names not in glossary-cy.md are [M].

-- How complex a case is, and the caseload weight (points) it adds to its worker's load; staff.caseload_capacity
-- is counted in the same points. requires_qualified / min_years_qualified: who may hold a case this complex.
CREATE TABLE case_complexity (
    code                 TEXT PRIMARY KEY,
    name_en              TEXT NOT NULL,
    name_cy              TEXT NOT NULL,
    weight               INT NOT NULL CHECK (weight > 0),
    requires_qualified   BOOLEAN NOT NULL,
    min_years_qualified  INT NOT NULL CHECK (min_years_qualified >= 0),
    ordinal              INT NOT NULL UNIQUE
);
INSERT INTO case_complexity (code, name_en, name_cy, weight, requires_qualified, min_years_qualified, ordinal) VALUES
('LOW', 'Low', 'Isel', 1, FALSE, 0, 1),
('MEDIUM', 'Medium', 'Canolig', 2, FALSE, 0, 2),
('HIGH', 'High', 'Uchel', 3, TRUE, 2, 3),
('VERY_HIGH', 'Very high', 'Uchel iawn', 4, TRUE, 3, 4);

-- What a case calls for, and what that asks of its worker: a skill (workforce skill list), registration as a
-- qualified social worker, years since qualifying, and Welsh (at least conversational) for a Welsh speaker.
-- Fit rules are this data, not code: a council changes them by changing rows.
CREATE TABLE case_need_type (
    code                 TEXT PRIMARY KEY,
    name_en              TEXT NOT NULL,
    name_cy              TEXT NOT NULL,
    service_area         TEXT NOT NULL CHECK (service_area IN ('ADULTS','CHILDREN','ALL')),
    skill_code           TEXT REFERENCES skill(code),
    requires_qualified   BOOLEAN NOT NULL,
    min_years_qualified  INT NOT NULL CHECK (min_years_qualified >= 0),
    requires_welsh       BOOLEAN NOT NULL,
    ordinal              INT NOT NULL UNIQUE
);
INSERT INTO case_need_type (code, name_en, name_cy, service_area, skill_code, requires_qualified, min_years_qualified, requires_welsh, ordinal) VALUES
('CHILD_PROTECTION', 'Child protection', 'Amddiffyn plant', 'CHILDREN', 'CHILD_PROTECTION', TRUE, 2, FALSE, 1),
('COURT_PROCEEDINGS', 'Court proceedings', 'Achos llys', 'ALL', 'COURT_WORK', TRUE, 2, FALSE, 2),
('LOOKED_AFTER', 'Looked after child', 'Plentyn sy''n derbyn gofal', 'CHILDREN', 'PERMANENCE', TRUE, 0, FALSE, 3),
('CHILD_EXPLOITATION', 'Child exploitation', 'Camfanteisio ar blant', 'CHILDREN', 'CHILD_EXPLOITATION', TRUE, 1, FALSE, 4),
('DOMESTIC_ABUSE', 'Domestic abuse', 'Cam-drin domestig', 'ALL', 'DOMESTIC_ABUSE', FALSE, 0, FALSE, 5),
('MENTAL_HEALTH', 'Mental health', 'Iechyd meddwl', 'ALL', 'MENTAL_HEALTH', FALSE, 0, FALSE, 6),
('LEARNING_DISABILITY', 'Learning disability', 'Anabledd dysgu', 'ALL', 'LEARNING_DISABILITY', FALSE, 0, FALSE, 7),
('PHYSICAL_DISABILITY', 'Physical disability', 'Anabledd corfforol', 'ALL', 'PHYSICAL_DISABILITY', FALSE, 0, FALSE, 8),
('SENSORY_IMPAIRMENT', 'Sensory impairment', 'Nam ar y synhwyrau', 'ALL', 'SENSORY_IMPAIRMENT', FALSE, 0, FALSE, 9),
('DEMENTIA', 'Dementia', 'Dementia', 'ADULTS', 'DEMENTIA', FALSE, 0, FALSE, 10),
('SUBSTANCE_MISUSE', 'Substance misuse', 'Camddefnyddio sylweddau', 'ALL', 'SUBSTANCE_MISUSE', FALSE, 0, FALSE, 11),
('ADULT_SAFEGUARDING', 'Adult at risk', 'Oedolyn sy''n wynebu risg', 'ADULTS', 'ADULT_SAFEGUARDING', TRUE, 1, FALSE, 12),
('DEPRIVATION_OF_LIBERTY', 'Deprivation of liberty', 'Colli rhyddid', 'ADULTS', 'DEPRIVATION_OF_LIBERTY', TRUE, 0, FALSE, 13),
('TRANSITION', 'Transition to adult services', 'Pontio i wasanaethau oedolion', 'ALL', 'TRANSITION', FALSE, 0, FALSE, 14),
('AUTISM', 'Autism', 'Awtistiaeth', 'ALL', 'AUTISM', FALSE, 0, FALSE, 15),
('CARER_SUPPORT', 'Support for a carer', 'Cymorth i ofalwr', 'ALL', 'CARERS', FALSE, 0, FALSE, 16),
('WELSH_LANGUAGE', 'Welsh language (the person''s preferred language)', 'Y Gymraeg (dewis iaith yr unigolyn)', 'ALL', NULL, FALSE, 0, TRUE, 17);

-- Why a case closed.
CREATE TABLE case_closure_reason (
    code    TEXT PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_cy TEXT NOT NULL,
    ordinal INT NOT NULL UNIQUE
);
INSERT INTO case_closure_reason (code, name_en, name_cy, ordinal) VALUES
('OUTCOMES_MET', 'Personal outcomes met', 'Canlyniadau personol wedi''u cyflawni', 1),
('NEEDS_MET_OTHERWISE', 'Needs now met otherwise', 'Anghenion bellach wedi''u diwallu fel arall', 2),
('NO_ELIGIBLE_NEEDS', 'No eligible needs', 'Dim anghenion cymwys', 3),
('DECLINED_SERVICES', 'Person declined services', 'Yr unigolyn wedi gwrthod gwasanaethau', 4),
('MOVED_AWAY', 'Moved out of the area', 'Symud o''r ardal', 5),
('DIED', 'Died', 'Wedi marw', 6),
('TRANSFERRED_ELSEWHERE', 'Transferred to another agency or council', 'Trosglwyddo i asiantaeth neu gyngor arall', 7),
('REACHED_ADULTHOOD', 'Moved to adult services', 'Symud i wasanaethau oedolion', 8),
('OTHER', 'Other', 'Arall', 9);

-- Kinds of case note.
CREATE TABLE case_note_type (
    code    TEXT PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_cy TEXT NOT NULL,
    ordinal INT NOT NULL UNIQUE
);
INSERT INTO case_note_type (code, name_en, name_cy, ordinal) VALUES
('HOME_VISIT', 'Home visit', 'Ymweliad cartref', 1),
('OFFICE_VISIT', 'Office visit', 'Ymweliad swyddfa', 2),
('PHONE_CALL', 'Phone call', 'Galwad ffôn', 3),
('EMAIL_LETTER', 'Email or letter', 'E-bost neu lythyr', 4),
('MEETING', 'Meeting', 'Cyfarfod', 5),
('MULTI_AGENCY', 'Multi-agency discussion', 'Trafodaeth amlasiantaethol', 6),
('SUPERVISION_DECISION', 'Supervision decision', 'Penderfyniad goruchwylio', 7),
('MANAGEMENT_DECISION', 'Management decision', 'Penderfyniad rheoli', 8),
('OTHER', 'Other', 'Arall', 9);

-- A case. service_area ADULTS or CHILDREN; one open case per person per service area. staff_id NULL while
-- unallocated. opened_from: the accepted referral or completed assessment it came from.
CREATE TABLE care_case (
    id               BIGSERIAL PRIMARY KEY,
    authority_id     BIGINT NOT NULL REFERENCES authority(id),
    person_id        BIGINT NOT NULL REFERENCES person(id),
    service_area     TEXT NOT NULL CHECK (service_area IN ('ADULTS','CHILDREN')),
    team_id          BIGINT NOT NULL,
    staff_id         BIGINT REFERENCES staff(id),
    complexity       TEXT NOT NULL REFERENCES case_complexity(code),
    opened_on        DATE NOT NULL,
    opened_from      TEXT NOT NULL CHECK (opened_from IN ('REFERRAL','ASSESSMENT')),
    referral_id      BIGINT REFERENCES referral(id),
    assessment_id    BIGINT REFERENCES assessment(id),
    closed_on        DATE,
    closure_reason   TEXT REFERENCES case_closure_reason(code),
    closure_summary  TEXT CHECK (length(closure_summary) BETWEEN 1 AND 8000),
    closed_by        TEXT,
    version          INT NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by       TEXT NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by       TEXT NOT NULL,
    FOREIGN KEY (team_id, authority_id) REFERENCES team(id, authority_id),
    CHECK (opened_from <> 'REFERRAL' OR referral_id IS NOT NULL),
    CHECK (opened_from <> 'ASSESSMENT' OR assessment_id IS NOT NULL),
    CHECK ((closed_on IS NULL) = (closure_reason IS NULL)),
    CHECK ((closed_on IS NULL) = (closure_summary IS NULL)),
    CHECK (closed_on IS NULL OR closed_on >= opened_on)
);
CREATE UNIQUE INDEX care_case_one_open ON care_case (person_id, service_area) WHERE closed_on IS NULL;
CREATE INDEX care_case_person ON care_case (person_id, opened_on);
CREATE INDEX care_case_open_staff ON care_case (authority_id, staff_id) WHERE closed_on IS NULL;
CREATE INDEX care_case_open_team ON care_case (authority_id, team_id) WHERE closed_on IS NULL;

-- What the case calls for (drives the fit of its worker).
CREATE TABLE care_case_need (
    case_id    BIGINT NOT NULL REFERENCES care_case(id),
    need_code  TEXT NOT NULL REFERENCES case_need_type(code),
    PRIMARY KEY (case_id, need_code)
);

-- Every allocation. fits: the worker met every rule when allocated; misfits: the codes of the rules they did not
-- meet (SKILL:<code>, QUALIFIED, EXPERIENCE, WELSH, CAPACITY); override_reason required when they did not fit.
-- reason required for a reallocation.
CREATE TABLE case_allocation (
    id                 BIGSERIAL PRIMARY KEY,
    case_id            BIGINT NOT NULL REFERENCES care_case(id),
    staff_id           BIGINT NOT NULL REFERENCES staff(id),
    previous_staff_id  BIGINT REFERENCES staff(id),
    fits               BOOLEAN NOT NULL,
    misfits            TEXT[] NOT NULL DEFAULT '{}',
    override_reason    TEXT CHECK (length(override_reason) BETWEEN 1 AND 2000),
    reason             TEXT CHECK (length(reason) BETWEEN 1 AND 2000),
    allocated_on       DATE NOT NULL,
    allocated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    allocated_by       TEXT NOT NULL,
    CHECK (fits OR override_reason IS NOT NULL),
    CHECK (fits = (cardinality(misfits) = 0)),
    CHECK (previous_staff_id IS NULL OR reason IS NOT NULL)
);
CREATE INDEX case_allocation_case ON case_allocation (case_id, allocated_at);

-- Transfers between teams, each with its handover record.
CREATE TABLE case_transfer (
    id               BIGSERIAL PRIMARY KEY,
    case_id          BIGINT NOT NULL REFERENCES care_case(id),
    from_team_id     BIGINT NOT NULL REFERENCES team(id),
    to_team_id       BIGINT NOT NULL REFERENCES team(id),
    from_staff_id    BIGINT REFERENCES staff(id),
    transferred_on   DATE NOT NULL,
    handover         TEXT NOT NULL CHECK (length(handover) BETWEEN 1 AND 8000),
    transferred_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    transferred_by   TEXT NOT NULL,
    CHECK (from_team_id <> to_team_id)
);
CREATE INDEX case_transfer_case ON case_transfer (case_id, transferred_at);

-- Case notes, never edited: a correction is a new row with supersedes_id = the note it corrects and a reason;
-- the current version of a note is the one nothing supersedes. significant: shown in the chronology.
CREATE TABLE case_note (
    id                 BIGSERIAL PRIMARY KEY,
    authority_id       BIGINT NOT NULL REFERENCES authority(id),
    case_id            BIGINT NOT NULL REFERENCES care_case(id),
    note_type          TEXT NOT NULL REFERENCES case_note_type(code),
    occurred_at        TIMESTAMPTZ NOT NULL,
    body               TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
    significant        BOOLEAN NOT NULL DEFAULT FALSE,
    supersedes_id      BIGINT UNIQUE REFERENCES case_note(id),
    correction_reason  TEXT CHECK (length(correction_reason) BETWEEN 1 AND 2000),
    recorded_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    recorded_by        TEXT NOT NULL,
    CHECK ((supersedes_id IS NULL) = (correction_reason IS NULL))
);
CREATE INDEX case_note_case ON case_note (case_id, occurred_at);

-- One row per case with its current worker's fit at their latest allocation: the manager's question "which
-- complex cases are held by workers who do not fit". Reporting read model of the casework module.
CREATE VIEW casework_facts_cases AS
SELECT c.id, c.authority_id, c.person_id, c.service_area, c.team_id, c.staff_id, c.complexity, k.weight,
       c.opened_on, c.opened_from, c.referral_id, c.assessment_id, c.closed_on, c.closure_reason,
       a.fits AS worker_fits, a.allocated_on
  FROM care_case c JOIN case_complexity k ON k.code = c.complexity
  LEFT JOIN LATERAL (SELECT fits, allocated_on FROM case_allocation x
                      WHERE x.case_id = c.id AND x.staff_id = c.staff_id
                      ORDER BY x.allocated_at DESC, x.id DESC LIMIT 1) a ON TRUE;
COMMENT ON VIEW casework_facts_cases IS
    'One row per case: person, service area, team, worker, complexity and weight, opened (from referral or assessment), closed and why, and whether the current worker fitted the case when allocated. Reporting read model of the casework module.';
