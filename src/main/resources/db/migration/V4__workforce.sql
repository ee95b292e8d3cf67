-- The workforce (cymru.gofal.workforce): teams, staff, their roles, registration, qualifications, skills,
-- Welsh language, hours and caseload capacity, and postings (who was in which team from when to when), from
-- which joiners, leavers and vacancies per team are answered for any date.
-- Reference lists are data here, not code. Welsh text marked [M] is the author's own rendering (not found in
-- docs/glossary-cy.md) and should be checked by a translator before release; the rest follows the glossary.
--
-- Contract for writers (the workforce module and the simulator):
--  * staff.team_id is the team of the member of staff's current (open) posting, or of the last one after they
--    left; every member of staff has exactly one posting with to_date NULL while left_on is NULL.
--  * A posting's dates are inclusive: from_date is the first day in the team, to_date the last.
--  * A leaver's open posting is closed with to_date = left_on.
--  * staff_posting.hours_per_week is the member of staff's hours during that posting, so that FTE in post
--    (hours_per_week / 37) is known for any past date. A change of hours closes one posting and opens another.

-- Kinds of team. [M] marks names not in the glossary.
CREATE TABLE team_kind (
    code     TEXT PRIMARY KEY,
    name_en  TEXT NOT NULL,
    name_cy  TEXT NOT NULL,
    ordinal  INT NOT NULL UNIQUE
);
INSERT INTO team_kind (code, name_en, name_cy, ordinal) VALUES
('ADULTS', 'Adults', 'Oedolion', 1),
-- [M]
('OLDER_PEOPLE', 'Older people', 'Pobl hŷn', 2),
-- [M] (plant ✔, teuluoedd [M])
('CHILDREN', 'Children and families', 'Plant a theuluoedd', 3),
('CHILD_PROTECTION', 'Child protection', 'Amddiffyn plant', 4),
('LOOKED_AFTER', 'Children looked after', 'Plant sy''n derbyn gofal', 5),
('CARE_LEAVERS', 'Care leavers', 'Ymadawyr gofal', 6),
-- [M]
('FOSTERING_ADOPTION', 'Fostering and adoption', 'Maethu a mabwysiadu', 7),
-- [M]
('DISABILITY', 'Disability', 'Anabledd', 8),
-- [M]
('MENTAL_HEALTH', 'Mental health', 'Iechyd meddwl', 9),
-- [M]
('LEARNING_DISABILITY', 'Learning disability', 'Anabledd dysgu', 10),
('ADULT_SAFEGUARDING', 'Adult safeguarding', 'Diogelu oedolion', 11),
-- [M]
('HOSPITAL', 'Hospital social work', 'Gwaith cymdeithasol ysbyty', 12),
-- [M] (asesu ✔)
('INTAKE', 'Intake and assessment', 'Derbyn ac asesu', 13),
-- Tîm Dyletswydd Brys ✔; the short form [M]
('OUT_OF_HOURS', 'Emergency duty (out of hours)', 'Dyletswydd brys (y tu allan i oriau)', 14),
-- uwch-reolwyr ~
('MANAGEMENT', 'Senior management', 'Uwch-reolwyr', 15),
-- [M]
('OTHER', 'Other', 'Arall', 16);

-- Roles of staff. qualified_social_work: the role needs a social work qualification and registration as a
-- social worker with Social Care Wales. holds_cases: people in this role are allocated cases.
CREATE TABLE staff_role (
    code                  TEXT PRIMARY KEY,
    name_en               TEXT NOT NULL,
    name_cy               TEXT NOT NULL,
    qualified_social_work BOOLEAN NOT NULL,
    holds_cases           BOOLEAN NOT NULL,
    ordinal               INT NOT NULL UNIQUE
);
INSERT INTO staff_role (code, name_en, name_cy, qualified_social_work, holds_cases, ordinal) VALUES
('SOCIAL_WORKER', 'Social worker', 'Gweithiwr cymdeithasol', TRUE, TRUE, 1),
-- [M]
('SENIOR_PRACTITIONER', 'Senior practitioner', 'Uwch-ymarferydd', TRUE, TRUE, 2),
-- rheolwr tîm ~
('TEAM_MANAGER', 'Team manager', 'Rheolwr tîm', TRUE, FALSE, 3),
-- [M]
('SOCIAL_WORK_ASSISTANT', 'Social work assistant', 'Cynorthwyydd gwaith cymdeithasol', FALSE, TRUE, 4),
('SOCIAL_CARE_WORKER', 'Social care worker', 'Gweithiwr gofal cymdeithasol', FALSE, TRUE, 5),
-- [M]
('OCCUPATIONAL_THERAPIST', 'Occupational therapist', 'Therapydd galwedigaethol', FALSE, TRUE, 6),
-- [M]
('STUDENT_SOCIAL_WORKER', 'Student social worker', 'Myfyriwr gwaith cymdeithasol', FALSE, TRUE, 7),
-- uwch-reolwr ~
('SENIOR_MANAGER', 'Senior manager', 'Uwch-reolwr', FALSE, FALSE, 8),
-- [M]
('BUSINESS_SUPPORT', 'Business support officer', 'Swyddog cymorth busnes', FALSE, FALSE, 9);

-- Skills that cases may call for.
CREATE TABLE skill (
    code     TEXT PRIMARY KEY,
    name_en  TEXT NOT NULL,
    name_cy  TEXT NOT NULL,
    ordinal  INT NOT NULL UNIQUE
);
INSERT INTO skill (code, name_en, name_cy, ordinal) VALUES
('CHILD_PROTECTION', 'Child protection', 'Amddiffyn plant', 1),
-- [M]
('COURT_WORK', 'Court work', 'Gwaith llys', 2),
('ADULT_SAFEGUARDING', 'Adult safeguarding', 'Diogelu oedolion', 3),
-- [M]
('MENTAL_HEALTH', 'Mental health', 'Iechyd meddwl', 4),
-- [M]
('LEARNING_DISABILITY', 'Learning disability', 'Anabledd dysgu', 5),
-- [M]
('PHYSICAL_DISABILITY', 'Physical disability', 'Anabledd corfforol', 6),
-- [M]
('SENSORY_IMPAIRMENT', 'Sensory impairment', 'Nam ar y synhwyrau', 7),
-- [M]
('DEMENTIA', 'Dementia', 'Dementia', 8),
-- [M]
('SUBSTANCE_MISUSE', 'Substance misuse', 'Camddefnyddio sylweddau', 9),
-- [M]
('DOMESTIC_ABUSE', 'Domestic abuse', 'Cam-drin domestig', 10),
-- [M]
('AUTISM', 'Autism', 'Awtistiaeth', 11),
-- [M]
('TRANSITION', 'Transition to adult services', 'Pontio i wasanaethau oedolion', 12),
-- [M]
('CHILD_EXPLOITATION', 'Child exploitation', 'Camfanteisio ar blant', 13),
-- sefydlogrwydd ~, the phrase [M]
('PERMANENCE', 'Permanence planning', 'Cynllunio sefydlogrwydd', 14),
('CARERS', 'Carers', 'Gofalwyr', 15),
-- [M]
('DEPRIVATION_OF_LIBERTY', 'Deprivation of liberty safeguards', 'Trefniadau diogelu rhag colli rhyddid', 16);

-- Qualifications. post_qualifying: an award taken after qualifying (AMHP, best interests assessor...).
CREATE TABLE qualification (
    code            TEXT PRIMARY KEY,
    name_en         TEXT NOT NULL,
    name_cy         TEXT NOT NULL,
    post_qualifying BOOLEAN NOT NULL,
    ordinal         INT NOT NULL UNIQUE
);
INSERT INTO qualification (code, name_en, name_cy, post_qualifying, ordinal) VALUES
-- [M] for every Welsh name in this list
('CQSW', 'Certificate of Qualification in Social Work (CQSW)', 'Tystysgrif Cymhwyster mewn Gwaith Cymdeithasol (CQSW)', FALSE, 1),
('CSS', 'Certificate in Social Service (CSS)', 'Tystysgrif mewn Gwasanaeth Cymdeithasol (CSS)', FALSE, 2),
('DIPSW', 'Diploma in Social Work (DipSW)', 'Diploma mewn Gwaith Cymdeithasol (DipSW)', FALSE, 3),
('BA_SOCIAL_WORK', 'BA (Hons) Social Work', 'BA (Anrh) Gwaith Cymdeithasol', FALSE, 4),
('MA_SOCIAL_WORK', 'MA Social Work', 'MA Gwaith Cymdeithasol', FALSE, 5),
('OCCUPATIONAL_THERAPY', 'Occupational therapy degree', 'Gradd mewn therapi galwedigaethol', FALSE, 6),
('CONSOLIDATION', 'Consolidation programme', 'Rhaglen gydgrynhoi', TRUE, 7),
('CHILD_CARE_AWARD', 'Post-qualifying child care award', 'Dyfarniad ôl-gymhwyso mewn gofal plant', TRUE, 8),
('ASW', 'Approved social worker (ASW)', 'Gweithiwr cymdeithasol cymeradwy (ASW)', TRUE, 9),
('AMHP', 'Approved mental health professional (AMHP)', 'Gweithiwr proffesiynol iechyd meddwl cymeradwy (AMHP)', TRUE, 10),
('BEST_INTERESTS_ASSESSOR', 'Best interests assessor', 'Asesydd budd pennaf', TRUE, 11),
('PRACTICE_EDUCATOR', 'Practice educator', 'Addysgwr ymarfer', TRUE, 12),
('TEAM_MANAGER_PROGRAMME', 'Team manager development programme', 'Rhaglen datblygu rheolwyr tîm', TRUE, 13);

-- How well a member of staff can work in Welsh. [M] for every Welsh name in this list.
CREATE TABLE welsh_level (
    code     TEXT PRIMARY KEY,
    name_en  TEXT NOT NULL,
    name_cy  TEXT NOT NULL,
    ordinal  INT NOT NULL UNIQUE
);
INSERT INTO welsh_level (code, name_en, name_cy, ordinal) VALUES
('NONE', 'No Welsh', 'Dim Cymraeg', 1),
('LEARNER', 'Learner', 'Dysgwr', 2),
('CONVERSATIONAL', 'Conversational', 'Sgwrsio', 3),
('FLUENT', 'Fluent', 'Rhugl', 4);

-- Why a member of staff left. [M] for every Welsh name in this list.
CREATE TABLE leaving_reason (
    code     TEXT PRIMARY KEY,
    name_en  TEXT NOT NULL,
    name_cy  TEXT NOT NULL,
    ordinal  INT NOT NULL UNIQUE
);
INSERT INTO leaving_reason (code, name_en, name_cy, ordinal) VALUES
('RESIGNED', 'Resigned', 'Ymddiswyddo', 1),
('OTHER_COUNCIL', 'Moved to another council', 'Symud i gyngor arall', 2),
('AGENCY', 'Left to work for an agency', 'Gadael i weithio i asiantaeth', 3),
('RETIRED', 'Retired', 'Ymddeol', 4),
('END_OF_CONTRACT', 'End of contract', 'Diwedd contract', 5),
('REDUNDANCY', 'Redundancy', 'Dileu swydd', 6),
('DISMISSED', 'Dismissed', 'Diswyddo', 7),
('ILL_HEALTH', 'Ill health', 'Salwch', 8),
('DEATH', 'Died in service', 'Marw mewn swydd', 9),
('OTHER', 'Other', 'Arall', 10);

CREATE TABLE team (
    id               BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    authority_id     BIGINT NOT NULL REFERENCES authority(id),
    code             TEXT NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]{0,19}$'),
    name_en          TEXT NOT NULL CHECK (length(name_en) BETWEEN 1 AND 100),
    name_cy          TEXT NOT NULL CHECK (length(name_cy) BETWEEN 1 AND 100),
    kind             TEXT NOT NULL REFERENCES team_kind(code),
    service_area     TEXT NOT NULL CHECK (service_area IN ('ADULTS','CHILDREN','ALL')),
    -- Funded posts in full-time equivalents (37 hours a week = 1.00).
    established_fte  NUMERIC(6,2) NOT NULL CHECK (established_fte >= 0),
    active           BOOLEAN NOT NULL DEFAULT TRUE,
    version          INT NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by       TEXT NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by       TEXT NOT NULL,
    UNIQUE (authority_id, code),
    -- Target of the composite keys below, so that staff and postings stay in their team's council.
    UNIQUE (id, authority_id)
);

CREATE TABLE staff (
    id                       BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    authority_id             BIGINT NOT NULL REFERENCES authority(id),
    -- The sign-in account (app_user.username) of this member of staff, if they have one.
    username                 TEXT CHECK (length(username) BETWEEN 1 AND 100),
    given_names              TEXT NOT NULL CHECK (length(given_names) BETWEEN 1 AND 200),
    family_name              TEXT NOT NULL CHECK (length(family_name) BETWEEN 1 AND 200),
    role                     TEXT NOT NULL REFERENCES staff_role(code),
    team_id                  BIGINT NOT NULL,
    -- Registered with Social Care Wales (as a social worker, or on another part of the register).
    scw_registered           BOOLEAN NOT NULL DEFAULT FALSE,
    scw_registration_number  TEXT CHECK (length(scw_registration_number) BETWEEN 1 AND 20),
    -- The day the member of staff first qualified (social work or their profession); years of experience
    -- are counted from it.
    qualified_on             DATE,
    welsh_level              TEXT NOT NULL DEFAULT 'NONE' REFERENCES welsh_level(code),
    hours_per_week           NUMERIC(4,1) NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 48),
    -- Weighted caseload points the member of staff can hold.
    caseload_capacity        INT NOT NULL DEFAULT 0 CHECK (caseload_capacity BETWEEN 0 AND 200),
    started_on               DATE NOT NULL,
    left_on                  DATE,
    leaving_reason           TEXT REFERENCES leaving_reason(code),
    version                  INT NOT NULL DEFAULT 0,
    created_at               TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by               TEXT NOT NULL,
    updated_at               TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by               TEXT NOT NULL,
    FOREIGN KEY (team_id, authority_id) REFERENCES team(id, authority_id),
    CHECK (NOT scw_registered OR scw_registration_number IS NOT NULL),
    CHECK (left_on IS NULL OR left_on >= started_on),
    CHECK (left_on IS NOT NULL OR leaving_reason IS NULL)
);
CREATE UNIQUE INDEX staff_username_uq ON staff (authority_id, lower(username)) WHERE username IS NOT NULL;
CREATE INDEX staff_team ON staff (team_id);
CREATE INDEX staff_authority_name ON staff (authority_id, lower(family_name), lower(given_names));
CREATE INDEX staff_left_on ON staff (authority_id, left_on) WHERE left_on IS NOT NULL;
CREATE INDEX staff_started_on ON staff (authority_id, started_on);

CREATE TABLE staff_skill (
    staff_id    BIGINT NOT NULL REFERENCES staff(id),
    skill       TEXT NOT NULL REFERENCES skill(code),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by  TEXT NOT NULL,
    PRIMARY KEY (staff_id, skill)
);

CREATE TABLE staff_qualification (
    staff_id       BIGINT NOT NULL REFERENCES staff(id),
    qualification  TEXT NOT NULL REFERENCES qualification(code),
    awarded_on     DATE,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by     TEXT NOT NULL,
    PRIMARY KEY (staff_id, qualification)
);

-- Who was in which team from when to when (dates inclusive). The open posting (to_date NULL) is the current one.
CREATE TABLE staff_posting (
    id              BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    authority_id    BIGINT NOT NULL REFERENCES authority(id),
    staff_id        BIGINT NOT NULL REFERENCES staff(id),
    team_id         BIGINT NOT NULL,
    from_date       DATE NOT NULL,
    to_date         DATE,
    hours_per_week  NUMERIC(4,1) NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 48),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by      TEXT NOT NULL,
    FOREIGN KEY (team_id, authority_id) REFERENCES team(id, authority_id),
    CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE UNIQUE INDEX staff_posting_one_open ON staff_posting (staff_id) WHERE to_date IS NULL;
CREATE INDEX staff_posting_staff ON staff_posting (staff_id, from_date);
CREATE INDEX staff_posting_team ON staff_posting (team_id, from_date);
