-- The joint review (issue 7; module cymru.gofal.review): review frameworks as data, and reviews built on them.
--
-- A framework has rating scales (each with ordered levels, ordinal 1 = worst), questions (each rated on one scale),
-- themes per question, and areas per theme. A review applies one framework to one council: its team, dates and
-- status; a rating per area and an overall judgement per question (both levels of the question's scale); a
-- narrative per theme; findings; and numbered priorities for action with actions by audience.
--
-- For the helpers who build on this schema:
--   * evidence (V22): tag evidence to review_area(id) within a review(id); fill review_area_rating.suggested_level_id,
--     suggestion_reason_en/cy and suggested_at (a row with level_id NULL = suggested but not yet rated);
--     review_area_indicator says which indicators (performance's catalogue) evidence an area.
--   * action plans (V23): plan lines hang off review_action(id); they are not review content, so they may change
--     after publication (the guard below covers only the review's own content tables).
--   * reports: texts are EN + CY; *_cy NULL on review content means "not written in Welsh" (show the English).
--     review.welsh_is_translation = TRUE says the Welsh is Gofal's own translation, not published text.
--     review.dates_to_month = TRUE says the on-site and findings dates are known only to the month.
-- Welsh of the seeded framework: glossary-cy.md section E where it has the term (all of E is [M] there too);
-- every other Welsh rendering in this file is the author's own [M].

-- ---------------------------------------------------------------------------------------------------------------
-- Frameworks (reference data; seeded ones locked, an ADMIN's own editable until locked)
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE review_framework (
    code           TEXT PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name_en        TEXT NOT NULL,
    name_cy        TEXT NOT NULL,
    description_en TEXT NOT NULL,
    description_cy TEXT NOT NULL,
    source         TEXT NOT NULL,
    -- A locked framework cannot change (reviews may then use it); seeded frameworks are locked.
    locked         BOOLEAN NOT NULL DEFAULT FALSE,
    version        INT NOT NULL DEFAULT 0,
    created_by     TEXT NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE review_scale (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    framework TEXT NOT NULL REFERENCES review_framework(code),
    code      TEXT NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    name_en   TEXT NOT NULL,
    name_cy   TEXT NOT NULL,
    UNIQUE (framework, code)
);

-- ordinal 1 = worst; the levels of one scale are 1..n without gaps (checked by the code that writes them).
CREATE TABLE review_scale_level (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scale_id BIGINT NOT NULL REFERENCES review_scale(id),
    ordinal  INT NOT NULL CHECK (ordinal BETWEEN 1 AND 10),
    code     TEXT NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    name_en  TEXT NOT NULL,
    name_cy  TEXT NOT NULL,
    UNIQUE (scale_id, ordinal),
    UNIQUE (scale_id, code)
);

CREATE TABLE review_question (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    framework TEXT NOT NULL REFERENCES review_framework(code),
    code      TEXT NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    ordinal   INT NOT NULL,
    text_en   TEXT NOT NULL,
    text_cy   TEXT NOT NULL,
    scale_id  BIGINT NOT NULL REFERENCES review_scale(id),
    UNIQUE (framework, code),
    UNIQUE (framework, ordinal)
);

CREATE TABLE review_theme (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    question_id BIGINT NOT NULL REFERENCES review_question(id),
    ordinal     INT NOT NULL,
    name_en     TEXT NOT NULL,
    name_cy     TEXT NOT NULL,
    scope_en    TEXT,
    scope_cy    TEXT,
    UNIQUE (question_id, ordinal),
    CHECK ((scope_en IS NULL) = (scope_cy IS NULL))
);

-- framework repeats the theme's question's framework so that an area code is unique within a framework.
CREATE TABLE review_area (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    framework TEXT NOT NULL REFERENCES review_framework(code),
    theme_id  BIGINT NOT NULL REFERENCES review_theme(id),
    code      TEXT NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    ordinal   INT NOT NULL,
    name_en   TEXT NOT NULL,
    name_cy   TEXT NOT NULL,
    UNIQUE (framework, code),
    UNIQUE (theme_id, ordinal)
);

-- The indicators (performance's catalogue, table indicator) that evidence an area. An indicator may evidence several.
CREATE TABLE review_area_indicator (
    area_id        BIGINT NOT NULL REFERENCES review_area(id),
    indicator_code TEXT NOT NULL REFERENCES indicator(code),
    PRIMARY KEY (area_id, indicator_code)
);

-- ---------------------------------------------------------------------------------------------------------------
-- Reviews
-- ---------------------------------------------------------------------------------------------------------------
-- status moves forward only, one step at a time: PLANNING -> FIELDWORK -> JUDGEMENT -> PUBLISHED -> FOLLOW_UP.
-- From PUBLISHED on, the review's content is read-only (trigger review_content_guard below); version is bumped by
-- every change to the review or its content (the optimistic lock of the whole review).
CREATE TABLE review (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    authority_id          BIGINT NOT NULL REFERENCES authority(id),
    framework             TEXT NOT NULL REFERENCES review_framework(code),
    kind                  TEXT NOT NULL CHECK (kind IN ('INSPECTION','SELF_ASSESSMENT')),
    title                 TEXT NOT NULL,
    period_from           DATE,
    period_to             DATE,
    onsite_from           DATE,
    onsite_to             DATE,
    findings_presented_on DATE,
    dates_to_month        BOOLEAN NOT NULL DEFAULT FALSE,
    status                TEXT NOT NULL DEFAULT 'PLANNING'
                          CHECK (status IN ('PLANNING','FIELDWORK','JUDGEMENT','PUBLISHED','FOLLOW_UP')),
    previous_review_id    BIGINT REFERENCES review(id),
    foreword_en           TEXT,
    foreword_cy           TEXT,
    welsh_is_translation  BOOLEAN NOT NULL DEFAULT FALSE,
    -- set only for a review loaded from a data file (e.g. MERTHYR_2007): makes the load idempotent.
    load_key              TEXT UNIQUE,
    source                TEXT,
    published_at          TIMESTAMPTZ,
    published_by          TEXT,
    version               INT NOT NULL DEFAULT 0,
    created_by            TEXT NOT NULL,
    created_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (period_to IS NULL OR period_from IS NULL OR period_to >= period_from),
    CHECK (onsite_to IS NULL OR onsite_from IS NULL OR onsite_to >= onsite_from),
    CHECK ((status IN ('PUBLISHED','FOLLOW_UP')) = (published_at IS NOT NULL))
);
CREATE INDEX review_authority_idx ON review (authority_id, created_at);

-- The team: Gofal users (user_id) or people named only (lay assessors, inspectors of 2007). name is always kept
-- (a user's display name when added) so the team reads the same after an account goes.
CREATE TABLE review_member (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    review_id    BIGINT NOT NULL REFERENCES review(id),
    user_id      BIGINT REFERENCES app_user(id),
    name         TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('LEAD_REVIEWER','REVIEWER','LAY_ASSESSOR')),
    organisation TEXT,
    ordinal      INT NOT NULL,
    UNIQUE (review_id, user_id)
);

-- One row per rated (or suggested) area. level_id NULL = not rated yet. The suggestion columns are filled by the
-- evidence rule (V22's helper); differs_from_suggestion marks a rating the reviewer chose against it.
-- That level_id and suggested_level_id belong to the area's question's scale is checked by the review module.
CREATE TABLE review_area_rating (
    review_id             BIGINT NOT NULL REFERENCES review(id),
    area_id               BIGINT NOT NULL REFERENCES review_area(id),
    level_id              BIGINT REFERENCES review_scale_level(id),
    rationale_en          TEXT,
    rationale_cy          TEXT,
    rated_by              TEXT,
    rated_at              TIMESTAMPTZ,
    suggested_level_id    BIGINT REFERENCES review_scale_level(id),
    suggestion_reason_en  TEXT,
    suggestion_reason_cy  TEXT,
    suggested_at          TIMESTAMPTZ,
    differs_from_suggestion BOOLEAN GENERATED ALWAYS AS
        (level_id IS NOT NULL AND suggested_level_id IS NOT NULL AND level_id <> suggested_level_id) STORED,
    PRIMARY KEY (review_id, area_id),
    CHECK ((level_id IS NULL) = (rated_at IS NULL))
);

-- The overall judgement per question (for 2007: the paragraphs of "1.1 Overall judgement", one per question).
CREATE TABLE review_question_judgement (
    review_id    BIGINT NOT NULL REFERENCES review(id),
    question_id  BIGINT NOT NULL REFERENCES review_question(id),
    level_id     BIGINT NOT NULL REFERENCES review_scale_level(id),
    narrative_en TEXT,
    narrative_cy TEXT,
    judged_by    TEXT NOT NULL,
    judged_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (review_id, question_id)
);

-- The narrative under a theme's rating table; paragraphs separated by a blank line.
CREATE TABLE review_theme_narrative (
    review_id BIGINT NOT NULL REFERENCES review(id),
    theme_id  BIGINT NOT NULL REFERENCES review_theme(id),
    text_en   TEXT NOT NULL,
    text_cy   TEXT,
    PRIMARY KEY (review_id, theme_id)
);

-- STRENGTH and AREA_FOR_DEVELOPMENT belong to a question; KEY_FINDING and CHALLENGE to the overall chapter.
-- indent 1 = a sub-item of the nearest indent-0 item before it (the seed's nested bullets).
CREATE TABLE review_finding (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    review_id   BIGINT NOT NULL REFERENCES review(id),
    question_id BIGINT REFERENCES review_question(id),
    kind        TEXT NOT NULL CHECK (kind IN ('STRENGTH','AREA_FOR_DEVELOPMENT','KEY_FINDING','CHALLENGE')),
    ordinal     INT NOT NULL,
    indent      SMALLINT NOT NULL DEFAULT 0 CHECK (indent IN (0, 1)),
    text_en     TEXT NOT NULL,
    text_cy     TEXT,
    CHECK ((kind IN ('STRENGTH','AREA_FOR_DEVELOPMENT')) = (question_id IS NOT NULL))
);
CREATE INDEX review_finding_review_idx ON review_finding (review_id, kind, ordinal);

CREATE TABLE review_priority (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    review_id BIGINT NOT NULL REFERENCES review(id),
    number    INT NOT NULL CHECK (number BETWEEN 1 AND 99),
    title_en  TEXT NOT NULL,
    title_cy  TEXT,
    UNIQUE (review_id, number)
);

-- "The Council should" / "Senior managers should" / "Staff should"; indent as in review_finding.
CREATE TABLE review_action (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    priority_id BIGINT NOT NULL REFERENCES review_priority(id),
    audience    TEXT NOT NULL CHECK (audience IN ('COUNCIL','SENIOR_MANAGERS','STAFF')),
    ordinal     INT NOT NULL,
    indent      SMALLINT NOT NULL DEFAULT 0 CHECK (indent IN (0, 1)),
    text_en     TEXT NOT NULL,
    text_cy     TEXT
);
CREATE INDEX review_action_priority_idx ON review_action (priority_id, audience, ordinal);

-- Published content is read-only, whatever writes it: the module refuses first with a clear message; this
-- trigger is the backstop. Only the review's own content tables are guarded (not evidence or action plans).
CREATE FUNCTION review_content_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    rid BIGINT;
BEGIN
    IF TG_TABLE_NAME = 'review_action' THEN
        SELECT p.review_id INTO rid FROM review_priority p
         WHERE p.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.priority_id ELSE NEW.priority_id END;
    ELSE
        rid := CASE WHEN TG_OP = 'DELETE' THEN OLD.review_id ELSE NEW.review_id END;
    END IF;
    IF EXISTS (SELECT 1 FROM review WHERE id = rid AND status IN ('PUBLISHED','FOLLOW_UP')) THEN
        RAISE EXCEPTION 'review % is published: its content is read-only', rid USING ERRCODE = 'check_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER review_member_guard BEFORE INSERT OR UPDATE OR DELETE ON review_member
    FOR EACH ROW EXECUTE FUNCTION review_content_guard();
CREATE TRIGGER review_area_rating_guard BEFORE INSERT OR UPDATE OR DELETE ON review_area_rating
    FOR EACH ROW EXECUTE FUNCTION review_content_guard();
CREATE TRIGGER review_question_judgement_guard BEFORE INSERT OR UPDATE OR DELETE ON review_question_judgement
    FOR EACH ROW EXECUTE FUNCTION review_content_guard();
CREATE TRIGGER review_theme_narrative_guard BEFORE INSERT OR UPDATE OR DELETE ON review_theme_narrative
    FOR EACH ROW EXECUTE FUNCTION review_content_guard();
CREATE TRIGGER review_finding_guard BEFORE INSERT OR UPDATE OR DELETE ON review_finding
    FOR EACH ROW EXECUTE FUNCTION review_content_guard();
CREATE TRIGGER review_priority_guard BEFORE INSERT OR UPDATE OR DELETE ON review_priority
    FOR EACH ROW EXECUTE FUNCTION review_content_guard();
CREATE TRIGGER review_action_guard BEFORE INSERT OR UPDATE OR DELETE ON review_action
    FOR EACH ROW EXECUTE FUNCTION review_content_guard();

-- ---------------------------------------------------------------------------------------------------------------
-- Seed: the CSSIW / WAO joint review framework (Wales, 2007), exactly as ../shared/docs/joint-review.md gives it:
-- 2 questions, 6 themes, 14 areas, 2 scales of 4 levels. Theme scopes are the seed report's "Themes" lists
-- (sections 2.1 and 2.2). Welsh: glossary-cy.md section E for questions, scales and theme names ([M] there);
-- areas, scopes and descriptions -- [M] (the author's rendering; to be checked by a translator).
-- ---------------------------------------------------------------------------------------------------------------
INSERT INTO review_framework (code, name_en, name_cy, description_en, description_cy, source, locked, created_by) VALUES
('JR_WALES_2007', 'CSSIW / WAO joint review (Wales, 2007)',
 -- [M]
 'Adolygiad ar y cyd AGGCC / Swyddfa Archwilio Cymru (Cymru, 2007)',
 'The joint review of a council''s social services by the Care and Social Services Inspectorate Wales and the Wales Audit Office: two key questions, each answered theme by theme, with every area rated on a four-point scale and an overall judgement per question.',
 -- [M]
 'Adolygiad ar y cyd o wasanaethau cymdeithasol cyngor gan Arolygiaeth Gofal a Gwasanaethau Cymdeithasol Cymru a Swyddfa Archwilio Cymru: dau gwestiwn allweddol, pob un yn cael ei ateb thema wrth thema, gyda gradd i bob maes ar raddfa pedwar pwynt a barn gyffredinol ar bob cwestiwn.',
 '../shared/docs/joint-review.md, read off the published summary of the 2007 Joint Review of Merthyr Tydfil County Borough Council Social Services (CSSIW and WAO)',
 TRUE, 'migration');

INSERT INTO review_scale (framework, code, name_en, name_cy) VALUES
-- [M]
('JR_WALES_2007', 'SERVICES', 'How good the services are', 'Pa mor dda yw''r gwasanaethau'),
-- [M]
('JR_WALES_2007', 'PROSPECTS', 'How well placed the Council is', 'Pa mor dda yw sefyllfa''r cyngor');

INSERT INTO review_scale_level (scale_id, ordinal, code, name_en, name_cy)
SELECT s.id, l.ordinal, l.code, l.name_en, l.name_cy
  FROM (VALUES
    -- glossary-cy.md section E ([M] there)
    ('SERVICES', 1, 'POOR', 'Poor', 'Gwael'),
    ('SERVICES', 2, 'INCONSISTENT', 'Inconsistent', 'Anghyson'),
    ('SERVICES', 3, 'MAINLY_GOOD', 'Mainly good', 'Da ar y cyfan'),
    ('SERVICES', 4, 'EXCELLENT', 'Excellent', 'Rhagorol'),
    ('PROSPECTS', 1, 'BADLY_PLACED', 'Badly placed', 'Mewn sefyllfa wael'),
    ('PROSPECTS', 2, 'UNCERTAINLY_PLACED', 'Uncertainly placed', 'Mewn sefyllfa ansicr'),
    ('PROSPECTS', 3, 'WELL_PLACED', 'Well placed', 'Mewn sefyllfa dda'),
    ('PROSPECTS', 4, 'STRONGLY_PLACED', 'Strongly placed', 'Mewn sefyllfa gref')
  ) AS l (scale, ordinal, code, name_en, name_cy)
  JOIN review_scale s ON s.framework = 'JR_WALES_2007' AND s.code = l.scale;

INSERT INTO review_question (framework, code, ordinal, text_en, text_cy, scale_id)
SELECT 'JR_WALES_2007', q.code, q.ordinal, q.text_en, q.text_cy, s.id
  FROM (VALUES
    -- glossary-cy.md section E ([M] there)
    ('Q1', 1, 'How good are the services?', 'Pa mor dda yw''r gwasanaethau?', 'SERVICES'),
    ('Q2', 2, 'How well placed is the Council to sustain and improve services?',
     'Pa mor dda yw sefyllfa''r cyngor i gynnal a gwella gwasanaethau?', 'PROSPECTS')
  ) AS q (code, ordinal, text_en, text_cy, scale)
  JOIN review_scale s ON s.framework = 'JR_WALES_2007' AND s.code = q.scale;

INSERT INTO review_theme (question_id, ordinal, name_en, name_cy, scope_en, scope_cy)
SELECT q.id, t.ordinal, t.name_en, t.name_cy, t.scope_en, t.scope_cy
  FROM (VALUES
    -- names: glossary-cy.md section E ([M] there); scopes -- [M]
    ('Q1', 1, 'Getting help', 'Cael help', 'access to services; assessment; care management and review',
     'mynediad at wasanaethau; asesu; rheoli gofal ac adolygu'),
    ('Q1', 2, 'The services provided', 'Y gwasanaethau a ddarperir', 'range; quality', 'ystod; ansawdd'),
    ('Q1', 3, 'The effect on people''s lives', 'Yr effaith ar fywydau pobl',
     'arrangements to protect vulnerable people; success in promoting independence and social inclusion',
     'trefniadau i ddiogelu pobl agored i niwed; llwyddiant wrth hybu annibyniaeth a chynhwysiant cymdeithasol'),
    ('Q2', 1, 'Shaping services', 'Llunio gwasanaethau', 'resources, planning and partnerships; commissioning and contracting',
     'adnoddau, cynllunio a phartneriaethau; comisiynu a chontractio'),
    ('Q2', 2, 'Delivering social services', 'Darparu gwasanaethau cymdeithasol', 'workforce; performance management',
     'gweithlu; rheoli perfformiad'),
    ('Q2', 3, 'Providing direction', 'Darparu cyfeiriad',
     'leadership and culture in social services; corporate and political support and scrutiny',
     'arweinyddiaeth a diwylliant yn y gwasanaethau cymdeithasol; cymorth a chraffu corfforaethol a gwleidyddol')
  ) AS t (question, ordinal, name_en, name_cy, scope_en, scope_cy)
  JOIN review_question q ON q.framework = 'JR_WALES_2007' AND q.code = t.question;

INSERT INTO review_area (framework, theme_id, code, ordinal, name_en, name_cy)
SELECT 'JR_WALES_2007', t.id, a.code, a.ordinal, a.name_en, a.name_cy
  FROM (VALUES
    -- English names as the seed report's rating tables spell them (its text is the source joint-review.md digests:
    -- the digest writes 'Care management' and 'Planning and partnerships'). Welsh names -- [M]
    ('Q1', 1, 'ACCESS', 1, 'Access', 'Mynediad'),
    ('Q1', 1, 'ASSESSMENT', 2, 'Assessment', 'Asesu'),
    ('Q1', 1, 'CARE_MANAGEMENT', 3, 'Care Management', 'Rheoli gofal'),
    ('Q1', 2, 'RANGE', 1, 'Range of services', 'Ystod y gwasanaethau'),
    ('Q1', 2, 'QUALITY', 2, 'Quality of services', 'Ansawdd y gwasanaethau'),
    ('Q1', 3, 'PROTECTION', 1, 'Protecting vulnerable people', 'Diogelu pobl agored i niwed'),
    ('Q1', 3, 'INDEPENDENCE', 2, 'Promoting independence & social inclusion', 'Hybu annibyniaeth a chynhwysiant cymdeithasol'),
    ('Q2', 1, 'RESOURCES', 1, 'Resources', 'Adnoddau'),
    ('Q2', 1, 'PLANNING', 2, 'Planning and Partnerships', 'Cynllunio a phartneriaethau'),
    ('Q2', 1, 'COMMISSIONING', 3, 'Commissioning and contracting', 'Comisiynu a chontractio'),
    ('Q2', 2, 'WORKFORCE', 1, 'Workforce', 'Gweithlu'),
    ('Q2', 2, 'PERFORMANCE_MANAGEMENT', 2, 'Performance management', 'Rheoli perfformiad'),
    ('Q2', 3, 'LEADERSHIP', 1, 'Leadership and culture in social services', 'Arweinyddiaeth a diwylliant yn y gwasanaethau cymdeithasol'),
    ('Q2', 3, 'SCRUTINY', 2, 'Political and corporate support and scrutiny', 'Cymorth a chraffu gwleidyddol a chorfforaethol')
  ) AS a (question, theme, code, ordinal, name_en, name_cy)
  JOIN review_question q ON q.framework = 'JR_WALES_2007' AND q.code = a.question
  JOIN review_theme t ON t.question_id = q.id AND t.ordinal = a.theme;

-- Which of the 25 indicators of V17/V18 evidence which 2007 area (the author's reading of the seed report's text
-- under each theme against each indicator's definition):
--   ACCESS: contact, referral and allocation measures (decision within 1 working day, re-referrals, allocation for
--     initial assessment, information/advice given and people not returning, advice count).
--   ASSESSMENT: assessment timeliness and quality (children's initial, core and 42-day assessments, child seen/seen
--     alone, adults' assessments within the council standard and their eligibility outcome, carers offered/assessed).
--   CARE_MANAGEMENT: plans and reviews (adults' and children's reviews held and on time, plans agreed).
--   RANGE: unmet need arising, needs met otherwise, carers assessed who got a service (the seed's "links between
--     needs in care plans and services made available").
--   PROTECTION: none of the 25 is a child or adult protection measure; seeing the child (alone) at initial
--     assessment is the nearest safeguarding practice measure, so SCC/011a and SCC/011b evidence it too.
--   INDEPENDENCE: people turned aside and what happens to them (not eligible, met otherwise, not returning after
--     advice) and carers supported (the seed: "what happens to people who are turned aside").
--   WORKFORCE: referrals allocated to a qualified social worker, or to someone else (SCC/007a, SCC/007b).
--   COMMISSIONING: unmet need arising (quantified evidence of gaps for commissioning strategies).
--   QUALITY, RESOURCES, PLANNING, PERFORMANCE_MANAGEMENT, LEADERSHIP, SCRUTINY: no indicator fits (quality
--     assurance, finance and governance have no measures in the catalogue yet).
INSERT INTO review_area_indicator (area_id, indicator_code)
SELECT a.id, m.indicator
  FROM (VALUES
    ('ACCESS', 'SCC/006'), ('ACCESS', 'SCC/010'), ('ACCESS', 'SCC/007a'), ('ACCESS', 'SCC/007b'), ('ACCESS', 'SCC/007c'),
    ('ACCESS', 'PM23'), ('ACCESS', 'AD/002'),
    ('ASSESSMENT', 'SCC/008'), ('ASSESSMENT', 'SCC/009'), ('ASSESSMENT', 'SCC/011a'), ('ASSESSMENT', 'SCC/011b'),
    ('ASSESSMENT', 'PM24'), ('ASSESSMENT', 'CH/012'), ('ASSESSMENT', 'LOC/AD-ASSESS-TIME'), ('ASSESSMENT', 'LOC/AD-ELIGIBLE'),
    ('ASSESSMENT', 'SCA/018a'), ('ASSESSMENT', 'SCA/018b'),
    ('CARE_MANAGEMENT', 'SCA/007'), ('CARE_MANAGEMENT', 'SCC/016'), ('CARE_MANAGEMENT', 'LOC/AD-REVIEW-TIME'),
    ('CARE_MANAGEMENT', 'LOC/PLANS-AGREED'),
    ('RANGE', 'LOC/UNMET-RECORDED'), ('RANGE', 'LOC/AD-MET-OTHERWISE'), ('RANGE', 'SCA/018c'),
    ('PROTECTION', 'SCC/011a'), ('PROTECTION', 'SCC/011b'),
    ('INDEPENDENCE', 'LOC/AD-NOT-ELIGIBLE'), ('INDEPENDENCE', 'LOC/AD-MET-OTHERWISE'), ('INDEPENDENCE', 'PM23'),
    ('INDEPENDENCE', 'SCA/018c'),
    ('WORKFORCE', 'SCC/007a'), ('WORKFORCE', 'SCC/007b'),
    ('COMMISSIONING', 'LOC/UNMET-RECORDED')
  ) AS m (area, indicator)
  JOIN review_area a ON a.framework = 'JR_WALES_2007' AND a.code = m.area;
