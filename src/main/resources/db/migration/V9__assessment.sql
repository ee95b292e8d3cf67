-- Assessments (issue 4 points 4-6): assessment types per regime as data, assessments with due dates from the rule
-- engine, eligibility recorded per need (Care and Support (Eligibility) (Wales) Regulations 2015 under WALES_2016;
-- FACS-style bands under WALES_2007), structured risk assessment tools, and carers' assessments offered, accepted
-- or declined. Written by the assessment module only. Other modules read the reporting views at the end
-- (assessment_facts_*), never these tables. Welsh text marked [M] is the author's own rendering and should be
-- checked by a translator before release; terms from glossary-cy.md are not marked.

-- ---------------------------------------------------------------------------------------------------------------
-- A further council standard: the contact level of the Unified Assessment Process (domain.md 1a), which V6 left
-- out. Same style as V6: a council standard, not a statutory limit, so verified = false. Welsh title [M].
-- ---------------------------------------------------------------------------------------------------------------
INSERT INTO timescale_rule (regime, code, title_en, title_cy, start_event, time_offset, unit, stop_event, source, verified) VALUES
('WALES_2007', 'UAP_CONTACT', 'Contact assessment (Unified Assessment Process)', 'Asesiad cyswllt (y Broses Asesu Unedig)', 'REFERRAL_RECEIVED', 2, 'WORKING_DAYS', 'ASSESSMENT_COMPLETED', 'Council standard, not a statutory limit: the Unified Assessment Process (2002) sets levels, not time limits; the contact assessment is completed within 2 working days of the referral.', FALSE);

-- ---------------------------------------------------------------------------------------------------------------
-- Assessment types per regime. rule_code names the timescale rule that sets the due date; clock_start says which
-- day is day 0 of that clock: REFERRAL_RECEIVED (the referral's received day, or the day given when started
-- directly), ASSESSMENT_STARTED (the day the assessment starts) or CARER_ACCEPTED (the day a carer accepts the
-- offer). opens_for_route: the type a ReferralAccepted of that route (ADULTS, CHILDREN) opens, at most one per
-- route and regime. requires_eligibility: completion needs at least one need with an eligibility outcome (WALES_2016)
-- or band (WALES_2007); children's initial and core assessments under WALES_2007 record no eligibility.
-- Welsh names [M] where glossary-cy.md has no entry.
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE assessment_type (
    regime               TEXT NOT NULL REFERENCES timescale_regime(code),
    code                 TEXT NOT NULL,
    name_en              TEXT NOT NULL,
    name_cy              TEXT NOT NULL,
    client_group         TEXT NOT NULL CHECK (client_group IN ('ADULT','CHILD','CARER','SPECIALIST')),
    rule_code            TEXT NOT NULL,
    clock_start          TEXT NOT NULL CHECK (clock_start IN ('REFERRAL_RECEIVED','ASSESSMENT_STARTED','CARER_ACCEPTED')),
    opens_for_route      TEXT CHECK (opens_for_route IN ('ADULTS','CHILDREN')),
    requires_eligibility BOOLEAN NOT NULL,
    ordinal              INT NOT NULL,
    PRIMARY KEY (regime, code),
    FOREIGN KEY (regime, rule_code) REFERENCES timescale_rule(regime, code),
    UNIQUE (regime, ordinal)
);
CREATE UNIQUE INDEX assessment_type_route ON assessment_type (regime, opens_for_route) WHERE opens_for_route IS NOT NULL;

INSERT INTO assessment_type (regime, code, name_en, name_cy, client_group, rule_code, clock_start, opens_for_route, requires_eligibility, ordinal) VALUES
('WALES_2007', 'UAP_CONTACT', 'Contact assessment (Unified Assessment Process)', 'Asesiad cyswllt (y Broses Asesu Unedig)', 'ADULT', 'UAP_CONTACT', 'REFERRAL_RECEIVED', NULL, TRUE, 1),
('WALES_2007', 'UAP_OVERVIEW', 'Overview assessment (Unified Assessment Process)', 'Asesiad trosolwg (y Broses Asesu Unedig)', 'ADULT', 'UAP_OVERVIEW', 'REFERRAL_RECEIVED', 'ADULTS', TRUE, 2),
('WALES_2007', 'UAP_SPECIALIST', 'Specialist assessment (Unified Assessment Process)', 'Asesiad arbenigol (y Broses Asesu Unedig)', 'ADULT', 'UAP_SPECIALIST', 'ASSESSMENT_STARTED', NULL, TRUE, 3),
('WALES_2007', 'UAP_COMPREHENSIVE', 'Comprehensive assessment (Unified Assessment Process)', 'Asesiad cynhwysfawr (y Broses Asesu Unedig)', 'ADULT', 'UAP_COMPREHENSIVE', 'ASSESSMENT_STARTED', NULL, TRUE, 4),
('WALES_2007', 'INITIAL_ASSESSMENT', 'Initial assessment (child)', 'Asesiad cychwynnol (plentyn)', 'CHILD', 'INITIAL_ASSESSMENT', 'REFERRAL_RECEIVED', 'CHILDREN', FALSE, 5),
('WALES_2007', 'CORE_ASSESSMENT', 'Core assessment (child)', 'Asesiad craidd (plentyn)', 'CHILD', 'CORE_ASSESSMENT', 'ASSESSMENT_STARTED', NULL, FALSE, 6),
('WALES_2007', 'CARER_ASSESSMENT', 'Carer''s assessment', 'Asesiad gofalwr', 'CARER', 'CARER_ASSESSMENT', 'CARER_ACCEPTED', NULL, TRUE, 7),
('WALES_2007', 'SPECIALIST_ASSESSMENT', 'Specialist assessment (occupational therapy, sensory, mental health)', 'Asesiad arbenigol (therapi galwedigaethol, synhwyraidd, iechyd meddwl)', 'SPECIALIST', 'SPECIALIST_ASSESSMENT', 'ASSESSMENT_STARTED', NULL, FALSE, 8),
('WALES_2016', 'ADULT_ASSESSMENT', 'Adult assessment', 'Asesiad oedolyn', 'ADULT', 'ADULT_ASSESSMENT', 'REFERRAL_RECEIVED', 'ADULTS', TRUE, 1),
('WALES_2016', 'CHILD_ASSESSMENT', 'Child assessment', 'Asesiad plentyn', 'CHILD', 'CHILD_ASSESSMENT', 'REFERRAL_RECEIVED', 'CHILDREN', TRUE, 2),
('WALES_2016', 'CARER_ASSESSMENT', 'Carer''s assessment', 'Asesiad gofalwr', 'CARER', 'CARER_ASSESSMENT', 'CARER_ACCEPTED', NULL, TRUE, 3),
('WALES_2016', 'SPECIALIST_ASSESSMENT', 'Specialist assessment (occupational therapy, sensory, mental health)', 'Asesiad arbenigol (therapi galwedigaethol, synhwyraidd, iechyd meddwl)', 'SPECIALIST', 'SPECIALIST_ASSESSMENT', 'ASSESSMENT_STARTED', NULL, FALSE, 4);

-- ---------------------------------------------------------------------------------------------------------------
-- Eligibility reference lists. Domains: the areas a need relates to, per regime, with the client groups they
-- apply to: WALES_2016 from the Care and Support (Eligibility) (Wales) Regulations 2015 reg 3 (adult), reg 4
-- (child: adds developmental goals) and reg 5 (carer); WALES_2007 uses the same life areas, judged by FACS-style
-- band. Welsh names [M].
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE eligibility_domain (
    regime     TEXT NOT NULL REFERENCES timescale_regime(code),
    code       TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    name_cy    TEXT NOT NULL,
    for_adult  BOOLEAN NOT NULL,
    for_child  BOOLEAN NOT NULL,
    for_carer  BOOLEAN NOT NULL,
    ordinal    INT NOT NULL,
    PRIMARY KEY (regime, code),
    UNIQUE (regime, ordinal)
);
INSERT INTO eligibility_domain (regime, code, name_en, name_cy, for_adult, for_child, for_carer, ordinal)
SELECT r.code, d.code, d.name_en, d.name_cy, d.for_adult, d.for_child, d.for_carer, d.ordinal
  FROM timescale_regime r CROSS JOIN (VALUES
('SELF_CARE', 'Carrying out self-care or domestic routines', 'Cyflawni gofal personol neu arferion domestig', TRUE, TRUE, TRUE, 1),
('COMMUNICATION', 'Communicating', 'Cyfathrebu', TRUE, TRUE, TRUE, 2),
('PROTECTION', 'Protection from abuse or neglect', 'Amddiffyn rhag camdriniaeth neu esgeulustod', TRUE, TRUE, TRUE, 3),
('WORK_EDUCATION_LEISURE', 'Involvement in work, education, learning or leisure', 'Cymryd rhan mewn gwaith, addysg, dysgu neu hamdden', TRUE, TRUE, TRUE, 4),
('RELATIONSHIPS', 'Family and other significant personal relationships', 'Perthnasoedd teuluol a pherthnasoedd personol arwyddocaol eraill', TRUE, TRUE, TRUE, 5),
('COMMUNITY', 'Social relationships and involvement in the community', 'Perthnasoedd cymdeithasol a chymryd rhan yn y gymuned', TRUE, TRUE, TRUE, 6),
('CARING_FOR_CHILD', 'Fulfilling caring responsibilities for a child', 'Cyflawni cyfrifoldebau gofalu am blentyn', TRUE, FALSE, TRUE, 7),
('DEVELOPMENT', 'Achieving developmental goals', 'Cyflawni nodau datblygiadol', FALSE, TRUE, FALSE, 8)
) AS d(code, name_en, name_cy, for_adult, for_child, for_carer, ordinal);

-- What the need arises from (reg 3(a), 4(a), 5(a)). Welsh names [M].
CREATE TABLE eligibility_cause (
    code       TEXT PRIMARY KEY,
    name_en    TEXT NOT NULL,
    name_cy    TEXT NOT NULL,
    for_adult  BOOLEAN NOT NULL,
    for_child  BOOLEAN NOT NULL,
    for_carer  BOOLEAN NOT NULL,
    ordinal    INT NOT NULL UNIQUE
);
INSERT INTO eligibility_cause (code, name_en, name_cy, for_adult, for_child, for_carer, ordinal) VALUES
('ILL_HEALTH', 'Physical or mental ill-health', 'Salwch corfforol neu feddyliol', TRUE, TRUE, FALSE, 1),
('AGE', 'Age', 'Oedran', TRUE, TRUE, FALSE, 2),
('DISABILITY', 'Disability', 'Anabledd', TRUE, TRUE, FALSE, 3),
('SUBSTANCE_DEPENDENCE', 'Dependence on alcohol or drugs', 'Dibyniaeth ar alcohol neu gyffuriau', TRUE, TRUE, FALSE, 4),
('DEVELOPMENTAL', 'Developmental needs', 'Anghenion datblygiadol', FALSE, TRUE, FALSE, 5),
('CARING_ROLE', 'Providing care for the person cared for', 'Darparu gofal i''r person sy''n derbyn gofal', FALSE, FALSE, TRUE, 6),
('OTHER_SIMILAR', 'Other similar circumstances', 'Amgylchiadau tebyg eraill', TRUE, TRUE, TRUE, 7);

-- Whether the person can meet the need (reg 3(c)): unmet = TRUE only when they cannot, which an eligible outcome
-- requires. Welsh names [M].
CREATE TABLE eligibility_ability (
    code     TEXT PRIMARY KEY,
    name_en  TEXT NOT NULL,
    name_cy  TEXT NOT NULL,
    unmet    BOOLEAN NOT NULL,
    ordinal  INT NOT NULL UNIQUE
);
INSERT INTO eligibility_ability (code, name_en, name_cy, unmet, ordinal) VALUES
('ALONE', 'Can meet it alone', 'Yn gallu ei ddiwallu heb gymorth', FALSE, 1),
('WITH_OTHERS', 'Can meet it with the care and support of others willing to provide it', 'Yn gallu ei ddiwallu gyda gofal a chymorth gan eraill sy''n fodlon ei ddarparu', FALSE, 2),
('WITH_COMMUNITY_SERVICES', 'Can meet it with the help of community services', 'Yn gallu ei ddiwallu gyda chymorth gwasanaethau yn y gymuned', FALSE, 3),
('CANNOT', 'Cannot meet it alone, with others or with community services', 'Ddim yn gallu ei ddiwallu heb gymorth, gydag eraill na gyda gwasanaethau yn y gymuned', TRUE, 4);

-- WALES_2016 outcomes (domain.md 4). turned_aside_outcome: the intake outcome recorded for a person whose
-- assessment ends with no eligible need (code of intake's turned_aside_outcome). Welsh names [M] apart from terms.
CREATE TABLE eligibility_outcome (
    code                  TEXT PRIMARY KEY,
    regime                TEXT NOT NULL REFERENCES timescale_regime(code),
    name_en               TEXT NOT NULL,
    name_cy               TEXT NOT NULL,
    eligible              BOOLEAN NOT NULL,
    turned_aside_outcome  TEXT,
    ordinal               INT NOT NULL UNIQUE,
    CHECK (eligible = (turned_aside_outcome IS NULL))
);
INSERT INTO eligibility_outcome (code, regime, name_en, name_cy, eligible, turned_aside_outcome, ordinal) VALUES
('ELIGIBLE', 'WALES_2016', 'Eligible: met through a care and support plan', 'Cymwys: i''w ddiwallu drwy gynllun gofal a chymorth', TRUE, NULL, 1),
('NEEDS_MET_OTHERWISE', 'WALES_2016', 'Needs met otherwise (no care and support plan)', 'Anghenion wedi''u diwallu fel arall (dim cynllun gofal a chymorth)', FALSE, 'NEEDS_MET_OTHERWISE', 2),
('NOT_ELIGIBLE', 'WALES_2016', 'Not eligible', 'Ddim yn gymwys', FALSE, 'NOT_ELIGIBLE', 3);

-- WALES_2007 bands (FACS, domain.md 4): severity 1 is the most severe. A need is eligible when its band is at
-- least as severe as the council's threshold band: eligibility_threshold, or the band marked default_threshold
-- for a council without its own row. Welsh names [M].
CREATE TABLE eligibility_band (
    code               TEXT PRIMARY KEY,
    regime             TEXT NOT NULL REFERENCES timescale_regime(code),
    name_en            TEXT NOT NULL,
    name_cy            TEXT NOT NULL,
    severity           INT NOT NULL UNIQUE,
    default_threshold  BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE UNIQUE INDEX eligibility_band_one_default ON eligibility_band (default_threshold) WHERE default_threshold;
INSERT INTO eligibility_band (code, regime, name_en, name_cy, severity, default_threshold) VALUES
('CRITICAL', 'WALES_2007', 'Critical', 'Critigol', 1, FALSE),
('SUBSTANTIAL', 'WALES_2007', 'Substantial', 'Sylweddol', 2, TRUE),
('MODERATE', 'WALES_2007', 'Moderate', 'Cymedrol', 3, FALSE),
('LOW', 'WALES_2007', 'Low', 'Isel', 4, FALSE);

CREATE TABLE eligibility_threshold (
    authority_id  BIGINT PRIMARY KEY REFERENCES authority(id),
    band          TEXT NOT NULL REFERENCES eligibility_band(code)
);

-- ---------------------------------------------------------------------------------------------------------------
-- Assessments. status: AWAITING_ALLOCATION (no worker), ALLOCATED, COMPLETED (awaiting a manager's sign-off),
-- SIGNED_OFF. due_on is stored at creation from the type's rule on the council's calendar (clock_start is day 0).
-- follows_id: the assessment this one follows (a core assessment after an initial one). Children: child_seen and
-- child_seen_alone (SCC/011a-b), the reason when not seen. version: optimistic locking for every change.
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE assessment (
    id                     BIGSERIAL PRIMARY KEY,
    authority_id           BIGINT NOT NULL REFERENCES authority(id),
    person_id              BIGINT NOT NULL REFERENCES person(id),
    regime                 TEXT NOT NULL,
    type_code              TEXT NOT NULL,
    referral_id            BIGINT,
    follows_id             BIGINT REFERENCES assessment(id),
    team_id                BIGINT NOT NULL,
    staff_id               BIGINT,
    allocated_at           TIMESTAMPTZ,
    allocated_by           TEXT,
    clock_start            DATE NOT NULL,
    due_on                 DATE NOT NULL,
    rule_code              TEXT NOT NULL,
    started_on             DATE,
    completed_on           DATE,
    completed_by           TEXT,
    signed_off_at          TIMESTAMPTZ,
    signed_off_by          TEXT,
    signed_off_role        TEXT CHECK (signed_off_role IN ('TEAM_MANAGER','SENIOR_MANAGER')),
    child_seen             BOOLEAN,
    child_seen_on          DATE,
    child_seen_alone       BOOLEAN,
    child_not_seen_reason  TEXT,
    views                  TEXT,
    summary                TEXT,
    status                 TEXT NOT NULL CHECK (status IN ('AWAITING_ALLOCATION','ALLOCATED','COMPLETED','SIGNED_OFF')),
    version                INT NOT NULL DEFAULT 0,
    created_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by             TEXT NOT NULL,
    updated_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by             TEXT NOT NULL,
    FOREIGN KEY (regime, type_code) REFERENCES assessment_type(regime, code),
    FOREIGN KEY (team_id, authority_id) REFERENCES team(id, authority_id),
    FOREIGN KEY (staff_id) REFERENCES staff(id),
    CHECK (due_on >= clock_start),
    CHECK ((completed_on IS NULL) = (status IN ('AWAITING_ALLOCATION','ALLOCATED'))),
    CHECK ((signed_off_at IS NULL) = (status <> 'SIGNED_OFF')),
    CHECK ((staff_id IS NULL) = (status = 'AWAITING_ALLOCATION') OR completed_on IS NOT NULL)
);
-- One assessment per accepted referral: the listener is idempotent.
CREATE UNIQUE INDEX assessment_referral ON assessment (referral_id) WHERE referral_id IS NOT NULL;
CREATE INDEX assessment_person ON assessment (person_id, clock_start);
-- Work trays at 1M people: a worker's open work and a team's open work, by due date.
CREATE INDEX assessment_open_staff ON assessment (authority_id, staff_id, due_on) WHERE completed_on IS NULL;
CREATE INDEX assessment_open_team ON assessment (authority_id, team_id, due_on) WHERE completed_on IS NULL;
-- Managers' sign-off queue.
CREATE INDEX assessment_awaiting_sign_off ON assessment (authority_id, team_id, completed_on) WHERE status = 'COMPLETED';

-- Every allocation and reallocation (the reason is required for a reallocation).
CREATE TABLE assessment_allocation (
    id             BIGSERIAL PRIMARY KEY,
    assessment_id  BIGINT NOT NULL REFERENCES assessment(id),
    staff_id       BIGINT NOT NULL REFERENCES staff(id),
    previous_staff_id BIGINT REFERENCES staff(id),
    reason         TEXT,
    allocated_at   TIMESTAMPTZ NOT NULL,
    allocated_by   TEXT NOT NULL,
    CHECK (previous_staff_id IS NULL OR reason IS NOT NULL)
);
CREATE INDEX assessment_allocation_assessment ON assessment_allocation (assessment_id, allocated_at);

-- Eligibility per need: outcome under WALES_2016, band under WALES_2007; eligible is decided when recorded
-- (outcome.eligible, or band at least as severe as the council's threshold then) and kept.
CREATE TABLE assessment_need (
    id             BIGSERIAL PRIMARY KEY,
    authority_id   BIGINT NOT NULL REFERENCES authority(id),
    assessment_id  BIGINT NOT NULL REFERENCES assessment(id),
    regime         TEXT NOT NULL,
    domain_code    TEXT NOT NULL,
    cause_code     TEXT NOT NULL REFERENCES eligibility_cause(code),
    ability_code   TEXT NOT NULL REFERENCES eligibility_ability(code),
    outcome_code   TEXT REFERENCES eligibility_outcome(code),
    band_code      TEXT REFERENCES eligibility_band(code),
    eligible       BOOLEAN NOT NULL,
    reasoning      TEXT NOT NULL CHECK (length(reasoning) BETWEEN 1 AND 4000),
    recorded_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    recorded_by    TEXT NOT NULL,
    FOREIGN KEY (regime, domain_code) REFERENCES eligibility_domain(regime, code),
    CHECK ((outcome_code IS NULL) <> (band_code IS NULL))
);
CREATE INDEX assessment_need_assessment ON assessment_need (assessment_id, id);

-- ---------------------------------------------------------------------------------------------------------------
-- Risk assessment tools, configurable as data: questions with weights, an answer scale, and score ranges giving
-- a level. score = sum(weight x answer value). The seeded tools are ILLUSTRATIVE ONLY, not validated instruments:
-- a council replaces them with the tools it has adopted. Welsh text [M].
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE risk_level (
    code     TEXT PRIMARY KEY,
    name_en  TEXT NOT NULL,
    name_cy  TEXT NOT NULL,
    ordinal  INT NOT NULL UNIQUE
);
INSERT INTO risk_level (code, name_en, name_cy, ordinal) VALUES
('LOW', 'Low', 'Isel', 1),
('MEDIUM', 'Medium', 'Canolig', 2),
('HIGH', 'High', 'Uchel', 3);

CREATE TABLE risk_tool (
    code            TEXT PRIMARY KEY,
    name_en         TEXT NOT NULL,
    name_cy         TEXT NOT NULL,
    client_group    TEXT NOT NULL CHECK (client_group IN ('ADULT','CHILD','CARER','SPECIALIST')),
    active          BOOLEAN NOT NULL DEFAULT TRUE,
    ordinal         INT NOT NULL UNIQUE
);
CREATE TABLE risk_answer (
    tool_code  TEXT NOT NULL REFERENCES risk_tool(code),
    value      INT NOT NULL CHECK (value >= 0),
    label_en   TEXT NOT NULL,
    label_cy   TEXT NOT NULL,
    PRIMARY KEY (tool_code, value)
);
CREATE TABLE risk_question (
    tool_code  TEXT NOT NULL REFERENCES risk_tool(code),
    ordinal    INT NOT NULL,
    text_en    TEXT NOT NULL,
    text_cy    TEXT NOT NULL,
    weight     INT NOT NULL CHECK (weight > 0),
    PRIMARY KEY (tool_code, ordinal)
);
-- Inclusive score ranges per tool; they must not overlap and should cover 0 to the tool's highest score.
CREATE TABLE risk_threshold (
    tool_code  TEXT NOT NULL REFERENCES risk_tool(code),
    level      TEXT NOT NULL REFERENCES risk_level(code),
    min_score  INT NOT NULL CHECK (min_score >= 0),
    max_score  INT NOT NULL,
    PRIMARY KEY (tool_code, level),
    CHECK (max_score >= min_score)
);

INSERT INTO risk_tool (code, name_en, name_cy, client_group, ordinal) VALUES
('ADULT_RISK', 'Adult risk screen (illustrative)', 'Sgrinio risg oedolyn (enghreifftiol)', 'ADULT', 1),
('CHILD_RISK', 'Child risk screen (illustrative)', 'Sgrinio risg plentyn (enghreifftiol)', 'CHILD', 2);
INSERT INTO risk_answer (tool_code, value, label_en, label_cy)
SELECT t.code, a.value, a.label_en, a.label_cy FROM risk_tool t CROSS JOIN (VALUES
(0, 'No concern', 'Dim pryder'),
(1, 'Some concern', 'Rhywfaint o bryder'),
(2, 'Significant concern', 'Pryder sylweddol'),
(3, 'Serious concern', 'Pryder difrifol')
) AS a(value, label_en, label_cy);
INSERT INTO risk_question (tool_code, ordinal, text_en, text_cy, weight) VALUES
('ADULT_RISK', 1, 'Falls in the last 12 months', 'Cwympiadau yn ystod y 12 mis diwethaf', 2),
('ADULT_RISK', 2, 'Self-neglect (hygiene, nutrition, home conditions)', 'Hunan-esgeulustod (hylendid, maeth, cyflwr y cartref)', 2),
('ADULT_RISK', 3, 'Risk of the carer''s support breaking down', 'Risg y bydd cymorth y gofalwr yn chwalu', 2),
('ADULT_RISK', 4, 'Managing medication', 'Rheoli meddyginiaeth', 1),
('ADULT_RISK', 5, 'Social isolation or loneliness', 'Ynysigrwydd cymdeithasol neu unigrwydd', 1),
('ADULT_RISK', 6, 'Abuse or exploitation (financial, physical, emotional)', 'Camdriniaeth neu gamfanteisio (ariannol, corfforol, emosiynol)', 3),
('CHILD_RISK', 1, 'Indicators of neglect', 'Arwyddion o esgeulustod', 3),
('CHILD_RISK', 2, 'Parental substance misuse', 'Camddefnyddio sylweddau gan riant', 2),
('CHILD_RISK', 3, 'Domestic abuse in the household', 'Cam-drin domestig yn yr aelwyd', 3),
('CHILD_RISK', 4, 'Parental mental health difficulties', 'Anawsterau iechyd meddwl rhiant', 2),
('CHILD_RISK', 5, 'Missing education', 'Colli addysg', 1),
('CHILD_RISK', 6, 'Previous child protection involvement', 'Ymwneud blaenorol ag amddiffyn plant', 2);
-- ADULT_RISK scores 0-33, CHILD_RISK 0-39.
INSERT INTO risk_threshold (tool_code, level, min_score, max_score) VALUES
('ADULT_RISK', 'LOW', 0, 8),
('ADULT_RISK', 'MEDIUM', 9, 17),
('ADULT_RISK', 'HIGH', 18, 33),
('CHILD_RISK', 'LOW', 0, 9),
('CHILD_RISK', 'MEDIUM', 10, 19),
('CHILD_RISK', 'HIGH', 20, 39);

-- A tool completed on an assessment: its answers, the score and level computed when it was completed.
CREATE TABLE assessment_risk (
    id             BIGSERIAL PRIMARY KEY,
    authority_id   BIGINT NOT NULL REFERENCES authority(id),
    assessment_id  BIGINT NOT NULL REFERENCES assessment(id),
    tool_code      TEXT NOT NULL REFERENCES risk_tool(code),
    score          INT NOT NULL,
    level          TEXT NOT NULL REFERENCES risk_level(code),
    completed_at   TIMESTAMPTZ NOT NULL,
    completed_by   TEXT NOT NULL
);
CREATE INDEX assessment_risk_assessment ON assessment_risk (assessment_id);
CREATE TABLE assessment_risk_answer (
    risk_id          BIGINT NOT NULL REFERENCES assessment_risk(id),
    tool_code        TEXT NOT NULL,
    question_ordinal INT NOT NULL,
    value            INT NOT NULL,
    PRIMARY KEY (risk_id, question_ordinal),
    FOREIGN KEY (tool_code, question_ordinal) REFERENCES risk_question(tool_code, ordinal),
    FOREIGN KEY (tool_code, value) REFERENCES risk_answer(tool_code, value)
);

-- ---------------------------------------------------------------------------------------------------------------
-- Carers' assessments offered (SCA/018a), accepted or declined; accepting opens a CARER_ASSESSMENT for the carer
-- (carer_assessment_id), whose completion counts as assessed (SCA/018b). Rows are kept whatever the answer.
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE carer_offer (
    id                   BIGSERIAL PRIMARY KEY,
    authority_id         BIGINT NOT NULL REFERENCES authority(id),
    assessment_id        BIGINT NOT NULL REFERENCES assessment(id),
    cared_for_person_id  BIGINT NOT NULL REFERENCES person(id),
    carer_person_id      BIGINT NOT NULL REFERENCES person(id),
    offered_on           DATE NOT NULL,
    offered_by           TEXT NOT NULL,
    response             TEXT CHECK (response IN ('ACCEPTED','DECLINED')),
    responded_on         DATE,
    responded_by         TEXT,
    decline_reason       TEXT,
    carer_assessment_id  BIGINT REFERENCES assessment(id),
    version              INT NOT NULL DEFAULT 0,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (carer_person_id <> cared_for_person_id),
    CHECK ((response IS NULL) = (responded_on IS NULL)),
    CHECK (response IS DISTINCT FROM 'DECLINED' OR decline_reason IS NOT NULL),
    CHECK ((response = 'ACCEPTED') = (carer_assessment_id IS NOT NULL) OR response IS NULL AND carer_assessment_id IS NULL),
    CHECK (responded_on IS NULL OR responded_on >= offered_on)
);
CREATE INDEX carer_offer_assessment ON carer_offer (assessment_id);
CREATE INDEX carer_offer_carer ON carer_offer (carer_person_id);
CREATE INDEX carer_offer_cared_for ON carer_offer (cared_for_person_id);
CREATE INDEX carer_offer_offered ON carer_offer (authority_id, offered_on);

-- ---------------------------------------------------------------------------------------------------------------
-- Reporting views (architecture.md: <module>_facts_<thing>). Changed only compatibly. They carry person ids but no
-- names; readers apply need-to-know (people.visibility) themselves when they list people.
-- ---------------------------------------------------------------------------------------------------------------

-- One row per assessment. in_time: completed on or before due_on (NULL while open), for SCC/008 (INITIAL_ASSESSMENT),
-- SCC/009 (CORE_ASSESSMENT), PM24 / CH/012 (CHILD_ASSESSMENT). child_seen / child_seen_alone for SCC/011a-b
-- (NULL for adults and when not recorded). signed_off: a manager signed the assessment off.
CREATE VIEW assessment_facts_assessments AS
SELECT a.id, a.authority_id, a.person_id, a.type_code, t.client_group, a.regime, a.referral_id, a.team_id,
       a.staff_id, a.clock_start, a.due_on, a.completed_on,
       CASE WHEN a.completed_on IS NULL THEN NULL ELSE a.completed_on <= a.due_on END AS in_time,
       a.child_seen, a.child_seen_alone, a.status = 'SIGNED_OFF' AS signed_off
  FROM assessment a JOIN assessment_type t ON t.regime = a.regime AND t.code = a.type_code;
COMMENT ON VIEW assessment_facts_assessments IS
    'One row per assessment: type, client group, regime, clock start, due date (rule engine), completion, in_time, child seen/alone, signed off. Reporting read model of the assessment module.';

-- One row per need: domain, cause, ability, the WALES_2016 outcome or WALES_2007 band, and whether it was
-- eligible; with the assessment's type and completion day ("new assessments by eligibility outcome").
CREATE VIEW assessment_facts_eligibility AS
SELECT n.id, n.authority_id, n.assessment_id, a.person_id, a.type_code, t.client_group, n.regime, n.domain_code,
       n.cause_code, n.ability_code, n.outcome_code, n.band_code, n.eligible, a.completed_on
  FROM assessment_need n JOIN assessment a ON a.id = n.assessment_id
  JOIN assessment_type t ON t.regime = a.regime AND t.code = a.type_code;
COMMENT ON VIEW assessment_facts_eligibility IS
    'One row per need assessed: domain, cause, ability, outcome (WALES_2016) or band (WALES_2007), eligible. Reporting read model of the assessment module.';

-- One row per carer's assessment offer (SCA/018a offered; SCA/018b assessed = carer_assessed_on not null).
CREATE VIEW assessment_facts_carer_offers AS
SELECT o.id, o.authority_id, o.assessment_id, o.cared_for_person_id, o.carer_person_id, o.offered_on, o.response,
       o.responded_on, o.carer_assessment_id, c.completed_on AS carer_assessed_on
  FROM carer_offer o LEFT JOIN assessment c ON c.id = o.carer_assessment_id;
COMMENT ON VIEW assessment_facts_carer_offers IS
    'One row per carer''s assessment offered: the carer, the person cared for, offered, accepted or declined, and the day the carer''s assessment was completed. Reporting read model of the assessment module.';
