-- Performance management (issue 6; module cymru.gofal.performance): the indicator catalogue as data, and the
-- read models it needs beyond the case modules' own reporting views. Every indicator is computed from one
-- reporting view (<module>_facts_<thing>) by the engine in one grouped pass:
--   denominator = rows of source_view whose period_column falls in the period and denominator_where holds;
--   numerator   = those rows for which numerator_where also holds;
--   value       = numerator / denominator x 100 (unit PERCENT) or the numerator (unit COUNT).
-- The where-clauses are SQL over the view's columns, written here in migrations by developers (never taken from
-- users); the engine checks identifiers and binds no user text into them. Titles and definitions in both languages;
-- Welsh text is [M] (the author's rendering) unless glossary-cy.md has it. Source: ../shared/docs/domain.md s.2,
-- with each row's citation in source; verified = FALSE where the definition's detail is the author's reading.

CREATE TABLE indicator_framework (
    code    TEXT PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_cy TEXT NOT NULL,
    ordinal INT NOT NULL UNIQUE
);
INSERT INTO indicator_framework (code, name_en, name_cy, ordinal) VALUES
('NSI_PAM', 'National strategic and performance measures (Wales, 2007 to 2016)', 'Dangosyddion strategol cenedlaethol a mesurau perfformiad (Cymru, 2007 i 2016)', 1),
('CODE_OF_PRACTICE', 'Code of practice performance measures (Wales, 2016 to 2020)', 'Mesurau perfformiad y cod ymarfer (Cymru, 2016 i 2020)', 2),
('PIF', 'Performance and Improvement Framework (Wales, from 2020)', 'Fframwaith Perfformiad a Gwella (Cymru, o 2020)', 3),
('LOCAL', 'Local measures', 'Mesurau lleol', 4);

CREATE TABLE indicator (
    code               TEXT PRIMARY KEY CHECK (code ~ '^[A-Z][A-Za-z0-9/_.-]{1,19}$'),
    framework          TEXT NOT NULL REFERENCES indicator_framework(code),
    service_area       TEXT NOT NULL CHECK (service_area IN ('ADULTS','CHILDREN','CARERS','ALL')),
    title_en           TEXT NOT NULL,
    title_cy           TEXT NOT NULL,
    definition_en      TEXT NOT NULL,
    definition_cy      TEXT NOT NULL,
    numerator_en       TEXT NOT NULL,
    numerator_cy       TEXT NOT NULL,
    denominator_en     TEXT,
    denominator_cy     TEXT,
    polarity           TEXT NOT NULL CHECK (polarity IN ('HIGHER_IS_BETTER','LOWER_IS_BETTER')),
    unit               TEXT NOT NULL CHECK (unit IN ('PERCENT','COUNT')),
    -- FLOW: rows counted in the period their period_column falls in (months add up to quarters and years).
    period_type        TEXT NOT NULL CHECK (period_type IN ('FLOW')),
    source_view        TEXT NOT NULL CHECK (source_view ~ '^[a-z]+_facts_[a-z_]+$'),
    period_column      TEXT NOT NULL CHECK (period_column ~ '^[a-z_]+$'),
    team_column        TEXT NOT NULL CHECK (team_column ~ '^[a-z_]+$'),
    person_column      TEXT NOT NULL CHECK (person_column ~ '^[a-z_]+$'),
    row_id_column      TEXT NOT NULL CHECK (row_id_column ~ '^[a-z_]+$'),
    denominator_where  TEXT NOT NULL,
    numerator_where    TEXT NOT NULL,
    -- The page of one record behind the number, {id} standing for row_id_column's value; NULL = the person's page.
    record_path        TEXT CHECK (record_path ~ '^/[a-z/-]+\{id\}$'),
    source             TEXT NOT NULL,
    verified           BOOLEAN NOT NULL,
    ordinal            INT NOT NULL UNIQUE,
    CHECK ((unit = 'PERCENT') = (denominator_en IS NOT NULL)),
    CHECK ((denominator_en IS NULL) = (denominator_cy IS NULL))
);

-- ---------------------------------------------------------------------------------------------------------------
-- Read models the indicators need beyond the case modules' views, each owned by the module named in its name.
-- ---------------------------------------------------------------------------------------------------------------

-- Intake: each person turned aside carries the day of their next contact or referral after being turned aside
-- (next_contact_on), kept by triggers for every writer (the intake module and the simulator's COPY alike): a new
-- contact or referral moves it earlier for the person's rows turned aside before it; a new turning aside finds it
-- among the contacts and referrals already recorded. PM23 then reads one column instead of searching contacts for
-- every row. A second call on the day of the turning aside is the same episode, so only later days count.
ALTER TABLE turned_aside ADD COLUMN next_contact_on DATE;
-- The route (ADULTS or CHILDREN) by the person's age on the day they were turned aside; a person with no date of
-- birth counts as an adult, as intake routes them. Set on insert by the trigger below, so readers need not join
-- the person register.
ALTER TABLE turned_aside ADD COLUMN route TEXT CHECK (route IN ('ADULTS','CHILDREN'));
UPDATE turned_aside t SET route = CASE WHEN p.date_of_birth IS NOT NULL AND p.date_of_birth > t.turned_aside_on - interval '18 years'
        THEN 'CHILDREN' ELSE 'ADULTS' END
  FROM person p WHERE p.id = t.person_id;
UPDATE turned_aside t SET next_contact_on = (
    SELECT min(d) FROM (SELECT c.received_on AS d FROM contact c WHERE c.person_id = t.person_id AND c.received_on > t.turned_aside_on
                        UNION ALL
                        SELECT r.received_on FROM referral r WHERE r.person_id = t.person_id AND r.received_on > t.turned_aside_on) x);

CREATE FUNCTION turned_aside_next_contact_from_new_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE turned_aside t SET next_contact_on = n.first
      FROM (SELECT t2.id, min(x.received_on) AS first
              FROM new_rows x JOIN turned_aside t2 ON t2.person_id = x.person_id AND x.received_on > t2.turned_aside_on
             GROUP BY t2.id) n
     WHERE t.id = n.id AND (t.next_contact_on IS NULL OR t.next_contact_on > n.first);
    RETURN NULL;
END $$;
CREATE TRIGGER contact_next_contact AFTER INSERT ON contact REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION turned_aside_next_contact_from_new_rows();
CREATE TRIGGER referral_next_contact AFTER INSERT ON referral REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION turned_aside_next_contact_from_new_rows();

CREATE FUNCTION turned_aside_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.route := (SELECT CASE WHEN p.date_of_birth IS NOT NULL AND p.date_of_birth > NEW.turned_aside_on - interval '18 years'
                              THEN 'CHILDREN' ELSE 'ADULTS' END FROM person p WHERE p.id = NEW.person_id);
    NEW.next_contact_on := (
        SELECT min(d) FROM (SELECT c.received_on AS d FROM contact c WHERE c.person_id = NEW.person_id AND c.received_on > NEW.turned_aside_on
                            UNION ALL
                            SELECT r.received_on FROM referral r WHERE r.person_id = NEW.person_id AND r.received_on > NEW.turned_aside_on) x);
    RETURN NEW;
END $$;
CREATE TRIGGER turned_aside_next_contact BEFORE INSERT ON turned_aside
    FOR EACH ROW EXECUTE FUNCTION turned_aside_on_insert();

-- The view gains route, for PM23, and reads next_contact_on. Compatible change:
-- the same columns in the same order, one added at the end.
CREATE OR REPLACE VIEW intake_facts_turned_aside AS
SELECT t.id AS turned_aside_id, t.authority_id, t.person_id, t.origin, t.origin_id, t.outcome, t.signposted_to,
       t.turned_aside_on, t.check_back_due, t.checked_back_on, t.team_id,
       w.window_end AS recontact_window_end,
       coalesce(t.next_contact_on <= w.window_end, FALSE) AS recontacted_within_window,
       w.window_end < (now() AT TIME ZONE 'Europe/London')::date AS window_closed,
       t.route
FROM turned_aside t
JOIN authority a ON a.id = t.authority_id
JOIN timescale_rule rule ON rule.regime = a.regime AND rule.code = 'RECONTACT_WINDOW'
-- The window's end as intake_window_end computes it, written inline so that it costs no function call per row.
CROSS JOIN LATERAL (SELECT CASE rule.unit
        WHEN 'MONTHS' THEN (t.turned_aside_on + make_interval(months => rule.time_offset))::date
        WHEN 'WEEKS' THEN t.turned_aside_on + 7 * rule.time_offset
        WHEN 'CALENDAR_DAYS' THEN t.turned_aside_on + rule.time_offset END AS window_end) w;

-- Indexes for the engine: each indicator reads its view for one council and a date range.
CREATE INDEX IF NOT EXISTS contact_council_received ON contact (authority_id, received_on);
CREATE INDEX IF NOT EXISTS turned_aside_council_on ON turned_aside (authority_id, turned_aside_on);
CREATE INDEX IF NOT EXISTS assessment_council_completed ON assessment (authority_id, completed_on);
CREATE INDEX IF NOT EXISTS assessment_council_clock ON assessment (authority_id, clock_start);
CREATE INDEX IF NOT EXISTS referral_person_received ON referral (person_id, received_on);
CREATE INDEX IF NOT EXISTS turned_aside_person ON turned_aside (person_id, turned_aside_on);

-- Workforce: one row per member of staff, with whether they are a qualified, registered social worker (SCC/007a).
CREATE VIEW workforce_facts_staff AS
SELECT s.id, s.authority_id, s.role, r.qualified_social_work AND s.scw_registered AS qualified_social_worker,
       s.scw_registered, s.team_id, s.qualified_on, s.welsh_level, s.caseload_capacity, s.started_on, s.left_on
  FROM staff s JOIN staff_role r ON r.code = s.role;
COMMENT ON VIEW workforce_facts_staff IS
    'One row per member of staff: role, qualified and registered social worker, team, qualified on, Welsh, capacity, started and left. Reporting read model of the workforce module.';

-- People: who cares for whom (relationship kind CARER: person_id is the carer of related_person_id), with dates.
CREATE VIEW people_facts_carers AS
SELECT r.id, r.authority_id, r.person_id AS carer_person_id, r.related_person_id AS cared_for_person_id,
       r.from_date, r.to_date
  FROM person_relationship r WHERE r.kind = 'CARER';
COMMENT ON VIEW people_facts_carers IS
    'One row per caring relationship: the carer, the person cared for, from and to. Reporting read model of the people module.';

-- Performance: initial assessments of children opened from referrals, with whom they were allocated to: a
-- qualified registered social worker, someone else, or nobody (SCC/007a-c).
CREATE VIEW performance_facts_initial_allocation AS
SELECT a.id, a.authority_id, a.person_id, a.team_id, a.referral_id, a.clock_start, a.staff_id,
       CASE WHEN a.staff_id IS NULL THEN 'NONE' WHEN s.qualified_social_worker THEN 'SOCIAL_WORKER' ELSE 'OTHER' END AS allocated_to
  FROM assessment_facts_assessments a LEFT JOIN workforce_facts_staff s ON s.id = a.staff_id
 WHERE a.type_code = 'INITIAL_ASSESSMENT' AND a.referral_id IS NOT NULL;
COMMENT ON VIEW performance_facts_initial_allocation IS
    'One row per children''s initial assessment opened from a referral: allocated to a qualified social worker, to someone else, or not allocated (SCC/007a-c).';

-- Performance: adults' completed assessments (client group ADULT), with their eligibility result (any eligible
-- need; else any need met otherwise; else not eligible), whether the person had a carer while being assessed,
-- and whether a carer's assessment was offered from it (SCA/018a, eligibility measures).
CREATE VIEW performance_facts_adult_assessments AS
SELECT a.id, a.authority_id, a.person_id, a.team_id, a.type_code, a.clock_start, a.due_on, a.completed_on, a.in_time,
       CASE WHEN EXISTS (SELECT 1 FROM assessment_facts_eligibility e WHERE e.assessment_id = a.id AND e.eligible) THEN 'ELIGIBLE'
            WHEN EXISTS (SELECT 1 FROM assessment_facts_eligibility e WHERE e.assessment_id = a.id AND e.outcome_code = 'NEEDS_MET_OTHERWISE') THEN 'NEEDS_MET_OTHERWISE'
            WHEN EXISTS (SELECT 1 FROM assessment_facts_eligibility e WHERE e.assessment_id = a.id) THEN 'NOT_ELIGIBLE'
            ELSE 'NONE_RECORDED' END AS eligibility,
       EXISTS (SELECT 1 FROM people_facts_carers c WHERE c.cared_for_person_id = a.person_id
                  AND (c.from_date IS NULL OR c.from_date <= a.completed_on)
                  AND (c.to_date IS NULL OR c.to_date >= a.clock_start)) AS has_carer,
       EXISTS (SELECT 1 FROM assessment_facts_carer_offers o WHERE o.assessment_id = a.id) AS carer_offered
  FROM assessment_facts_assessments a
 WHERE a.client_group = 'ADULT' AND a.completed_on IS NOT NULL;
COMMENT ON VIEW performance_facts_adult_assessments IS
    'One row per completed adult assessment: eligibility result, had a carer, carer''s assessment offered (SCA/018a, new assessments by eligibility outcome).';

-- Performance: carers' assessments offered, with the team of the assessment they were offered from (SCA/018b).
CREATE VIEW performance_facts_carer_offers AS
SELECT o.id, o.authority_id, o.carer_person_id, o.cared_for_person_id, a.team_id, o.offered_on, o.response,
       o.carer_assessed_on
  FROM assessment_facts_carer_offers o JOIN assessment_facts_assessments a ON a.id = o.assessment_id;
COMMENT ON VIEW performance_facts_carer_offers IS
    'One row per carer''s assessment offered, with the offering assessment''s team and whether the carer was assessed (SCA/018b).';

-- ---------------------------------------------------------------------------------------------------------------
-- The indicators the records built so far can feed (domain.md s.2). Plans and reviews (SCA/007, SCA/018c,
-- SCC/016) follow in the migration that adds their read models. Welsh text [M] throughout.
-- ---------------------------------------------------------------------------------------------------------------
INSERT INTO indicator (code, framework, service_area, title_en, title_cy, definition_en, definition_cy, numerator_en, numerator_cy,
        denominator_en, denominator_cy, polarity, unit, period_type, source_view, period_column, team_column, person_column,
        row_id_column, denominator_where, numerator_where, source, verified, ordinal) VALUES
('SCC/006', 'NSI_PAM', 'CHILDREN',
 'Referrals decided within 1 working day', 'Atgyfeiriadau y penderfynwyd arnynt o fewn 1 diwrnod gwaith',
 'The percentage of referrals of children received in the period on which a decision was made within 1 working day (REFERRAL_DECISION). A referral still undecided counts once its due day has passed.',
 'Canran yr atgyfeiriadau o blant a dderbyniwyd yn y cyfnod y gwnaed penderfyniad arnynt o fewn 1 diwrnod gwaith (REFERRAL_DECISION). Mae atgyfeiriad heb benderfyniad yn cyfrif unwaith y bydd ei ddiwrnod dyledus wedi mynd heibio.',
 'Referrals decided on or before their decision due day', 'Atgyfeiriadau y penderfynwyd arnynt ar neu cyn eu diwrnod penderfynu dyledus',
 'Children''s referrals received in the period, decided or past their due day', 'Atgyfeiriadau plant a dderbyniwyd yn y cyfnod, wedi''u penderfynu neu wedi pasio''u diwrnod dyledus',
 'HIGHER_IS_BETTER', 'PERCENT', 'FLOW', 'intake_facts_referrals', 'received_on', 'team_id', 'person_id', 'referral_id',
 'route = ''CHILDREN'' AND (decided_on IS NOT NULL OR decision_due < (now() AT TIME ZONE ''Europe/London'')::date)',
 'decided_in_time IS TRUE',
 'domain.md 2a, SCC/006: referrals with a decision within 1 working day.', TRUE, 10),
('SCC/010', 'NSI_PAM', 'CHILDREN',
 'Re-referrals within 12 months', 'Ail-atgyfeiriadau o fewn 12 mis',
 'The percentage of referrals of children received in the period that were re-referrals within 12 months of a previous referral (RE_REFERRAL_WINDOW).',
 'Canran yr atgyfeiriadau o blant a dderbyniwyd yn y cyfnod a oedd yn ail-atgyfeiriadau o fewn 12 mis i atgyfeiriad blaenorol (RE_REFERRAL_WINDOW).',
 'Re-referrals', 'Ail-atgyfeiriadau', 'Children''s referrals received in the period', 'Atgyfeiriadau plant a dderbyniwyd yn y cyfnod',
 'LOWER_IS_BETTER', 'PERCENT', 'FLOW', 'intake_facts_referrals', 'received_on', 'team_id', 'person_id', 'referral_id',
 'route = ''CHILDREN''', 're_referral',
 'domain.md 2a, SCC/010: referrals that are re-referrals within 12 months.', TRUE, 20),
('SCC/007a', 'NSI_PAM', 'CHILDREN',
 'Referrals allocated to a social worker for initial assessment', 'Atgyfeiriadau a neilltuwyd i weithiwr cymdeithasol ar gyfer asesiad cychwynnol',
 'The percentage of referrals going to initial assessment in the period that were allocated to a qualified social worker registered with Social Care Wales.',
 'Canran yr atgyfeiriadau a aeth i asesiad cychwynnol yn y cyfnod a neilltuwyd i weithiwr cymdeithasol cymwysedig sydd wedi cofrestru gyda Gofal Cymdeithasol Cymru.',
 'Allocated to a qualified social worker', 'Wedi''u neilltuo i weithiwr cymdeithasol cymwysedig',
 'Referrals going to initial assessment in the period', 'Atgyfeiriadau a aeth i asesiad cychwynnol yn y cyfnod',
 'HIGHER_IS_BETTER', 'PERCENT', 'FLOW', 'performance_facts_initial_allocation', 'clock_start', 'team_id', 'person_id', 'id',
 'TRUE', 'allocated_to = ''SOCIAL_WORKER''',
 'domain.md 2a, SCC/007a-c [22]; "allocated" read as the assessment''s worker as recorded now.', FALSE, 30),
('SCC/007b', 'NSI_PAM', 'CHILDREN',
 'Referrals allocated to someone other than a social worker', 'Atgyfeiriadau a neilltuwyd i rywun heblaw gweithiwr cymdeithasol',
 'The percentage of referrals going to initial assessment in the period that were allocated to someone other than a qualified registered social worker.',
 'Canran yr atgyfeiriadau a aeth i asesiad cychwynnol yn y cyfnod a neilltuwyd i rywun heblaw gweithiwr cymdeithasol cymwysedig cofrestredig.',
 'Allocated to someone else', 'Wedi''u neilltuo i rywun arall',
 'Referrals going to initial assessment in the period', 'Atgyfeiriadau a aeth i asesiad cychwynnol yn y cyfnod',
 'LOWER_IS_BETTER', 'PERCENT', 'FLOW', 'performance_facts_initial_allocation', 'clock_start', 'team_id', 'person_id', 'id',
 'TRUE', 'allocated_to = ''OTHER''',
 'domain.md 2a, SCC/007a-c [22].', FALSE, 31),
('SCC/007c', 'NSI_PAM', 'CHILDREN',
 'Referrals not allocated for initial assessment', 'Atgyfeiriadau na neilltuwyd ar gyfer asesiad cychwynnol',
 'The percentage of referrals going to initial assessment in the period that were not allocated to anyone.',
 'Canran yr atgyfeiriadau a aeth i asesiad cychwynnol yn y cyfnod na neilltuwyd i neb.',
 'Not allocated', 'Heb eu neilltuo',
 'Referrals going to initial assessment in the period', 'Atgyfeiriadau a aeth i asesiad cychwynnol yn y cyfnod',
 'LOWER_IS_BETTER', 'PERCENT', 'FLOW', 'performance_facts_initial_allocation', 'clock_start', 'team_id', 'person_id', 'id',
 'TRUE', 'allocated_to = ''NONE''',
 'domain.md 2a, SCC/007a-c [22].', FALSE, 32),
('SCC/008', 'NSI_PAM', 'CHILDREN',
 'Initial assessments within 7 working days', 'Asesiadau cychwynnol o fewn 7 diwrnod gwaith',
 'The percentage of initial assessments completed in the period that were completed within 7 working days of referral (INITIAL_ASSESSMENT).',
 'Canran yr asesiadau cychwynnol a gwblhawyd yn y cyfnod a gwblhawyd o fewn 7 diwrnod gwaith i''r atgyfeiriad (INITIAL_ASSESSMENT).',
 'Completed on or before the due day', 'Wedi''u cwblhau ar neu cyn y diwrnod dyledus',
 'Initial assessments completed in the period', 'Asesiadau cychwynnol a gwblhawyd yn y cyfnod',
 'HIGHER_IS_BETTER', 'PERCENT', 'FLOW', 'assessment_facts_assessments', 'completed_on', 'team_id', 'person_id', 'id',
 'type_code = ''INITIAL_ASSESSMENT'' AND completed_on IS NOT NULL', 'in_time IS TRUE',
 'domain.md 2a, SCC/008: initial assessments within 7 working days of referral.', TRUE, 40),
('SCC/009', 'NSI_PAM', 'CHILDREN',
 'Core assessments within 35 working days', 'Asesiadau craidd o fewn 35 diwrnod gwaith',
 'The percentage of core assessments completed in the period that were completed within 35 working days of their start (CORE_ASSESSMENT).',
 'Canran yr asesiadau craidd a gwblhawyd yn y cyfnod a gwblhawyd o fewn 35 diwrnod gwaith i''w dechrau (CORE_ASSESSMENT).',
 'Completed on or before the due day', 'Wedi''u cwblhau ar neu cyn y diwrnod dyledus',
 'Core assessments completed in the period', 'Asesiadau craidd a gwblhawyd yn y cyfnod',
 'HIGHER_IS_BETTER', 'PERCENT', 'FLOW', 'assessment_facts_assessments', 'completed_on', 'team_id', 'person_id', 'id',
 'type_code = ''CORE_ASSESSMENT'' AND completed_on IS NOT NULL', 'in_time IS TRUE',
 'domain.md 2a, SCC/009: core assessments within 35 working days.', TRUE, 50),
('SCC/011a', 'NSI_PAM', 'CHILDREN',
 'Initial assessments where the child was seen', 'Asesiadau cychwynnol lle gwelwyd y plentyn',
 'The percentage of initial assessments completed in the period during which the child was seen by the social worker.',
 'Canran yr asesiadau cychwynnol a gwblhawyd yn y cyfnod pan welwyd y plentyn gan y gweithiwr cymdeithasol.',
 'Child seen', 'Gwelwyd y plentyn', 'Initial assessments completed in the period', 'Asesiadau cychwynnol a gwblhawyd yn y cyfnod',
 'HIGHER_IS_BETTER', 'PERCENT', 'FLOW', 'assessment_facts_assessments', 'completed_on', 'team_id', 'person_id', 'id',
 'type_code = ''INITIAL_ASSESSMENT'' AND completed_on IS NOT NULL', 'child_seen IS TRUE',
 'domain.md 2a, SCC/011a [22].', TRUE, 60),
('SCC/011b', 'NSI_PAM', 'CHILDREN',
 'Initial assessments where the child was seen alone', 'Asesiadau cychwynnol lle gwelwyd y plentyn ar ei ben ei hun',
 'The percentage of initial assessments completed in the period during which the child was seen alone by the social worker.',
 'Canran yr asesiadau cychwynnol a gwblhawyd yn y cyfnod pan welwyd y plentyn ar ei ben ei hun gan y gweithiwr cymdeithasol.',
 'Child seen alone', 'Gwelwyd y plentyn ar ei ben ei hun', 'Initial assessments completed in the period', 'Asesiadau cychwynnol a gwblhawyd yn y cyfnod',
 'HIGHER_IS_BETTER', 'PERCENT', 'FLOW', 'assessment_facts_assessments', 'completed_on', 'team_id', 'person_id', 'id',
 'type_code = ''INITIAL_ASSESSMENT'' AND completed_on IS NOT NULL', 'child_seen_alone IS TRUE',
 'domain.md 2a, SCC/011b [22].', TRUE, 61),
('PM24', 'CODE_OF_PRACTICE', 'CHILDREN',
 'Child assessments within 42 working days', 'Asesiadau plant o fewn 42 diwrnod gwaith',
 'The percentage of child assessments completed in the period that were completed within 42 working days of referral (CHILD_ASSESSMENT).',
 'Canran yr asesiadau plant a gwblhawyd yn y cyfnod a gwblhawyd o fewn 42 diwrnod gwaith i''r atgyfeiriad (CHILD_ASSESSMENT).',
 'Completed on or before the due day', 'Wedi''u cwblhau ar neu cyn y diwrnod dyledus',
 'Child assessments completed in the period', 'Asesiadau plant a gwblhawyd yn y cyfnod',
 'HIGHER_IS_BETTER', 'PERCENT', 'FLOW', 'assessment_facts_assessments', 'completed_on', 'team_id', 'person_id', 'id',
 'type_code = ''CHILD_ASSESSMENT'' AND completed_on IS NOT NULL', 'in_time IS TRUE',
 'domain.md 2b, PM24: child assessments completed within 42 working days of referral / child assessments completed.', TRUE, 70),
('CH/012', 'PIF', 'CHILDREN',
 'Child assessments completed within 42 working days (count)', 'Asesiadau plant a gwblhawyd o fewn 42 diwrnod gwaith (nifer)',
 'The number of child assessments completed in the period within 42 working days of referral.',
 'Nifer yr asesiadau plant a gwblhawyd yn y cyfnod o fewn 42 diwrnod gwaith i''r atgyfeiriad.',
 'Child assessments completed in time', 'Asesiadau plant a gwblhawyd mewn pryd', NULL, NULL,
 'HIGHER_IS_BETTER', 'COUNT', 'FLOW', 'assessment_facts_assessments', 'completed_on', 'team_id', 'person_id', 'id',
 'type_code = ''CHILD_ASSESSMENT'' AND completed_on IS NOT NULL', 'in_time IS TRUE',
 'domain.md 2c, CH/012 [10].', TRUE, 80),
('PM23', 'CODE_OF_PRACTICE', 'ADULTS',
 'Adults given information, advice or assistance who did not contact again within 6 months', 'Oedolion a gafodd wybodaeth, cyngor neu gymorth na chysylltodd eto o fewn 6 mis',
 'The percentage of adults given information or advice, or signposted, in the period whose 6-month window (RECONTACT_WINDOW) has closed, who did not contact the council again within it.',
 'Canran yr oedolion a gafodd wybodaeth neu gyngor, neu a gyfeiriwyd, yn y cyfnod y mae eu ffenestr 6 mis (RECONTACT_WINDOW) wedi cau, na chysylltodd â''r cyngor eto o''i mewn.',
 'Did not contact again within the window', 'Heb gysylltu eto o fewn y ffenestr',
 'Adults given information, advice or assistance whose window has closed', 'Oedolion a gafodd wybodaeth, cyngor neu gymorth y mae eu ffenestr wedi cau',
 'HIGHER_IS_BETTER', 'PERCENT', 'FLOW', 'intake_facts_turned_aside', 'turned_aside_on', 'team_id', 'person_id', 'turned_aside_id',
 'route = ''ADULTS'' AND outcome IN (''INFORMATION_ADVICE'', ''SIGNPOSTED'') AND window_closed', 'NOT recontacted_within_window',
 'domain.md 2b, PM23: adults given IAA who did not re-contact within 6 months.', TRUE, 90),
('AD/002', 'PIF', 'ADULTS',
 'Adults'' contacts given advice or assistance (count)', 'Cysylltiadau oedolion a gafodd gyngor neu gymorth (nifer)',
 'The number of contacts about adults received in the period that ended in information, advice or signposting.',
 'Nifer y cysylltiadau am oedolion a dderbyniwyd yn y cyfnod a ddaeth i ben â gwybodaeth, cyngor neu gyfeirio.',
 'Contacts given advice or assistance', 'Cysylltiadau a gafodd gyngor neu gymorth', NULL, NULL,
 'HIGHER_IS_BETTER', 'COUNT', 'FLOW', 'intake_facts_contacts', 'received_on', 'team_id', 'person_id', 'contact_id',
 'route = ''ADULTS''', 'outcome IN (''INFORMATION_ADVICE'', ''SIGNPOSTED'')',
 'domain.md 2c, AD/002 [10].', TRUE, 100),
('SCA/018a', 'NSI_PAM', 'CARERS',
 'Carers of adults offered an assessment', 'Gofalwyr oedolion a gynigiwyd asesiad iddynt',
 'The percentage of adults'' assessments completed in the period, of people who had a carer, from which the carer was offered an assessment in their own right.',
 'Canran yr asesiadau oedolion a gwblhawyd yn y cyfnod, o bobl a oedd â gofalwr, y cynigiwyd asesiad i''r gofalwr yn ei hawl ei hun ohonynt.',
 'Carer offered an assessment', 'Cynigiwyd asesiad i''r gofalwr',
 'Adults'' assessments completed in the period where the person had a carer', 'Asesiadau oedolion a gwblhawyd yn y cyfnod lle roedd gan yr unigolyn ofalwr',
 'HIGHER_IS_BETTER', 'PERCENT', 'FLOW', 'performance_facts_adult_assessments', 'completed_on', 'team_id', 'person_id', 'id',
 'has_carer', 'carer_offered',
 'domain.md 2a, SCA/018a; counted per assessment of the person cared for (the author''s reading).', FALSE, 110),
('SCA/018b', 'NSI_PAM', 'CARERS',
 'Carers offered an assessment who were assessed', 'Gofalwyr a gynigiwyd asesiad iddynt ac a aseswyd',
 'The percentage of carers offered an assessment in the period whose carer''s assessment has been completed.',
 'Canran y gofalwyr a gynigiwyd asesiad iddynt yn y cyfnod y mae eu hasesiad gofalwr wedi''i gwblhau.',
 'Carers assessed', 'Gofalwyr a aseswyd', 'Carers offered an assessment in the period', 'Gofalwyr a gynigiwyd asesiad iddynt yn y cyfnod',
 'HIGHER_IS_BETTER', 'PERCENT', 'FLOW', 'performance_facts_carer_offers', 'offered_on', 'team_id', 'carer_person_id', 'id',
 'TRUE', 'carer_assessed_on IS NOT NULL',
 'domain.md 2a, SCA/018b; denominator read as carers offered (the author''s reading).', FALSE, 111),
('LOC/AD-ELIGIBLE', 'LOCAL', 'ADULTS',
 'Adults'' assessments finding an eligible need', 'Asesiadau oedolion a ganfu angen cymwys',
 'The percentage of adults'' assessments completed in the period that found at least one eligible need (new assessments by eligibility outcome).',
 'Canran yr asesiadau oedolion a gwblhawyd yn y cyfnod a ganfu o leiaf un angen cymwys (asesiadau newydd yn ôl canlyniad cymhwysedd).',
 'At least one eligible need', 'O leiaf un angen cymwys', 'Adults'' assessments completed in the period', 'Asesiadau oedolion a gwblhawyd yn y cyfnod',
 'HIGHER_IS_BETTER', 'PERCENT', 'FLOW', 'performance_facts_adult_assessments', 'completed_on', 'team_id', 'person_id', 'id',
 'TRUE', 'eligibility = ''ELIGIBLE''',
 'domain.md 2c: new assessments by eligibility outcome [24]; local measure. Polarity is a council choice.', FALSE, 120),
('LOC/AD-MET-OTHERWISE', 'LOCAL', 'ADULTS',
 'Adults'' assessments with needs met otherwise (count)', 'Asesiadau oedolion ag anghenion wedi''u diwallu fel arall (nifer)',
 'The number of adults'' assessments completed in the period whose needs were met otherwise, without a care and support plan.',
 'Nifer yr asesiadau oedolion a gwblhawyd yn y cyfnod y diwallwyd eu hanghenion fel arall, heb gynllun gofal a chymorth.',
 'Needs met otherwise', 'Anghenion wedi''u diwallu fel arall', NULL, NULL,
 'HIGHER_IS_BETTER', 'COUNT', 'FLOW', 'performance_facts_adult_assessments', 'completed_on', 'team_id', 'person_id', 'id',
 'TRUE', 'eligibility = ''NEEDS_MET_OTHERWISE''',
 'domain.md 2c: new assessments by eligibility outcome [24]; local measure.', FALSE, 121),
('LOC/AD-NOT-ELIGIBLE', 'LOCAL', 'ADULTS',
 'Adults'' assessments finding no eligible need (count)', 'Asesiadau oedolion heb ganfod angen cymwys (nifer)',
 'The number of adults'' assessments completed in the period that found no eligible need.',
 'Nifer yr asesiadau oedolion a gwblhawyd yn y cyfnod na chanfu angen cymwys.',
 'Not eligible', 'Ddim yn gymwys', NULL, NULL,
 'LOWER_IS_BETTER', 'COUNT', 'FLOW', 'performance_facts_adult_assessments', 'completed_on', 'team_id', 'person_id', 'id',
 'TRUE', 'eligibility = ''NOT_ELIGIBLE''',
 'domain.md 2c: new assessments by eligibility outcome [24]; local measure.', FALSE, 122),
('LOC/AD-ASSESS-TIME', 'LOCAL', 'ADULTS',
 'Adults'' assessments completed within the council standard', 'Asesiadau oedolion a gwblhawyd o fewn safon y cyngor',
 'The percentage of adults'' assessments completed in the period on or before their due day (the council standard: no national maximum).',
 'Canran yr asesiadau oedolion a gwblhawyd yn y cyfnod ar neu cyn eu diwrnod dyledus (safon y cyngor: dim uchafswm cenedlaethol).',
 'Completed on or before the due day', 'Wedi''u cwblhau ar neu cyn y diwrnod dyledus', 'Adults'' assessments completed in the period', 'Asesiadau oedolion a gwblhawyd yn y cyfnod',
 'HIGHER_IS_BETTER', 'PERCENT', 'FLOW', 'performance_facts_adult_assessments', 'completed_on', 'team_id', 'person_id', 'id',
 'TRUE', 'in_time IS TRUE',
 'domain.md 1b: adults'' assessments have no national maximum; the council standard ADULT_ASSESSMENT / UAP_* applies.', FALSE, 130);

UPDATE indicator SET record_path = '/intake/referrals/{id}' WHERE source_view = 'intake_facts_referrals';
UPDATE indicator SET record_path = '/assessments/{id}'
 WHERE source_view IN ('assessment_facts_assessments', 'performance_facts_initial_allocation', 'performance_facts_adult_assessments');
UPDATE indicator SET record_path = '/intake/turned-aside/{id}' WHERE source_view = 'intake_facts_turned_aside';

-- Targets per indicator and period: a financial year (quarter NULL) or one of its quarters (1 = April to June).
-- The value is in the indicator's unit (a percentage or a count).
CREATE TABLE indicator_target (
    id              BIGSERIAL PRIMARY KEY,
    authority_id    BIGINT NOT NULL REFERENCES authority(id),
    indicator_code  TEXT NOT NULL REFERENCES indicator(code),
    financial_year  INT NOT NULL CHECK (financial_year BETWEEN 2000 AND 2100),
    quarter         INT CHECK (quarter BETWEEN 1 AND 4),
    target          NUMERIC(12,1) NOT NULL CHECK (target >= 0),
    version         INT NOT NULL DEFAULT 0,
    set_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    set_by          TEXT NOT NULL
);
CREATE UNIQUE INDEX indicator_target_once ON indicator_target (authority_id, indicator_code, financial_year, coalesce(quarter, 0));

-- Commentary per indicator per quarter: the narrative that gives the big picture, with who wrote it and when.
-- Edits keep the text under optimistic locking (version); earlier texts are kept in indicator_commentary_history.
CREATE TABLE indicator_commentary (
    id              BIGSERIAL PRIMARY KEY,
    authority_id    BIGINT NOT NULL REFERENCES authority(id),
    indicator_code  TEXT NOT NULL REFERENCES indicator(code),
    financial_year  INT NOT NULL CHECK (financial_year BETWEEN 2000 AND 2100),
    quarter         INT NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    body            TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 8000),
    version         INT NOT NULL DEFAULT 0,
    written_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    written_by      TEXT NOT NULL,
    UNIQUE (authority_id, indicator_code, financial_year, quarter)
);
CREATE TABLE indicator_commentary_history (
    id              BIGSERIAL PRIMARY KEY,
    commentary_id   BIGINT NOT NULL REFERENCES indicator_commentary(id),
    body            TEXT NOT NULL,
    written_at      TIMESTAMPTZ NOT NULL,
    written_by      TEXT NOT NULL
);

-- Benchmarking: other councils' published values (imported from CSV: council, indicator, period, value), per
-- financial year, and comparison groups (for example the council's family group) of those councils. The council's
-- own value is always Gofal's, computed from its records; a row in the file naming the council itself is kept
-- but not used for ranking.
CREATE TABLE benchmark_value (
    id              BIGSERIAL PRIMARY KEY,
    authority_id    BIGINT NOT NULL REFERENCES authority(id),
    council_name    TEXT NOT NULL CHECK (length(council_name) BETWEEN 1 AND 100),
    indicator_code  TEXT NOT NULL REFERENCES indicator(code),
    financial_year  INT NOT NULL CHECK (financial_year BETWEEN 2000 AND 2100),
    value           NUMERIC(12,1) NOT NULL CHECK (value >= 0),
    imported_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    imported_by     TEXT NOT NULL,
    UNIQUE (authority_id, council_name, indicator_code, financial_year)
);
CREATE TABLE comparison_group (
    id            BIGSERIAL PRIMARY KEY,
    authority_id  BIGINT NOT NULL REFERENCES authority(id),
    name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by    TEXT NOT NULL,
    UNIQUE (authority_id, name)
);
CREATE TABLE comparison_group_member (
    group_id      BIGINT NOT NULL REFERENCES comparison_group(id) ON DELETE CASCADE,
    council_name  TEXT NOT NULL CHECK (length(council_name) BETWEEN 1 AND 100),
    PRIMARY KEY (group_id, council_name)
);

-- Service and team business plans: objectives for a financial year, each linked to the indicators that measure it
-- and to the partners' objectives it serves (for example the health board's or the community safety
-- partnership's). team_id NULL: a plan for a whole service (service_area).
CREATE TABLE business_plan (
    id              BIGSERIAL PRIMARY KEY,
    authority_id    BIGINT NOT NULL REFERENCES authority(id),
    service_area    TEXT NOT NULL CHECK (service_area IN ('ADULTS','CHILDREN','CARERS','ALL')),
    team_id         BIGINT REFERENCES team(id),
    financial_year  INT NOT NULL CHECK (financial_year BETWEEN 2000 AND 2100),
    title           TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    version         INT NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by      TEXT NOT NULL,
    UNIQUE (authority_id, title, financial_year)
);
CREATE TABLE business_objective (
    id                  BIGSERIAL PRIMARY KEY,
    plan_id             BIGINT NOT NULL REFERENCES business_plan(id),
    objective           TEXT NOT NULL CHECK (length(objective) BETWEEN 1 AND 2000),
    partner             TEXT CHECK (length(partner) BETWEEN 1 AND 200),
    partner_objective   TEXT CHECK (length(partner_objective) BETWEEN 1 AND 2000),
    ordinal             INT NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by          TEXT NOT NULL,
    UNIQUE (plan_id, ordinal),
    CHECK ((partner IS NULL) = (partner_objective IS NULL))
);
CREATE TABLE business_objective_indicator (
    objective_id    BIGINT NOT NULL REFERENCES business_objective(id),
    indicator_code  TEXT NOT NULL REFERENCES indicator(code),
    PRIMARY KEY (objective_id, indicator_code)
);
