-- SCA/018a, SCA/018b and SCA/007 count people, as domain.md s.2 describes them (issue 6; module cymru.gofal.performance),
-- where V17 and V18 counted events: SCA/018a counted adults' assessments of people with a carer (a person with two
-- carers counted once), SCA/018b counted offers (a carer offered twice counted twice) and SCA/007 counted reviews
-- falling due (a flow), not "clients with a care plan at 31 Mar". The engine adds months up (V17's header), so a
-- person is counted once by giving them one row per financial year (SCA/018a-b), or per 31 March (SCA/007), dated on
-- one day of it. Read models below are the performance module's own (performance_facts_*), built on the assessment,
-- people, planning and casework modules' reporting views; no view of another module changes, and no view is dropped
-- (performance_facts_carer_offers and performance_facts_plan_reviews.held_by_year_end stay, unused by the catalogue).
-- The tables behind the new views are watched for kept tallies by afterMigrate.sql (V24). Welsh text is the author's
-- own rendering [M] throughout, using glossary-cy.md terms (gofalwr, asesiad gofalwr, cynllun gofal a chymorth,
-- adolygiad, blwyddyn ariannol); a translator should check it.

-- ---------------------------------------------------------------------------------------------------------------
-- SCA/018a-b: one row per carer per financial year (April to March) in which an adult they cared for had an adults'
-- assessment completed (client group ADULT, as performance_facts_adult_assessments; read from the assessment
-- module's view directly, so that view's eligibility summary is not computed for nothing). The carer counts when the
-- caring relationship overlapped the assessment (from the clock start to completion), as has_carer in V17/V19.
--   first_on: the first such completion in the year, the row's day, so months and quarters add up to the year;
--   team_id: the team of that first assessment (ties: the lowest assessment id);
--   offered_in_year: the carer was offered a carer's assessment on a day in that financial year (any offer to them,
--     however many, from whichever assessment);
--   assessed_in_year: a carer's assessment of the carer (client group CARER) was completed in that financial year,
--     whether or not it followed an offer.
-- id = carer_person_id: the row stands for the carer (unique with year_start).
-- ---------------------------------------------------------------------------------------------------------------
CREATE VIEW performance_facts_adult_carers AS
SELECT k.carer_person_id AS id, k.authority_id, k.carer_person_id, k.team_id, k.first_on, k.year_start, k.year_end,
       EXISTS (SELECT 1 FROM assessment_facts_carer_offers o
                WHERE o.authority_id = k.authority_id AND o.carer_person_id = k.carer_person_id
                  AND o.offered_on BETWEEN k.year_start AND k.year_end) AS offered_in_year,
       EXISTS (SELECT 1 FROM assessment_facts_assessments c
                WHERE c.authority_id = k.authority_id AND c.person_id = k.carer_person_id AND c.client_group = 'CARER'
                  AND c.completed_on BETWEEN k.year_start AND k.year_end) AS assessed_in_year
  FROM (SELECT a.authority_id, pc.carer_person_id, y.year_start, (y.year_start + interval '1 year' - interval '1 day')::date AS year_end,
               min(a.completed_on) AS first_on,
               (array_agg(a.team_id ORDER BY a.completed_on, a.id))[1] AS team_id
          FROM assessment_facts_assessments a
          -- The financial year the assessment was completed in: 1 April of the calendar year three months earlier.
          CROSS JOIN LATERAL (SELECT make_date(extract(year FROM a.completed_on - interval '3 months')::int, 4, 1) AS year_start) y
          JOIN people_facts_carers pc ON pc.authority_id = a.authority_id AND pc.cared_for_person_id = a.person_id
                AND (pc.from_date IS NULL OR pc.from_date <= a.completed_on)
                AND (pc.to_date IS NULL OR pc.to_date >= a.clock_start)
         WHERE a.client_group = 'ADULT' AND a.completed_on IS NOT NULL
         GROUP BY a.authority_id, pc.carer_person_id, y.year_start) k;
COMMENT ON VIEW performance_facts_adult_carers IS
    'One row per carer per financial year in which an adult they cared for had an assessment completed, dated on the first such completion, with its team; offered a carer''s assessment in that year; had a carer''s assessment completed in that year (SCA/018a, SCA/018b).';

-- ---------------------------------------------------------------------------------------------------------------
-- SCA/007: one row per adult per 31 March (census_on) on which they had a live adults' care and support plan (kind
-- CARE_AND_SUPPORT, case service area ADULTS): first agreed on or before that day and not ended on or before it (a
-- plan ended on 31 March is not live at it, as a review due on its plan's end day is not due in V18). Only 31 Marches
-- up to today are counted. The row's day is that 31 March, so it counts in a financial year, its fourth quarter and
-- March only.
--   id: the lowest id of the person's plans live on the day; team_id: that plan's case team (taken in the same
--     grouped pass, so the plans are read once).
--   reviews_due: reviews of any of the person's adults' care and support plans (live or since ended) due in the
--     financial year ending that day (1 April to 31 March) that fell due (performance_facts_plan_reviews.fell_due:
--     held, still not held after their due day, or not held before their plan ended after it);
--   reviews_held: those of them held on or before that 31 March (held early counts; held after it does not);
--   reviews_fell_due: at least one review fell due in the year (SCA/007's denominator: "whose due reviews");
--   all_due_reviews_held: every review that fell due in the year was held by 31 March (SCA/007's numerator: "were
--     done in the year"); any_due_review_held: at least one was (the looser reading "reviewed during the year").
-- ---------------------------------------------------------------------------------------------------------------
CREATE VIEW performance_facts_adult_review_clients AS
SELECT k.plan_id AS id, k.authority_id, k.person_id, k.team_id, k.census_on,
       rv.due AS reviews_due, rv.held AS reviews_held,
       rv.due > 0 AS reviews_fell_due,
       rv.due > 0 AND rv.held = rv.due AS all_due_reviews_held,
       rv.held > 0 AS any_due_review_held
  FROM (SELECT p.authority_id, p.person_id, y.census_on::date AS census_on, min(p.id) AS plan_id,
               (array_agg(p.team_id ORDER BY p.id))[1] AS team_id
          FROM performance_facts_plans p
          -- Every 31 March from the first on or after the day the plan was first agreed to the last before it ended
          -- (its end day excluded), and none after today (Europe/London, as the views read "today").
          CROSS JOIN LATERAL generate_series(
                make_date(extract(year FROM p.first_agreed_on - interval '3 months')::int + 1, 3, 31)::timestamp,
                least(coalesce(p.ended_on - 1, 'infinity'::date), (now() AT TIME ZONE 'Europe/London')::date)::timestamp,
                interval '1 year') AS y(census_on)
         WHERE p.kind = 'CARE_AND_SUPPORT' AND p.service_area = 'ADULTS' AND p.first_agreed_on IS NOT NULL
         GROUP BY p.authority_id, p.person_id, y.census_on) k
  CROSS JOIN LATERAL (
        SELECT count(*) AS due, count(*) FILTER (WHERE r.held_on <= k.census_on) AS held
          FROM performance_facts_plan_reviews r
         WHERE r.authority_id = k.authority_id AND r.person_id = k.person_id
           AND r.service_area = 'ADULTS' AND r.kind = 'CARE_AND_SUPPORT' AND r.fell_due
           AND r.due_on > (k.census_on - interval '1 year')::date AND r.due_on <= k.census_on) rv;
COMMENT ON VIEW performance_facts_adult_review_clients IS
    'One row per adult per 31 March on which they had a live adults'' care and support plan (up to today): the plan and its case team, reviews that fell due in the financial year ending that day, those held by it, whether any fell due, all were held, any was held (SCA/007).';

-- ---------------------------------------------------------------------------------------------------------------
-- The three indicators read the new views. Same codes, frameworks, service areas, polarity, unit and ordinal.
-- ---------------------------------------------------------------------------------------------------------------
UPDATE indicator SET
    title_en = 'Carers of adults offered an assessment',
    title_cy = 'Gofalwyr oedolion a gynigiwyd asesiad iddynt',
    definition_en = 'The percentage of carers of adults who had an adults'' assessment completed in the financial year, who were offered a carer''s assessment in their own right in that year. Each carer is counted once a year, however many of the people they care for were assessed and however many offers they had, in the month of the first of those assessments that year; so months and quarters add up to the year, and a month''s or quarter''s figure counts offers made at any time in its financial year (it can rise until 31 March).',
    -- [M]
    definition_cy = 'Canran y gofalwyr oedolion y cwblhawyd asesiad oedolyn o berson y maent yn gofalu amdano yn y flwyddyn ariannol, a gynigiwyd asesiad gofalwr iddynt yn eu hawl eu hunain yn y flwyddyn honno. Cyfrifir pob gofalwr unwaith y flwyddyn, faint bynnag o''r bobl y mae''n gofalu amdanynt a aseswyd a faint bynnag o gynigion a gafodd, ym mis yr asesiad cyntaf o''r rheini yn y flwyddyn honno; felly mae''r misoedd a''r chwarteri yn adio i''r flwyddyn, ac mae ffigur mis neu chwarter yn cyfrif cynigion a wnaed ar unrhyw adeg yn ei flwyddyn ariannol (gall godi tan 31 Mawrth).',
    numerator_en = 'Carers offered a carer''s assessment in the year',
    -- [M]
    numerator_cy = 'Gofalwyr a gynigiwyd asesiad gofalwr iddynt yn y flwyddyn',
    denominator_en = 'Carers of adults who had an adults'' assessment completed in the year, each carer once a year',
    -- [M]
    denominator_cy = 'Gofalwyr pobl y cwblhawyd asesiad oedolyn ohonynt yn y flwyddyn, pob gofalwr unwaith y flwyddyn',
    source_view = 'performance_facts_adult_carers', period_column = 'first_on', team_column = 'team_id',
    person_column = 'carer_person_id', row_id_column = 'id', denominator_where = 'TRUE', numerator_where = 'offered_in_year',
    record_path = '/people/{id}',
    source = 'domain.md 2a, SCA/018a: "Carers of adults: % offered an assessment". Read as carers (each once a financial year) of adults whose assessment was completed in the year, offered a carer''s assessment on a day in that year (the author''s reading; the official definition text was not to hand).',
    verified = FALSE
 WHERE code = 'SCA/018a';

UPDATE indicator SET
    title_en = 'Carers of adults assessed',
    -- [M]
    title_cy = 'Gofalwyr oedolion a aseswyd',
    definition_en = 'The percentage of carers of adults who had an adults'' assessment completed in the financial year, whose own carer''s assessment was completed in that year, whether or not it followed an offer. Each carer is counted once a year, however many of the people they care for were assessed and however many carer''s assessments they had, in the month of the first of those adults'' assessments that year; so months and quarters add up to the year, and a month''s or quarter''s figure counts carer''s assessments completed at any time in its financial year (it can rise until 31 March).',
    -- [M]
    definition_cy = 'Canran y gofalwyr oedolion y cwblhawyd asesiad oedolyn o berson y maent yn gofalu amdano yn y flwyddyn ariannol, y cwblhawyd eu hasesiad gofalwr eu hunain yn y flwyddyn honno, p''un a ddilynodd gynnig ai peidio. Cyfrifir pob gofalwr unwaith y flwyddyn, faint bynnag o''r bobl y mae''n gofalu amdanynt a aseswyd a faint bynnag o asesiadau gofalwr a gafodd, ym mis yr asesiad oedolyn cyntaf o''r rheini yn y flwyddyn honno; felly mae''r misoedd a''r chwarteri yn adio i''r flwyddyn, ac mae ffigur mis neu chwarter yn cyfrif asesiadau gofalwr a gwblhawyd ar unrhyw adeg yn ei flwyddyn ariannol (gall godi tan 31 Mawrth).',
    numerator_en = 'Carers whose carer''s assessment was completed in the year',
    -- [M]
    numerator_cy = 'Gofalwyr y cwblhawyd eu hasesiad gofalwr yn y flwyddyn',
    denominator_en = 'Carers of adults who had an adults'' assessment completed in the year, each carer once a year',
    -- [M]
    denominator_cy = 'Gofalwyr pobl y cwblhawyd asesiad oedolyn ohonynt yn y flwyddyn, pob gofalwr unwaith y flwyddyn',
    source_view = 'performance_facts_adult_carers', period_column = 'first_on', team_column = 'team_id',
    person_column = 'carer_person_id', row_id_column = 'id', denominator_where = 'TRUE', numerator_where = 'assessed_in_year',
    record_path = '/people/{id}',
    source = 'domain.md 2a, SCA/018b: "Carers of adults: % assessed". Read with the denominator of SCA/018a (carers of adults assessed in the year, each once a financial year), assessed = a carer''s assessment completed in that year (the author''s reading; the official definition text was not to hand).',
    verified = FALSE
 WHERE code = 'SCA/018b';

UPDATE indicator SET
    title_en = 'Adults with a care and support plan at 31 March whose due reviews were held',
    -- [M]
    title_cy = 'Oedolion â chynllun gofal a chymorth ar 31 Mawrth y cynhaliwyd eu hadolygiadau dyledus',
    definition_en = 'The percentage of adults with a live care and support plan on 31 March (first agreed on or before that day and not ended by it) who had reviews fall due in the financial year ending that day, all of whose reviews due in the year were held by 31 March. A review falls due when it was held, or is still not held after its due day, or was not held before its plan ended after it; reviews of any of the person''s adults'' care and support plans count, and a review held early counts as held. Each adult is counted once, on 31 March: values exist only for a financial year, its fourth quarter (January to March) and March. Carers'' support plans are not counted.',
    -- [M]
    definition_cy = 'Canran yr oedolion â chynllun gofal a chymorth byw ar 31 Mawrth (wedi''i gytuno gyntaf ar neu cyn y diwrnod hwnnw a heb ddod i ben erbyn hynny) a oedd ag adolygiadau yn ddyledus yn y flwyddyn ariannol sy''n dod i ben y diwrnod hwnnw, y cynhaliwyd eu holl adolygiadau a oedd yn ddyledus yn y flwyddyn erbyn 31 Mawrth. Mae adolygiad yn ddyledus pan gafodd ei gynnal, neu pan nad yw wedi''i gynnal ar ôl ei ddiwrnod dyledus, neu pan na chafodd ei gynnal cyn i''w gynllun ddod i ben ar ôl hynny; cyfrifir adolygiadau o unrhyw un o gynlluniau gofal a chymorth oedolion yr unigolyn, ac mae adolygiad a gynhaliwyd yn gynnar yn cyfrif fel un a gynhaliwyd. Cyfrifir pob oedolyn unwaith, ar 31 Mawrth: dim ond ar gyfer blwyddyn ariannol, ei phedwerydd chwarter (Ionawr i Fawrth) a mis Mawrth y mae gwerthoedd. Ni chyfrifir cynlluniau cymorth gofalwyr.',
    numerator_en = 'Adults all of whose reviews due in the year were held by 31 March',
    -- [M]
    numerator_cy = 'Oedolion y cynhaliwyd eu holl adolygiadau a oedd yn ddyledus yn y flwyddyn erbyn 31 Mawrth',
    denominator_en = 'Adults with a care and support plan at 31 March who had reviews due in the year',
    -- [M]
    denominator_cy = 'Oedolion â chynllun gofal a chymorth ar 31 Mawrth a oedd ag adolygiadau yn ddyledus yn y flwyddyn',
    source_view = 'performance_facts_adult_review_clients', period_column = 'census_on', team_column = 'team_id',
    person_column = 'person_id', row_id_column = 'id', denominator_where = 'reviews_fell_due', numerator_where = 'all_due_reviews_held',
    record_path = '/plans/{id}',
    source = 'domain.md 2a, SCA/007: "% of clients with a care plan at 31 Mar whose due reviews were done in the year", a stock of clients counted on 31 March. Read as adults with a live adults'' care and support plan that day who had reviews fall due in the financial year, done = every such review held by 31 March (the author''s reading: "reviewed during the year" could also mean at least one review, column any_due_review_held; the official definition text was not to hand).',
    verified = FALSE
 WHERE code = 'SCA/007';

-- LOC/AD-REVIEW-TIME still counts reviews (a flow); SCA/007 no longer counts the same rows.
UPDATE indicator SET
    source = 'Local measure beside SCA/007 (domain.md 2a): reviews of adults'' care and support plans falling due in the period, held by their due day (ADULT_REVIEW_* or the plan''s own earlier date).'
 WHERE code = 'LOC/AD-REVIEW-TIME';
