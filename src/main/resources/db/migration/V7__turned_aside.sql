-- People turned aside (issue 4 point 3): everyone whose contact, referral or assessment ended without care and
-- support from the council (information or advice given, signposted, not eligible, no further action), with the
-- reason, where they were signposted, and the follow-up: a check-back due date from the rule engine
-- (TURNED_ASIDE_CHECK_BACK) and what the check-back found. Whether they came back within 6 months is read from
-- later contacts, not stored. Written by the intake module only; the assessment module records its not-eligible
-- outcomes through the intake facade TurnedAsideRegister. The Welsh names are [M] unless in glossary-cy.md.

-- Community services people are signposted to. A council adds its own.
CREATE TABLE community_service (
    code    TEXT PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_cy TEXT NOT NULL,
    ordinal INT NOT NULL UNIQUE
);
INSERT INTO community_service (code, name_en, name_cy, ordinal) VALUES
('DEWIS', 'Dewis Cymru (well-being directory)', 'Dewis Cymru (cyfeiriadur llesiant)', 1),
('AGE_CYMRU', 'Age Cymru', 'Age Cymru', 2),
('CARERS_TRUST', 'Carers Trust Wales', 'Ymddiriedolaeth Gofalwyr Cymru', 3),
('CITIZENS_ADVICE', 'Citizens Advice', 'Cyngor ar Bopeth', 4),
('COMMUNITY_CONNECTOR', 'Community connector (local area coordination)', 'Cysylltydd cymunedol', 5),
('FAMILIES_FIRST', 'Families First', 'Teuluoedd yn Gyntaf', 6),
('HOUSING_ADVICE', 'Housing advice', 'Cyngor ar dai', 7),
('MIND', 'Mind (mental health charity)', 'Mind (elusen iechyd meddwl)', 8),
('FOOD_BANK', 'Food bank', 'Banc bwyd', 9),
('GP_HEALTH', 'GP or health service', 'Meddyg teulu neu wasanaeth iechyd', 10),
('OTHER', 'Other community service', 'Gwasanaeth cymunedol arall', 99);

-- Why a person was turned aside.
CREATE TABLE turned_aside_outcome (
    code    TEXT PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_cy TEXT NOT NULL,
    ordinal INT NOT NULL UNIQUE
);
INSERT INTO turned_aside_outcome (code, name_en, name_cy, ordinal) VALUES
('INFORMATION_ADVICE', 'Information or advice given', 'Rhoddwyd gwybodaeth neu gyngor', 1),
('SIGNPOSTED', 'Signposted to a community service', 'Cyfeiriwyd at wasanaeth cymunedol', 2),
('NOT_ELIGIBLE', 'Not eligible', 'Ddim yn gymwys', 3),
('NEEDS_MET_OTHERWISE', 'Needs met otherwise (no care and support plan)', 'Anghenion wedi''u diwallu fel arall (dim cynllun gofal a chymorth)', 4),
('NO_FURTHER_ACTION', 'No further action', 'Dim camau pellach', 5);

CREATE TABLE turned_aside (
    id                BIGSERIAL PRIMARY KEY,
    authority_id      BIGINT NOT NULL REFERENCES authority(id),
    person_id         BIGINT NOT NULL REFERENCES person(id),
    origin            TEXT NOT NULL CHECK (origin IN ('CONTACT','REFERRAL','ASSESSMENT')),
    origin_id         BIGINT NOT NULL,
    outcome           TEXT NOT NULL REFERENCES turned_aside_outcome(code),
    reason            TEXT NOT NULL,
    signposted_to     TEXT REFERENCES community_service(code),
    turned_aside_on   DATE NOT NULL,
    check_back_due    DATE NOT NULL,
    checked_back_on   DATE,
    check_back_note   TEXT,
    checked_back_by   TEXT,
    recorded_by       TEXT NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    version           INT NOT NULL DEFAULT 0,
    UNIQUE (origin, origin_id)
);
CREATE INDEX turned_aside_person ON turned_aside (person_id, turned_aside_on);
CREATE INDEX turned_aside_due ON turned_aside (authority_id, check_back_due) WHERE checked_back_on IS NULL;
CREATE INDEX turned_aside_on ON turned_aside (authority_id, turned_aside_on);
