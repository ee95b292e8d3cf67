-- Care and support plans, unmet need, direct payments and reviews (issue 5 points 3 to 6; module
-- cymru.gofal.planning). A plan belongs to a case and usually to the assessment whose eligible needs it meets.
-- Its live content (personal outcomes, services, help from others, risks) is edited in place under optimistic
-- locking (care_plan.version); each time it is agreed, the whole content is frozen as a numbered plan_version
-- (JSON), with who agreed it and its cost, so every agreed version is kept. Carers get plans of their own
-- (kind CARER_SUPPORT). Reviews are scheduled from timescale rules chosen by review_schedule (data), never from
-- numbers in code. Welsh names not in glossary-cy.md are [M].

CREATE TABLE care_plan (
    id                   BIGSERIAL PRIMARY KEY,
    authority_id         BIGINT NOT NULL REFERENCES authority(id),
    person_id            BIGINT NOT NULL REFERENCES person(id),
    case_id              BIGINT NOT NULL REFERENCES care_case(id),
    assessment_id        BIGINT REFERENCES assessment(id),
    kind                 TEXT NOT NULL CHECK (kind IN ('CARE_AND_SUPPORT','CARER_SUPPORT')),
    -- For a carer's support plan: the person they care for.
    cared_for_person_id  BIGINT REFERENCES person(id),
    -- DRAFT until first agreed; AGREED from then on (changed = live content differs from the last agreed
    -- version); ENDED with a day and a reason.
    status               TEXT NOT NULL CHECK (status IN ('DRAFT','AGREED','ENDED')),
    agreed_versions      INT NOT NULL DEFAULT 0,
    changed              BOOLEAN NOT NULL DEFAULT FALSE,
    first_agreed_on      DATE,
    -- The review date the plan itself sets (may be earlier than the rule's latest date).
    review_on            DATE,
    ended_on             DATE,
    end_reason           TEXT CHECK (length(end_reason) BETWEEN 1 AND 2000),
    version              INT NOT NULL DEFAULT 0,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by           TEXT NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by           TEXT NOT NULL,
    CHECK ((kind = 'CARER_SUPPORT') = (cared_for_person_id IS NOT NULL)),
    CHECK ((status = 'ENDED') = (ended_on IS NOT NULL)),
    CHECK ((ended_on IS NULL) = (end_reason IS NULL)),
    CHECK ((agreed_versions > 0) = (first_agreed_on IS NOT NULL)),
    CHECK (status <> 'DRAFT' OR agreed_versions = 0)
);
-- One live plan of each kind per case (a carer's plan is per person cared for).
CREATE UNIQUE INDEX care_plan_one_live ON care_plan (case_id, kind, coalesce(cared_for_person_id, 0)) WHERE status <> 'ENDED';
CREATE INDEX care_plan_person ON care_plan (person_id);

-- Personal outcomes in the person's own words, each usually meeting one eligible need of the assessment.
CREATE TABLE plan_outcome (
    id          BIGSERIAL PRIMARY KEY,
    plan_id     BIGINT NOT NULL REFERENCES care_plan(id),
    need_id     BIGINT REFERENCES assessment_need(id),
    outcome     TEXT NOT NULL CHECK (length(outcome) BETWEEN 1 AND 4000),
    ordinal     INT NOT NULL,
    UNIQUE (plan_id, ordinal)
);

-- Why a planned service could not be provided.
CREATE TABLE unmet_reason (
    code    TEXT PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_cy TEXT NOT NULL,
    ordinal INT NOT NULL UNIQUE
);
INSERT INTO unmet_reason (code, name_en, name_cy, ordinal) VALUES
('NONE_AVAILABLE', 'No service available', 'Dim gwasanaeth ar gael', 1),
('WAITING_LIST', 'On a waiting list', 'Ar restr aros', 2),
('REFUSED_BY_PROVIDER', 'Refused by the provider', 'Wedi''i wrthod gan y darparwr', 3),
('NO_WELSH_SERVICE', 'Not available in Welsh', 'Ddim ar gael yn Gymraeg', 4),
('FUNDING', 'Awaiting funding approval', 'Yn aros am gymeradwyaeth cyllid', 5),
('OTHER', 'Other', 'Arall', 6);

-- Services and actions from the catalogue that meet an outcome. unit_cost is copied from the provider's offer
-- when planned. status PLANNED (arranged, from start_on) or UNMET (could not be provided: see unmet_need).
CREATE TABLE plan_service (
    id                   BIGSERIAL PRIMARY KEY,
    plan_id              BIGINT NOT NULL REFERENCES care_plan(id),
    outcome_id           BIGINT REFERENCES plan_outcome(id),
    service_type         TEXT NOT NULL REFERENCES service_type(code),
    provider_id          BIGINT REFERENCES provider(id),
    provider_service_id  BIGINT REFERENCES provider_service(id),
    in_house             BOOLEAN,
    unit                 TEXT NOT NULL REFERENCES service_unit(code),
    units_per_week       NUMERIC(8,2) NOT NULL CHECK (units_per_week > 0),
    unit_cost            NUMERIC(10,2) NOT NULL CHECK (unit_cost >= 0),
    start_on             DATE NOT NULL,
    end_on               DATE,
    status               TEXT NOT NULL CHECK (status IN ('PLANNED','UNMET')),
    CHECK (end_on IS NULL OR end_on >= start_on),
    CHECK (status = 'UNMET' OR provider_id IS NOT NULL)
);
CREATE INDEX plan_service_plan ON plan_service (plan_id);

-- Need that could not be met: one row per period a planned service was unmet, kept after it is met (resolved_on,
-- resolution) so time waited is known for every unmet need, open or closed.
CREATE TABLE unmet_need (
    id               BIGSERIAL PRIMARY KEY,
    authority_id     BIGINT NOT NULL REFERENCES authority(id),
    plan_id          BIGINT NOT NULL REFERENCES care_plan(id),
    plan_service_id  BIGINT REFERENCES plan_service(id) ON DELETE SET NULL,
    service_type     TEXT NOT NULL REFERENCES service_type(code),
    units_per_week   NUMERIC(8,2) NOT NULL CHECK (units_per_week > 0),
    reason           TEXT NOT NULL REFERENCES unmet_reason(code),
    note             TEXT CHECK (length(note) BETWEEN 1 AND 2000),
    unmet_since      DATE NOT NULL,
    resolved_on      DATE,
    resolution       TEXT CHECK (resolution IN ('MET','NO_LONGER_NEEDED','PLAN_ENDED')),
    recorded_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    recorded_by      TEXT NOT NULL,
    CHECK ((resolved_on IS NULL) = (resolution IS NULL)),
    CHECK (resolved_on IS NULL OR resolved_on >= unmet_since)
);
CREATE INDEX unmet_need_open ON unmet_need (authority_id, service_type) WHERE resolved_on IS NULL;
CREATE INDEX unmet_need_plan ON unmet_need (plan_id);
CREATE UNIQUE INDEX unmet_need_one_open ON unmet_need (plan_service_id) WHERE resolved_on IS NULL;

-- Who else helps (family, friends, community) with an outcome.
CREATE TABLE support_source (
    code    TEXT PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_cy TEXT NOT NULL,
    ordinal INT NOT NULL UNIQUE
);
INSERT INTO support_source (code, name_en, name_cy, ordinal) VALUES
('SELF', 'The person themselves', 'Yr unigolyn ei hun', 1),
('FAMILY', 'Family', 'Teulu', 2),
('FRIEND_NEIGHBOUR', 'Friend or neighbour', 'Ffrind neu gymydog', 3),
('COMMUNITY_GROUP', 'Community group', 'Grŵp cymunedol', 4),
('VOLUNTEER', 'Volunteer', 'Gwirfoddolwr', 5),
('HEALTH', 'Health service', 'Gwasanaeth iechyd', 6),
('OTHER_AGENCY', 'Other agency', 'Asiantaeth arall', 7);
CREATE TABLE plan_support (
    id          BIGSERIAL PRIMARY KEY,
    plan_id     BIGINT NOT NULL REFERENCES care_plan(id),
    outcome_id  BIGINT REFERENCES plan_outcome(id),
    source      TEXT NOT NULL REFERENCES support_source(code),
    who         TEXT CHECK (length(who) BETWEEN 1 AND 200),
    what        TEXT NOT NULL CHECK (length(what) BETWEEN 1 AND 2000)
);
CREATE INDEX plan_support_plan ON plan_support (plan_id);

-- Risks and how each is managed (level from the assessment module's risk_level list).
CREATE TABLE plan_risk (
    id          BIGSERIAL PRIMARY KEY,
    plan_id     BIGINT NOT NULL REFERENCES care_plan(id),
    risk        TEXT NOT NULL CHECK (length(risk) BETWEEN 1 AND 2000),
    level       TEXT NOT NULL REFERENCES risk_level(code),
    management  TEXT NOT NULL CHECK (length(management) BETWEEN 1 AND 4000)
);
CREATE INDEX plan_risk_plan ON plan_risk (plan_id);

-- Each agreed version, frozen: content is the plan's outcomes, services, support and risks as JSON when agreed;
-- weekly_cost is the sum of units_per_week x unit_cost of its PLANNED services, annual_cost = weekly x 52.
CREATE TABLE plan_version (
    id                  BIGSERIAL PRIMARY KEY,
    plan_id             BIGINT NOT NULL REFERENCES care_plan(id),
    number              INT NOT NULL CHECK (number > 0),
    agreed_on           DATE NOT NULL,
    agreed_by_person    BOOLEAN NOT NULL,
    agreed_by_carer     BOOLEAN NOT NULL,
    agreed_by_advocate  BOOLEAN NOT NULL,
    advocate_name       TEXT CHECK (length(advocate_name) BETWEEN 1 AND 200),
    agreement_note      TEXT CHECK (length(agreement_note) BETWEEN 1 AND 4000),
    weekly_cost         NUMERIC(12,2) NOT NULL,
    annual_cost         NUMERIC(14,2) NOT NULL,
    review_on           DATE,
    content             JSONB NOT NULL,
    recorded_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    recorded_by         TEXT NOT NULL,
    UNIQUE (plan_id, number),
    CHECK (agreed_by_person OR agreed_by_carer OR agreed_by_advocate),
    CHECK (NOT agreed_by_advocate OR advocate_name IS NOT NULL)
);

-- Direct payments: offered, then accepted or declined (with the reason and the barriers), the weekly amount,
-- who manages it, and start and review dates.
CREATE TABLE direct_payment_manager (
    code    TEXT PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_cy TEXT NOT NULL,
    ordinal INT NOT NULL UNIQUE
);
INSERT INTO direct_payment_manager (code, name_en, name_cy, ordinal) VALUES
('PERSON', 'The person', 'Yr unigolyn', 1),
('SUITABLE_PERSON', 'A suitable person (family or friend)', 'Unigolyn addas (teulu neu ffrind)', 2),
('MANAGED_ACCOUNT', 'A managed account (payment support service)', 'Cyfrif a reolir (gwasanaeth cymorth taliadau)', 3),
('OTHER', 'Other', 'Arall', 4);
CREATE TABLE direct_payment_barrier (
    code    TEXT PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_cy TEXT NOT NULL,
    ordinal INT NOT NULL UNIQUE
);
INSERT INTO direct_payment_barrier (code, name_en, name_cy, ordinal) VALUES
('EMPLOYER_RESPONSIBILITIES', 'Does not want to be an employer', 'Ddim eisiau bod yn gyflogwr', 1),
('NO_PERSONAL_ASSISTANT', 'No personal assistant available', 'Dim cynorthwyydd personol ar gael', 2),
('PREFERS_ARRANGED_SERVICES', 'Prefers services the council arranges', 'Mae''n well ganddo wasanaethau a drefnir gan y cyngor', 3),
('TOO_COMPLICATED', 'Finds it too complicated', 'Yn ei chael yn rhy gymhleth', 4),
('NO_SUPPORT_SERVICE', 'No support service to help manage it', 'Dim gwasanaeth cymorth i helpu i''w reoli', 5),
('WELSH_NOT_AVAILABLE', 'Support not available in Welsh', 'Cymorth ddim ar gael yn Gymraeg', 6),
('OTHER', 'Other', 'Arall', 7);
CREATE TABLE direct_payment (
    id               BIGSERIAL PRIMARY KEY,
    authority_id     BIGINT NOT NULL REFERENCES authority(id),
    person_id        BIGINT NOT NULL REFERENCES person(id),
    plan_id          BIGINT NOT NULL REFERENCES care_plan(id),
    offered_on       DATE NOT NULL,
    decision         TEXT NOT NULL CHECK (decision IN ('OFFERED','ACCEPTED','DECLINED')),
    decided_on       DATE,
    decline_reason   TEXT CHECK (length(decline_reason) BETWEEN 1 AND 2000),
    barriers         TEXT[] NOT NULL DEFAULT '{}',
    weekly_amount    NUMERIC(10,2) CHECK (weekly_amount > 0),
    managed_by       TEXT REFERENCES direct_payment_manager(code),
    start_on         DATE,
    review_on        DATE,
    ended_on         DATE,
    version          INT NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by       TEXT NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by       TEXT NOT NULL,
    CHECK ((decision = 'OFFERED') = (decided_on IS NULL)),
    CHECK (decided_on IS NULL OR decided_on >= offered_on),
    CHECK ((decision = 'DECLINED') = (decline_reason IS NOT NULL)),
    CHECK (decision = 'DECLINED' OR cardinality(barriers) = 0),
    CHECK ((decision = 'ACCEPTED') = (weekly_amount IS NOT NULL)),
    CHECK ((decision = 'ACCEPTED') = (managed_by IS NOT NULL)),
    CHECK ((decision = 'ACCEPTED') = (start_on IS NOT NULL)),
    CHECK (review_on IS NULL OR start_on IS NULL OR review_on >= start_on)
);
CREATE INDEX direct_payment_plan ON direct_payment (plan_id);

-- Which rules schedule a plan's reviews, by regime and the service area of the plan's person (a carer's plan by
-- the carer's own age). first_start_event: what starts the first review's clock, as the rule's start_event says
-- (SERVICES_STARTED = the earliest start of the plan's planned services; CARE_SUPPORT_PLAN_AGREED = the day the
-- plan was first agreed). Later reviews run from the day the previous review was held.
CREATE TABLE review_schedule (
    regime           TEXT NOT NULL REFERENCES timescale_regime(code),
    service_area     TEXT NOT NULL CHECK (service_area IN ('ADULTS','CHILDREN')),
    first_rule       TEXT NOT NULL,
    subsequent_rule  TEXT NOT NULL,
    PRIMARY KEY (regime, service_area),
    FOREIGN KEY (regime, first_rule) REFERENCES timescale_rule(regime, code),
    FOREIGN KEY (regime, subsequent_rule) REFERENCES timescale_rule(regime, code)
);
-- WALES_2007 had no national interval for a child in need plan: the council standard below (6 months, as the
-- 2016 regulations later set) fills the gap and says so.
INSERT INTO timescale_rule (regime, code, title_en, title_cy, start_event, time_offset, unit, stop_event, source, verified) VALUES
('WALES_2007', 'CHILD_PLAN_REVIEW_FIRST', 'First review of a child in need plan', 'Adolygiad cyntaf o gynllun plentyn mewn angen', 'CARE_SUPPORT_PLAN_AGREED', 6, 'MONTHS', 'CHILD_PLAN_REVIEW_HELD', 'Council standard, not a statutory limit: the Framework for the Assessment of Children in Need and their Families (2000/2001) expects child in need plans to be reviewed; SCC/016 measures reviews held on time. Six months, as the 2016 regulations later set. To be confirmed.', FALSE),
('WALES_2007', 'CHILD_PLAN_REVIEW_SUBSEQUENT', 'Later reviews of a child in need plan', 'Adolygiadau dilynol o gynllun plentyn mewn angen', 'CHILD_PLAN_REVIEW_HELD', 6, 'MONTHS', 'CHILD_PLAN_REVIEW_HELD', 'Council standard, not a statutory limit: later reviews at most 6 months apart. To be confirmed.', FALSE);
INSERT INTO review_schedule (regime, service_area, first_rule, subsequent_rule) VALUES
('WALES_2007', 'ADULTS', 'ADULT_REVIEW_FIRST', 'ADULT_REVIEW_SUBSEQUENT'),
('WALES_2007', 'CHILDREN', 'CHILD_PLAN_REVIEW_FIRST', 'CHILD_PLAN_REVIEW_SUBSEQUENT'),
('WALES_2016', 'ADULTS', 'ADULT_REVIEW_FIRST', 'ADULT_REVIEW_SUBSEQUENT'),
('WALES_2016', 'CHILDREN', 'CHILD_PLAN_REVIEW_FIRST', 'CHILD_PLAN_REVIEW_SUBSEQUENT');

CREATE TABLE review_outcome (
    code        TEXT PRIMARY KEY,
    name_en     TEXT NOT NULL,
    name_cy     TEXT NOT NULL,
    ends_plan   BOOLEAN NOT NULL,
    ordinal     INT NOT NULL UNIQUE
);
INSERT INTO review_outcome (code, name_en, name_cy, ends_plan, ordinal) VALUES
('CONTINUE', 'Continue the plan', 'Parhau â''r cynllun', FALSE, 1),
('CHANGE_PLAN', 'Change the plan', 'Newid y cynllun', FALSE, 2),
('CLOSE', 'End the plan and close', 'Dod â''r cynllun i ben a chau', TRUE, 3);

-- Reviews of a plan: one scheduled at a time; due_on = the earlier of the rule's date (rule_due_on, from the
-- rule engine on the council's calendar) and the plan's own review date. Held with person-centred fields and an
-- outcome; cancelled when the plan ends first.
CREATE TABLE plan_review (
    id                BIGSERIAL PRIMARY KEY,
    authority_id      BIGINT NOT NULL REFERENCES authority(id),
    plan_id           BIGINT NOT NULL REFERENCES care_plan(id),
    sequence          INT NOT NULL CHECK (sequence > 0),
    regime            TEXT NOT NULL,
    rule_code         TEXT NOT NULL,
    clock_start       DATE NOT NULL,
    rule_due_on       DATE NOT NULL,
    due_on            DATE NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('SCHEDULED','HELD','CANCELLED')),
    held_on           DATE,
    what_is_working   TEXT CHECK (length(what_is_working) BETWEEN 1 AND 8000),
    what_is_not       TEXT CHECK (length(what_is_not) BETWEEN 1 AND 8000),
    what_matters_now  TEXT CHECK (length(what_matters_now) BETWEEN 1 AND 8000),
    attendees         TEXT CHECK (length(attendees) BETWEEN 1 AND 2000),
    outcome           TEXT REFERENCES review_outcome(code),
    held_by           TEXT,
    version           INT NOT NULL DEFAULT 0,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by        TEXT NOT NULL,
    UNIQUE (plan_id, sequence),
    FOREIGN KEY (regime, rule_code) REFERENCES timescale_rule(regime, code),
    CHECK (due_on <= rule_due_on AND rule_due_on >= clock_start),
    CHECK ((status = 'HELD') = (held_on IS NOT NULL)),
    CHECK ((status = 'HELD') = (outcome IS NOT NULL))
);
CREATE UNIQUE INDEX plan_review_one_scheduled ON plan_review (plan_id) WHERE status = 'SCHEDULED';
CREATE INDEX plan_review_due ON plan_review (authority_id, due_on) WHERE status = 'SCHEDULED';

-- Reporting read models of the planning module.
-- One row per plan with its live weekly cost (PLANNED services running on the day the view is read) and the
-- last agreed version's cost.
CREATE VIEW planning_facts_plans AS
SELECT p.id, p.authority_id, p.person_id, p.case_id, p.assessment_id, p.kind, p.cared_for_person_id, p.status,
       p.first_agreed_on, p.agreed_versions, p.changed, p.review_on, p.ended_on,
       coalesce((SELECT sum(s.units_per_week * s.unit_cost) FROM plan_service s
                  WHERE s.plan_id = p.id AND s.status = 'PLANNED'
                    AND s.start_on <= current_date AND (s.end_on IS NULL OR s.end_on >= current_date)), 0)
           AS weekly_cost,
       v.weekly_cost AS agreed_weekly_cost, v.annual_cost AS agreed_annual_cost, v.agreed_on AS last_agreed_on
  FROM care_plan p
  LEFT JOIN plan_version v ON v.plan_id = p.id AND v.number = p.agreed_versions;
COMMENT ON VIEW planning_facts_plans IS
    'One row per care and support plan or carer''s support plan: person, case, assessment, status, first agreed, live weekly cost, last agreed version''s weekly and annual cost. Reporting read model of the planning module.';

CREATE VIEW planning_facts_services AS
SELECT s.id, p.authority_id, s.plan_id, p.person_id, p.case_id, p.kind, s.service_type, s.provider_id,
       s.in_house, s.unit, s.units_per_week, s.unit_cost, s.units_per_week * s.unit_cost AS weekly_cost,
       s.start_on, s.end_on, s.status
  FROM plan_service s JOIN care_plan p ON p.id = s.plan_id;
COMMENT ON VIEW planning_facts_services IS
    'One row per service line of a live plan: type, provider, in-house, units a week, unit cost, weekly cost, dates, planned or unmet. Reporting read model of the planning module.';

CREATE VIEW planning_facts_unmet_need AS
SELECT u.id, u.authority_id, u.plan_id, p.person_id, p.case_id, p.kind, u.service_type, u.units_per_week,
       u.reason, u.unmet_since, u.resolved_on, u.resolution
  FROM unmet_need u JOIN care_plan p ON p.id = u.plan_id;
COMMENT ON VIEW planning_facts_unmet_need IS
    'One row per period a planned service could not be provided: service type, units a week, reason, since, resolved and how. Reporting read model of the planning module.';

-- in_time: held on or before due_on (NULL while scheduled); for SCA/007 and SCC/016.
CREATE VIEW planning_facts_reviews AS
SELECT r.id, r.authority_id, r.plan_id, p.person_id, p.case_id, p.kind, r.sequence, r.regime, r.rule_code,
       r.clock_start, r.rule_due_on, r.due_on, r.status, r.held_on, r.outcome,
       CASE WHEN r.held_on IS NULL THEN NULL ELSE r.held_on <= r.due_on END AS in_time
  FROM plan_review r JOIN care_plan p ON p.id = r.plan_id;
COMMENT ON VIEW planning_facts_reviews IS
    'One row per plan review: sequence, rule, clock start, due (rule and plan), scheduled, held or cancelled, outcome, in time. Reporting read model of the planning module.';

CREATE VIEW planning_facts_direct_payments AS
SELECT d.id, d.authority_id, d.person_id, d.plan_id, d.offered_on, d.decision, d.decided_on, d.barriers,
       d.weekly_amount, d.managed_by, d.start_on, d.review_on, d.ended_on
  FROM direct_payment d;
COMMENT ON VIEW planning_facts_direct_payments IS
    'One row per direct payment offered: decision, barriers when declined, weekly amount, who manages it, start, review and end. Reporting read model of the planning module.';
