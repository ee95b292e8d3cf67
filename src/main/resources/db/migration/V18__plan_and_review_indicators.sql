-- Indicators over care and support plans, carers' support plans and their reviews (issue 6 point 1: "add the rest as
-- their records arrive"; module cymru.gofal.performance), on the planning module's records (V13, V14). Read models
-- below are the performance module's own (performance_facts_*), built on the planning and casework modules'
-- reporting views; no view of another module changes. The team of a plan, review or unmet need is its case's team
-- now (casework_facts_cases.team_id); the service area is its case's service area. The engine counts each view in
-- one grouped pass (V17's header says how); the reviews indicators share one view, period column and team column,
-- so they share one pass. All Welsh text below is the author's own rendering [M], using glossary-cy.md terms
-- (cynllun gofal a chymorth, cynllun cymorth, adolygiad, gofalwr, asesiad gofalwr, angen heb ei ddiwallu) where it
-- has them; a translator should check it. Source: ../shared/docs/domain.md s.2, each row's citation in source;
-- verified = FALSE where the FLOW reading or a detail of the definition is the author's.

-- ---------------------------------------------------------------------------------------------------------------
-- Reviews of care and support plans and carers' support plans, with the case's service area and team.
--   fell_due: the review counts as due = it was held, or it was still scheduled after its due day (London "today"),
--     or it was cancelled (its plan ended) after its due day had passed (due_on before the plan's end day), so
--     ending a plan does not hide a review it had already missed. A review cancelled before it fell due never counts.
--   in_time: held on or before due_on (the earlier of the rule's date and the plan's own date).
--   held_by_year_end: held on or before 31 March of the financial year (April to March) in which it fell due.
-- ---------------------------------------------------------------------------------------------------------------
CREATE VIEW performance_facts_plan_reviews AS
SELECT r.id, r.authority_id, r.plan_id, r.person_id, r.case_id, r.kind, c.service_area, c.team_id, r.sequence,
       r.rule_code, r.due_on, r.status, r.held_on, r.outcome,
       coalesce(r.in_time, FALSE) AS in_time,
       (r.status = 'HELD'
        OR (r.status = 'SCHEDULED' AND r.due_on < (now() AT TIME ZONE 'Europe/London')::date)
        OR (r.status = 'CANCELLED' AND r.due_on < p.ended_on)) AS fell_due,
       coalesce(r.held_on <= (date_trunc('year', r.due_on - interval '3 months') + interval '1 year 3 months' - interval '1 day')::date,
                FALSE) AS held_by_year_end
  FROM planning_facts_reviews r
  JOIN planning_facts_plans p ON p.id = r.plan_id
  JOIN casework_facts_cases c ON c.id = r.case_id;
COMMENT ON VIEW performance_facts_plan_reviews IS
    'One row per plan review with its case''s service area and team: due, held, fell due (held, overdue, or cancelled after its due day), held in time, held by the end of the financial year it fell due in (SCA/007, SCC/016, LOC/AD-REVIEW-TIME).';

-- ---------------------------------------------------------------------------------------------------------------
-- Carers' assessments completed (client group CARER), each with whether the carer was provided a service: the carer
-- has an agreed carer's support plan (kind CARER_SUPPORT, first agreed at some time) with at least one PLANNED service
-- line that runs on or after the day the assessment was completed (no end, or an end on or after that day; a line of
-- an ended plan ends no later than the plan). This counts a plan made from this assessment and a plan from an
-- earlier assessment still providing services; it leaves out drafts, plans with only unmet lines and services that
-- had stopped before the assessment. Team: the assessment's team (a carer's assessment is counted where it was done).
-- ---------------------------------------------------------------------------------------------------------------
CREATE VIEW performance_facts_carer_assessments AS
SELECT a.id, a.authority_id, a.person_id, a.team_id, a.regime, a.clock_start, a.due_on, a.completed_on, a.in_time,
       EXISTS (SELECT 1 FROM planning_facts_plans p JOIN planning_facts_services s ON s.plan_id = p.id
                WHERE p.person_id = a.person_id AND p.kind = 'CARER_SUPPORT' AND p.first_agreed_on IS NOT NULL
                  AND s.status = 'PLANNED' AND (s.end_on IS NULL OR s.end_on >= a.completed_on)) AS provided_service
  FROM assessment_facts_assessments a
 WHERE a.client_group = 'CARER' AND a.completed_on IS NOT NULL;
COMMENT ON VIEW performance_facts_carer_assessments IS
    'One row per completed carer''s assessment: team, completed, in time, and whether the carer has an agreed carer''s support plan with a planned service running on or after that day (SCA/018c).';

-- ---------------------------------------------------------------------------------------------------------------
-- Plans with their case's service area and team (LOC/PLANS-AGREED), and unmet needs likewise (LOC/UNMET-RECORDED).
-- ---------------------------------------------------------------------------------------------------------------
CREATE VIEW performance_facts_plans AS
SELECT p.id, p.authority_id, p.person_id, p.case_id, p.kind, c.service_area, c.team_id, p.status, p.first_agreed_on,
       p.ended_on
  FROM planning_facts_plans p JOIN casework_facts_cases c ON c.id = p.case_id;
COMMENT ON VIEW performance_facts_plans IS
    'One row per care and support plan or carer''s support plan with its case''s service area and team: kind, status, first agreed, ended (LOC/PLANS-AGREED).';

CREATE VIEW performance_facts_unmet_need AS
SELECT u.id, u.authority_id, u.plan_id, u.person_id, u.case_id, u.kind, c.service_area, c.team_id, u.service_type,
       u.reason, u.unmet_since, u.resolved_on, u.resolution
  FROM planning_facts_unmet_need u JOIN casework_facts_cases c ON c.id = u.case_id;
COMMENT ON VIEW performance_facts_unmet_need IS
    'One row per period a planned service could not be provided, with its case''s service area and team: service type, reason, since, resolved (LOC/UNMET-RECORDED).';

-- Indexes for the engine: each indicator reads its view for one council and a date range.
CREATE INDEX IF NOT EXISTS plan_review_council_due ON plan_review (authority_id, due_on);
CREATE INDEX IF NOT EXISTS care_plan_council_agreed ON care_plan (authority_id, first_agreed_on);
CREATE INDEX IF NOT EXISTS unmet_need_council_since ON unmet_need (authority_id, unmet_since);

INSERT INTO indicator (code, framework, service_area, title_en, title_cy, definition_en, definition_cy, numerator_en, numerator_cy,
        denominator_en, denominator_cy, polarity, unit, period_type, source_view, period_column, team_column, person_column,
        row_id_column, denominator_where, numerator_where, record_path, source, verified, ordinal) VALUES
('SCA/007', 'NSI_PAM', 'ADULTS',
 'Adults'' plan reviews due that were held', 'Adolygiadau dyledus o gynlluniau oedolion a gynhaliwyd',
 'The percentage of reviews of adults'' care and support plans falling due in the period (held, or still not held after their due day, or not held before the plan ended after it) that were held by the end of the financial year in which they fell due. Carers'' support plans are not counted.',
 'Canran yr adolygiadau o gynlluniau gofal a chymorth oedolion a oedd yn ddyledus yn y cyfnod (wedi''u cynnal, neu heb eu cynnal ar ôl eu diwrnod dyledus, neu heb eu cynnal cyn i''r cynllun ddod i ben ar ôl hynny) a gynhaliwyd erbyn diwedd y flwyddyn ariannol yr oeddent yn ddyledus ynddi. Ni chyfrifir cynlluniau cymorth gofalwyr.',
 'Reviews held by the end of the financial year they fell due in', 'Adolygiadau a gynhaliwyd erbyn diwedd y flwyddyn ariannol yr oeddent yn ddyledus ynddi',
 'Reviews of adults'' care and support plans due in the period', 'Adolygiadau o gynlluniau gofal a chymorth oedolion a oedd yn ddyledus yn y cyfnod',
 'HIGHER_IS_BETTER', 'PERCENT', 'FLOW', 'performance_facts_plan_reviews', 'due_on', 'team_id', 'person_id', 'id',
 'service_area = ''ADULTS'' AND kind = ''CARE_AND_SUPPORT'' AND fell_due', 'held_by_year_end',
 '/reviews/{id}',
 'domain.md 2a, SCA/007: "% of clients with a care plan at 31 Mar whose due reviews were done in the year", a stock of clients. Read here as a FLOW of reviews (the author''s reading): each review counted in the month it fell due, done = held by 31 March of that financial year; people whose plans ended are counted for the reviews they had already missed.',
 FALSE, 140),
('SCC/016', 'NSI_PAM', 'CHILDREN',
 'Child in need plan reviews held on time', 'Adolygiadau o gynlluniau plant mewn angen a gynhaliwyd mewn pryd',
 'The percentage of reviews of children''s care and support plans falling due in the period (held, or still not held after their due day, or not held before the plan ended after it) that were held on or before their due day.',
 'Canran yr adolygiadau o gynlluniau gofal a chymorth plant a oedd yn ddyledus yn y cyfnod (wedi''u cynnal, neu heb eu cynnal ar ôl eu diwrnod dyledus, neu heb eu cynnal cyn i''r cynllun ddod i ben ar ôl hynny) a gynhaliwyd ar neu cyn eu diwrnod dyledus.',
 'Reviews held on or before the due day', 'Adolygiadau a gynhaliwyd ar neu cyn y diwrnod dyledus',
 'Reviews of children''s care and support plans due in the period', 'Adolygiadau o gynlluniau gofal a chymorth plant a oedd yn ddyledus yn y cyfnod',
 'HIGHER_IS_BETTER', 'PERCENT', 'FLOW', 'performance_facts_plan_reviews', 'due_on', 'team_id', 'person_id', 'id',
 'service_area = ''CHILDREN'' AND kind = ''CARE_AND_SUPPORT'' AND fell_due', 'in_time',
 '/reviews/{id}',
 'domain.md 2a, SCC/016: % of child-in-need reviews held on time [22]. Every children''s care and support plan is read as a child in need plan (Gofal does not yet keep looked-after or child protection plans apart: SCC/021 and SCC/034 follow them); due = the review schedule''s date (CHILD_PLAN_REVIEW_*), a council standard in WALES_2007.',
 FALSE, 150),
('LOC/AD-REVIEW-TIME', 'LOCAL', 'ADULTS',
 'Adults'' plan reviews held on time', 'Adolygiadau o gynlluniau oedolion a gynhaliwyd mewn pryd',
 'The percentage of reviews of adults'' care and support plans falling due in the period (held, or still not held after their due day, or not held before the plan ended after it) that were held on or before their due day.',
 'Canran yr adolygiadau o gynlluniau gofal a chymorth oedolion a oedd yn ddyledus yn y cyfnod (wedi''u cynnal, neu heb eu cynnal ar ôl eu diwrnod dyledus, neu heb eu cynnal cyn i''r cynllun ddod i ben ar ôl hynny) a gynhaliwyd ar neu cyn eu diwrnod dyledus.',
 'Reviews held on or before the due day', 'Adolygiadau a gynhaliwyd ar neu cyn y diwrnod dyledus',
 'Reviews of adults'' care and support plans due in the period', 'Adolygiadau o gynlluniau gofal a chymorth oedolion a oedd yn ddyledus yn y cyfnod',
 'HIGHER_IS_BETTER', 'PERCENT', 'FLOW', 'performance_facts_plan_reviews', 'due_on', 'team_id', 'person_id', 'id',
 'service_area = ''ADULTS'' AND kind = ''CARE_AND_SUPPORT'' AND fell_due', 'in_time',
 '/reviews/{id}',
 'Local measure beside SCA/007 (domain.md 2a): the same reviews, held by their due day (ADULT_REVIEW_* or the plan''s own earlier date).',
 FALSE, 141),
('SCA/018c', 'NSI_PAM', 'CARERS',
 'Carers assessed who were provided a service', 'Gofalwyr a aseswyd y darparwyd gwasanaeth iddynt',
 'The percentage of carers'' assessments completed in the period after which the carer was provided a service: the carer has an agreed carer''s support plan with at least one planned (arranged) service running on or after the day the assessment was completed. Counted per carer''s assessment.',
 'Canran yr asesiadau gofalwr a gwblhawyd yn y cyfnod y darparwyd gwasanaeth i''r gofalwr ar eu hôl: mae gan y gofalwr gynllun cymorth gofalwr wedi''i gytuno gydag o leiaf un gwasanaeth wedi''i gynllunio (wedi''i drefnu) sy''n rhedeg ar neu ar ôl y diwrnod y cwblhawyd yr asesiad. Cyfrifir fesul asesiad gofalwr.',
 'Carer provided a service', 'Darparwyd gwasanaeth i''r gofalwr',
 'Carers'' assessments completed in the period', 'Asesiadau gofalwr a gwblhawyd yn y cyfnod',
 'HIGHER_IS_BETTER', 'PERCENT', 'FLOW', 'performance_facts_carer_assessments', 'completed_on', 'team_id', 'person_id', 'id',
 'TRUE', 'provided_service',
 '/assessments/{id}',
 'domain.md 2a, SCA/018c: % of carers assessed given a service. "Given a service" read as a PLANNED line of an agreed carer''s support plan running on or after the assessment (the author''s reading); counted per assessment, in the team that did it.',
 FALSE, 112),
('LOC/PLANS-AGREED', 'LOCAL', 'ALL',
 'Plans first agreed (count)', 'Cynlluniau a gytunwyd am y tro cyntaf (nifer)',
 'The number of care and support plans and carers'' support plans first agreed in the period (a plan''s later versions are not counted again).',
 'Nifer y cynlluniau gofal a chymorth a''r cynlluniau cymorth gofalwyr a gytunwyd am y tro cyntaf yn y cyfnod (ni chyfrifir fersiynau diweddarach cynllun eto).',
 'Plans first agreed', 'Cynlluniau a gytunwyd am y tro cyntaf', NULL, NULL,
 'HIGHER_IS_BETTER', 'COUNT', 'FLOW', 'performance_facts_plans', 'first_agreed_on', 'team_id', 'person_id', 'id',
 'TRUE', 'TRUE',
 '/plans/{id}',
 'Local measure (no national definition): plans first agreed, from the planning module''s records. Polarity is a council choice.',
 FALSE, 200),
('LOC/UNMET-RECORDED', 'LOCAL', 'ALL',
 'Unmet needs arising (count)', 'Anghenion heb eu diwallu a gododd (nifer)',
 'The number of times in the period a planned service could not be provided and the need went unmet (each unmet need counted in the month it became unmet, whether or not it has since been met).',
 'Nifer y troeon yn y cyfnod na ellid darparu gwasanaeth a gynlluniwyd ac nad oedd yr angen wedi''i ddiwallu (cyfrifir pob angen heb ei ddiwallu yn y mis y daeth heb ei ddiwallu, p''un a yw wedi''i ddiwallu ers hynny ai peidio).',
 'Unmet needs arising', 'Anghenion heb eu diwallu a gododd', NULL, NULL,
 'LOWER_IS_BETTER', 'COUNT', 'FLOW', 'performance_facts_unmet_need', 'unmet_since', 'team_id', 'person_id', 'plan_id',
 'TRUE', 'TRUE',
 '/plans/{id}',
 'Local measure (no national definition): a FLOW reading of unmet need (the number open at the end of a period is a stock, for a later period type). Each row links to its plan.',
 FALSE, 210);
