-- Fixes to the planning module's data (issue 5 review).
-- 1. An ended plan costs nothing after its end: when a plan ends on day D, its service lines not yet started
--    (start_on > D) leave the live plan (agreed versions keep them in their snapshot; unmet_need.plan_service_id
--    is set null) and running ones end on D. Plans ended before this migration are brought into line.
-- 2. "Today" in the reporting views is the London day, whatever the session's time zone, and a line runs on a day
--    only when its plan had not ended before that day.
-- 3. One undecided direct payment offer per plan at a time (pending offers of an ended plan are ended with it).

DELETE FROM plan_service s USING care_plan p
 WHERE p.id = s.plan_id AND p.ended_on IS NOT NULL AND s.start_on > p.ended_on;
UPDATE plan_service s SET end_on = p.ended_on FROM care_plan p
 WHERE p.id = s.plan_id AND p.ended_on IS NOT NULL AND (s.end_on IS NULL OR s.end_on > p.ended_on);
UPDATE direct_payment d SET ended_on = greatest(p.ended_on, d.offered_on) FROM care_plan p
 WHERE p.id = d.plan_id AND p.ended_on IS NOT NULL AND d.decision = 'OFFERED' AND d.ended_on IS NULL;

-- Should two undecided offers of one plan exist already, the older ones end on the day the newest was offered.
UPDATE direct_payment d SET ended_on = greatest(d.offered_on, n.offered_on)
  FROM (SELECT plan_id, max(id) AS id, max(offered_on) AS offered_on FROM direct_payment
         WHERE decision = 'OFFERED' AND ended_on IS NULL GROUP BY plan_id HAVING count(*) > 1) n
 WHERE d.plan_id = n.plan_id AND d.decision = 'OFFERED' AND d.ended_on IS NULL AND d.id <> n.id;
CREATE UNIQUE INDEX direct_payment_one_offered ON direct_payment (plan_id) WHERE decision = 'OFFERED' AND ended_on IS NULL;

-- Same columns, same order as V13.
CREATE OR REPLACE VIEW planning_facts_plans AS
SELECT p.id, p.authority_id, p.person_id, p.case_id, p.assessment_id, p.kind, p.cared_for_person_id, p.status,
       p.first_agreed_on, p.agreed_versions, p.changed, p.review_on, p.ended_on,
       coalesce((SELECT sum(s.units_per_week * s.unit_cost) FROM plan_service s
                  WHERE s.plan_id = p.id AND s.status = 'PLANNED'
                    AND s.start_on <= d.today AND (s.end_on IS NULL OR s.end_on >= d.today)
                    AND (p.ended_on IS NULL OR p.ended_on >= d.today)), 0)
           AS weekly_cost,
       v.weekly_cost AS agreed_weekly_cost, v.annual_cost AS agreed_annual_cost, v.agreed_on AS last_agreed_on
  FROM care_plan p
  CROSS JOIN (SELECT (now() AT TIME ZONE 'Europe/London')::date AS today) d
  LEFT JOIN plan_version v ON v.plan_id = p.id AND v.number = p.agreed_versions;
COMMENT ON VIEW planning_facts_plans IS
    'One row per care and support plan or carer''s support plan: person, case, assessment, status, first agreed, live weekly cost (PLANNED services running on the London day the view is read, the plan not ended before it), last agreed version''s weekly and annual cost (taken on its costing day: the later of the day agreed and the earliest start of its planned services). Reporting read model of the planning module.';

-- V13's columns in V13's order; end_on is the day the line stops, its plan's end day when that is earlier; one
-- column added at the end: running_today (a PLANNED line running on the London day the view is read).
CREATE OR REPLACE VIEW planning_facts_services AS
SELECT s.id, p.authority_id, s.plan_id, p.person_id, p.case_id, p.kind, s.service_type, s.provider_id,
       s.in_house, s.unit, s.units_per_week, s.unit_cost, s.units_per_week * s.unit_cost AS weekly_cost,
       s.start_on,
       CASE WHEN p.ended_on IS NOT NULL AND (s.end_on IS NULL OR s.end_on > p.ended_on) THEN p.ended_on ELSE s.end_on END AS end_on,
       s.status,
       (s.status = 'PLANNED' AND s.start_on <= d.today AND (s.end_on IS NULL OR s.end_on >= d.today)
        AND (p.ended_on IS NULL OR p.ended_on >= d.today)) AS running_today
  FROM plan_service s JOIN care_plan p ON p.id = s.plan_id
  CROSS JOIN (SELECT (now() AT TIME ZONE 'Europe/London')::date AS today) d
 WHERE p.ended_on IS NULL OR s.start_on <= p.ended_on;
COMMENT ON VIEW planning_facts_services IS
    'One row per service line of a plan (lines of an ended plan only when they started by its end): type, provider, in-house, units a week, unit cost, weekly cost, dates (end no later than the plan''s end), planned or unmet, running today (London day). Reporting read model of the planning module.';
