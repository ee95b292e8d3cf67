-- Intake (issue 4 points 1-3): contacts with information, advice and assistance and the adult's "what matters"
-- conversation; referrals with source, route, priority and the due dates of their response and (children) decision,
-- stored at creation from the rule engine; the screening decision, once only; re-referrals; and the team that
-- recorded a turning aside. Reporting views intake_facts_* at the end are the only thing other modules read.
-- Welsh names are [M] (the author's rendering) unless the term is in docs/glossary-cy.md.

-- ---------------------------------------------------------------------------------------------------------------
-- Windows as data (architecture decision 11): rows of timescale_rule in both regimes, read through the function
-- intake_window_end below, never a number in code. The start event is day 0; the window's last day is "due".
-- ---------------------------------------------------------------------------------------------------------------
INSERT INTO timescale_rule (regime, code, title_en, title_cy, start_event, time_offset, unit, stop_event, source, verified) VALUES
('WALES_2007', 'RE_REFERRAL_WINDOW', 'Re-referral window', 'Cyfnod ail-atgyfeirio', 'REFERRAL_RECEIVED', 12, 'MONTHS', 'REFERRAL_RECEIVED', 'SCC/010: a referral is a re-referral when the same person had another referral received within the previous 12 months.', FALSE),
('WALES_2016', 'RE_REFERRAL_WINDOW', 'Re-referral window', 'Cyfnod ail-atgyfeirio', 'REFERRAL_RECEIVED', 12, 'MONTHS', 'REFERRAL_RECEIVED', 'Re-referrals within 12 months (SCC/010, kept under the 2014 Act as a local measure).', FALSE),
('WALES_2007', 'RECONTACT_WINDOW', 'Re-contact window after being turned aside', 'Cyfnod ailgysylltu ar ôl cael eich troi ymaith', 'TURNED_ASIDE', 6, 'MONTHS', 'CONTACT_RECEIVED', 'Local measure on the model of PM23: whether a person turned aside contacted again within 6 months.', FALSE),
('WALES_2016', 'RECONTACT_WINDOW', 'Re-contact window after being turned aside', 'Cyfnod ailgysylltu ar ôl cael eich troi ymaith', 'TURNED_ASIDE', 6, 'MONTHS', 'CONTACT_RECEIVED', 'PM23 (2016-20): adults given information, advice and assistance who did not contact again within 6 months.', TRUE);

-- The last day of the window {rule_code} that opens on {start} for the council's regime. Calendar units only
-- (MONTHS clamp to month end as Java's plusMonths does); a working-day window is refused rather than miscounted.
CREATE FUNCTION intake_window_end(council BIGINT, rule_code TEXT, start DATE) RETURNS DATE
LANGUAGE plpgsql STABLE AS $$
DECLARE
    r timescale_rule%ROWTYPE;
BEGIN
    SELECT t.* INTO r FROM timescale_rule t JOIN authority a ON a.regime = t.regime
    WHERE a.id = council AND t.code = rule_code;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'No rule % for council %', rule_code, council;
    END IF;
    RETURN CASE r.unit
        WHEN 'MONTHS' THEN (start + make_interval(months => r.time_offset))::date
        WHEN 'WEEKS' THEN start + 7 * r.time_offset
        WHEN 'CALENDAR_DAYS' THEN start + r.time_offset
        ELSE NULL END;
END $$;

-- ---------------------------------------------------------------------------------------------------------------
-- Reference lists.
-- ---------------------------------------------------------------------------------------------------------------
-- Who made the contact. is_subject: the person the contact is about made it (no caller's details needed).
CREATE TABLE contact_party (
    code       TEXT PRIMARY KEY,
    name_en    TEXT NOT NULL,
    name_cy    TEXT NOT NULL,
    is_subject BOOLEAN NOT NULL DEFAULT FALSE,
    ordinal    INT NOT NULL UNIQUE
);
INSERT INTO contact_party (code, name_en, name_cy, is_subject, ordinal) VALUES
('SELF', 'The person themselves', 'Y person ei hun', TRUE, 1),
('FAMILY', 'A family member', 'Aelod o''r teulu', FALSE, 2),
('FRIEND_NEIGHBOUR', 'A friend or neighbour', 'Ffrind neu gymydog', FALSE, 3),
('CARER', 'Their carer', 'Eu gofalwr', FALSE, 4),
('PROFESSIONAL', 'A professional', 'Gweithiwr proffesiynol', FALSE, 5),
('ANONYMOUS', 'Anonymous', 'Dienw', FALSE, 6),
('OTHER', 'Someone else', 'Rhywun arall', FALSE, 99);

CREATE TABLE contact_method (
    code    TEXT PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_cy TEXT NOT NULL,
    ordinal INT NOT NULL UNIQUE
);
INSERT INTO contact_method (code, name_en, name_cy, ordinal) VALUES
('PHONE', 'Phone', 'Ffôn', 1),
('EMAIL', 'Email', 'E-bost', 2),
('LETTER', 'Letter', 'Llythyr', 3),
('IN_PERSON', 'In person', 'Wyneb yn wyneb', 4),
('OUT_OF_HOURS', 'Out of hours', 'Y tu allan i oriau', 5),
('PROFESSIONAL', 'Professional referral form', 'Ffurflen atgyfeirio gweithiwr proffesiynol', 6),
('ONLINE', 'Online', 'Ar-lein', 7);

-- What came of a contact. turns_aside: recorded in turned_aside (same code in turned_aside_outcome).
-- makes_referral: the contact creates a referral (SAFEGUARDING: a referral flagged as a safeguarding concern, screened
-- now; the safeguarding route of a later issue takes these over).
-- needs_what_matters: for adults, the "what matters" conversation must be recorded: it is the basis of information,
-- advice and assistance and of the assessment (2014 Act Part 2-3 codes). Not for a safeguarding concern (protection
-- first; the conversation may not be safe yet) or no further action (e.g. a misdirected or duplicate contact).
CREATE TABLE contact_outcome (
    code               TEXT PRIMARY KEY,
    name_en            TEXT NOT NULL,
    name_cy            TEXT NOT NULL,
    turns_aside        BOOLEAN NOT NULL,
    makes_referral     BOOLEAN NOT NULL,
    needs_what_matters BOOLEAN NOT NULL,
    ordinal            INT NOT NULL UNIQUE,
    CHECK (NOT (turns_aside AND makes_referral))
);
INSERT INTO contact_outcome (code, name_en, name_cy, turns_aside, makes_referral, needs_what_matters, ordinal) VALUES
('INFORMATION_ADVICE', 'Information or advice given', 'Rhoddwyd gwybodaeth neu gyngor', TRUE, FALSE, TRUE, 1),
('SIGNPOSTED', 'Signposted to a community service', 'Cyfeiriwyd at wasanaeth cymunedol', TRUE, FALSE, TRUE, 2),
('REFERRED', 'Referred for assessment', 'Atgyfeiriwyd am asesiad', FALSE, TRUE, TRUE, 3),
('SAFEGUARDING', 'Safeguarding concern', 'Pryder diogelu', FALSE, TRUE, FALSE, 4),
('NO_FURTHER_ACTION', 'No further action', 'Dim camau pellach', TRUE, FALSE, FALSE, 5);

CREATE TABLE referral_source (
    code    TEXT PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_cy TEXT NOT NULL,
    ordinal INT NOT NULL UNIQUE
);
INSERT INTO referral_source (code, name_en, name_cy, ordinal) VALUES
('SELF', 'Self', 'Hunan-atgyfeirio', 1),
('FAMILY_FRIEND', 'Family or friend', 'Teulu neu ffrind', 2),
('GP', 'GP', 'Meddyg teulu', 3),
('HEALTH', 'Hospital or other health service', 'Ysbyty neu wasanaeth iechyd arall', 4),
('POLICE', 'Police', 'Heddlu', 5),
('EDUCATION', 'School or education service', 'Ysgol neu wasanaeth addysg', 6),
('HOUSING', 'Housing', 'Tai', 7),
('OTHER_COUNCIL', 'Another council', 'Cyngor arall', 8),
('COUNCIL_SERVICE', 'Another service of this council', 'Gwasanaeth arall y cyngor hwn', 9),
('VOLUNTARY', 'Voluntary sector', 'Y sector gwirfoddol', 10),
('ANONYMOUS', 'Anonymous', 'Dienw', 11),
('OTHER', 'Other', 'Arall', 99);

-- Priorities; rule_code names the timescale_rule of the council standard for the response (V6).
CREATE TABLE referral_priority (
    code      TEXT PRIMARY KEY,
    name_en   TEXT NOT NULL,
    name_cy   TEXT NOT NULL,
    rank      INT NOT NULL UNIQUE,
    rule_code TEXT NOT NULL
);
INSERT INTO referral_priority (code, name_en, name_cy, rank, rule_code) VALUES
('IMMEDIATE', 'Immediate', 'Ar unwaith', 1, 'REFERRAL_RESPONSE_IMMEDIATE'),
('URGENT', 'Urgent', 'Brys', 2, 'REFERRAL_RESPONSE_URGENT'),
('HIGH', 'High', 'Uchel', 3, 'REFERRAL_RESPONSE_HIGH'),
('STANDARD', 'Standard', 'Safonol', 4, 'REFERRAL_RESPONSE_STANDARD');

-- Screening decisions. turns_aside as for contacts.
CREATE TABLE referral_outcome (
    code        TEXT PRIMARY KEY,
    name_en     TEXT NOT NULL,
    name_cy     TEXT NOT NULL,
    turns_aside BOOLEAN NOT NULL,
    ordinal     INT NOT NULL UNIQUE
);
INSERT INTO referral_outcome (code, name_en, name_cy, turns_aside, ordinal) VALUES
('ASSESSMENT', 'Assessment', 'Asesiad', FALSE, 1),
('INFORMATION_ADVICE', 'Information or advice given', 'Rhoddwyd gwybodaeth neu gyngor', TRUE, 2),
('SIGNPOSTED', 'Signposted to a community service', 'Cyfeiriwyd at wasanaeth cymunedol', TRUE, 3),
('NO_FURTHER_ACTION', 'No further action', 'Dim camau pellach', TRUE, 4),
('SAFEGUARDING', 'Safeguarding concern', 'Pryder diogelu', FALSE, 5);

-- ---------------------------------------------------------------------------------------------------------------
-- Contacts. received_at is the instant; received_on its day in Europe/London (day 0 of any clock it starts).
-- The caller's name, organisation and phone are kept only when someone other than the person made contact.
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE contact (
    id                 BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    authority_id       BIGINT NOT NULL REFERENCES authority(id),
    person_id          BIGINT NOT NULL REFERENCES person(id),
    party              TEXT NOT NULL REFERENCES contact_party(code),
    party_name         TEXT CHECK (length(party_name) <= 200),
    party_organisation TEXT CHECK (length(party_organisation) <= 200),
    party_phone        TEXT CHECK (length(party_phone) <= 40),
    method             TEXT NOT NULL REFERENCES contact_method(code),
    received_at        TIMESTAMPTZ NOT NULL,
    received_on        DATE NOT NULL,
    reason             TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 4000),
    route              TEXT NOT NULL CHECK (route IN ('ADULTS','CHILDREN')),
    what_matters       TEXT CHECK (length(what_matters) <= 4000),
    outcome            TEXT NOT NULL REFERENCES contact_outcome(code),
    outcome_reason     TEXT CHECK (length(outcome_reason) <= 4000),
    signposted_to      TEXT REFERENCES community_service(code),
    team_id            BIGINT REFERENCES team(id),
    recorded_by        TEXT NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((outcome = 'SIGNPOSTED') = (signposted_to IS NOT NULL))
);
CREATE INDEX contact_person ON contact (person_id, received_on);
CREATE INDEX contact_team ON contact (authority_id, team_id, received_at DESC);

-- ---------------------------------------------------------------------------------------------------------------
-- Referrals. Due dates are stored when the referral is recorded, from the council's regime and calendar on that
-- day: response_due by the priority's rule, decision_due (children) by REFERRAL_DECISION. The screening decision
-- stops both clocks; it is made once (outcome stays null until then) and optimistically locked by version.
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE referral (
    id                   BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    authority_id         BIGINT NOT NULL REFERENCES authority(id),
    person_id            BIGINT NOT NULL REFERENCES person(id),
    contact_id           BIGINT UNIQUE REFERENCES contact(id),
    source               TEXT NOT NULL REFERENCES referral_source(code),
    source_detail        TEXT CHECK (length(source_detail) <= 200),
    route                TEXT NOT NULL CHECK (route IN ('ADULTS','CHILDREN')),
    priority             TEXT NOT NULL REFERENCES referral_priority(code),
    safeguarding         BOOLEAN NOT NULL DEFAULT FALSE,
    reason               TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 4000),
    received_at          TIMESTAMPTZ NOT NULL,
    received_on          DATE NOT NULL,
    screening_team_id    BIGINT NOT NULL REFERENCES team(id),
    response_rule        TEXT NOT NULL,
    response_due         DATE NOT NULL,
    decision_rule        TEXT,
    decision_due         DATE,
    re_referral          BOOLEAN NOT NULL,
    previous_referral_id BIGINT REFERENCES referral(id),
    outcome              TEXT REFERENCES referral_outcome(code),
    decision_reason      TEXT CHECK (length(decision_reason) <= 4000),
    assessment_team_id   BIGINT REFERENCES team(id),
    signposted_to        TEXT REFERENCES community_service(code),
    decided_at           TIMESTAMPTZ,
    decided_on           DATE,
    decided_by           TEXT,
    recorded_by          TEXT NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    version              INT NOT NULL DEFAULT 0,
    CHECK ((outcome IS NULL) = (decided_at IS NULL) AND (decided_at IS NULL) = (decided_on IS NULL)),
    CHECK ((route = 'CHILDREN') = (decision_due IS NOT NULL) AND (decision_due IS NULL) = (decision_rule IS NULL)),
    CHECK ((outcome = 'ASSESSMENT') = (assessment_team_id IS NOT NULL)),
    CHECK ((outcome = 'SIGNPOSTED') = (signposted_to IS NOT NULL)),
    CHECK (re_referral = (previous_referral_id IS NOT NULL))
);
CREATE INDEX referral_person ON referral (person_id, received_at);
CREATE INDEX referral_waiting ON referral (authority_id, screening_team_id) WHERE outcome IS NULL;
CREATE INDEX referral_received ON referral (authority_id, received_on);

-- The team of the worker who turned the person aside, for the check-back work item (null when not known).
ALTER TABLE turned_aside ADD COLUMN team_id BIGINT REFERENCES team(id);
CREATE INDEX turned_aside_team_due ON turned_aside (authority_id, team_id, check_back_due) WHERE checked_back_on IS NULL;

-- ---------------------------------------------------------------------------------------------------------------
-- Reporting views (architecture: performance, quality and review read these, never the tables). Changed only
-- compatibly. Restricted people are NOT filtered here: readers apply need-to-know (or aggregate only).
-- ---------------------------------------------------------------------------------------------------------------

-- One row per referral. SCC/006 = share of children's referrals with decided_on <= decision_due;
-- SCC/010 = share with re_referral. decided_in_time is null while undecided or for adults (no statutory clock).
CREATE VIEW intake_facts_referrals AS
SELECT r.id AS referral_id, r.authority_id, r.person_id, r.contact_id, r.route, r.source, r.priority, r.safeguarding,
       r.received_at, r.received_on, r.response_due, r.decision_due, r.decided_at, r.decided_on, r.outcome,
       r.re_referral, r.previous_referral_id, r.screening_team_id AS team_id, r.assessment_team_id,
       CASE WHEN r.decision_due IS NULL OR r.decided_on IS NULL THEN NULL ELSE r.decided_on <= r.decision_due END AS decided_in_time,
       CASE WHEN r.decided_on IS NULL THEN NULL ELSE r.decided_on <= r.response_due END AS responded_in_time
FROM referral r;
COMMENT ON VIEW intake_facts_referrals IS 'One row per referral: source, route, priority, due dates stored at receipt, decision and re-referral flag (SCC/006, SCC/010).';

-- One row per contact. AD/002 counts adults' contacts given advice or assistance (outcome INFORMATION_ADVICE or
-- SIGNPOSTED); what_matters_recorded says whether the adult's "what matters" conversation was written down.
CREATE VIEW intake_facts_contacts AS
SELECT c.id AS contact_id, c.authority_id, c.person_id, c.route, c.party, c.method, c.received_at, c.received_on,
       c.outcome, c.signposted_to, (c.what_matters IS NOT NULL) AS what_matters_recorded, r.id AS referral_id, c.team_id
FROM contact c LEFT JOIN referral r ON r.contact_id = c.id;
COMMENT ON VIEW intake_facts_contacts IS 'One row per contact: who, how, route, outcome and the referral it made (AD/002).';

-- One row per person turned aside. recontacted_within_window: a contact or referral for the same person received
-- on a later day up to recontact_window_end (RECONTACT_WINDOW of the council's regime; a second call the same day
-- is the same episode). window_closed: that day has passed in Wales, so "not recontacted" is final. PM23 counts
-- adults with window_closed AND NOT recontacted_within_window, over those with window_closed.
CREATE VIEW intake_facts_turned_aside AS
SELECT t.id AS turned_aside_id, t.authority_id, t.person_id, t.origin, t.origin_id, t.outcome, t.signposted_to,
       t.turned_aside_on, t.check_back_due, t.checked_back_on, t.team_id,
       w.window_end AS recontact_window_end,
       EXISTS (SELECT 1 FROM contact c WHERE c.person_id = t.person_id AND c.received_on > t.turned_aside_on
                   AND c.received_on <= w.window_end)
           OR EXISTS (SELECT 1 FROM referral r WHERE r.person_id = t.person_id AND r.received_on > t.turned_aside_on
                   AND r.received_on <= w.window_end) AS recontacted_within_window,
       w.window_end < (now() AT TIME ZONE 'Europe/London')::date AS window_closed
FROM turned_aside t
CROSS JOIN LATERAL (SELECT intake_window_end(t.authority_id, 'RECONTACT_WINDOW', t.turned_aside_on) AS window_end) w;
COMMENT ON VIEW intake_facts_turned_aside IS 'One row per turning aside, with the check-back and whether the person contacted again within the re-contact window (PM23).';
