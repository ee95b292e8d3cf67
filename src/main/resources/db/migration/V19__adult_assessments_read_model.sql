-- Performance: the adults' assessments read model, rewritten so each row's eligibility is summarised in one lateral
-- read of its needs and whether the person had a carer is searched once (V17 searched the eligibility view three
-- times per row and the carers twice). Same columns, same order, same meaning (IndicatorDefinitionsTest).
CREATE OR REPLACE VIEW performance_facts_adult_assessments AS
SELECT a.id, a.authority_id, a.person_id, a.team_id, a.type_code, a.clock_start, a.due_on, a.completed_on, a.in_time,
       CASE WHEN n.any_eligible THEN 'ELIGIBLE'
            WHEN n.any_met_otherwise THEN 'NEEDS_MET_OTHERWISE'
            WHEN n.needs > 0 THEN 'NOT_ELIGIBLE'
            ELSE 'NONE_RECORDED' END AS eligibility,
       c.has_carer,
       o.carer_offered
  FROM assessment_facts_assessments a
  CROSS JOIN LATERAL (SELECT count(*) AS needs, coalesce(bool_or(e.eligible), FALSE) AS any_eligible,
                             coalesce(bool_or(e.outcome_code = 'NEEDS_MET_OTHERWISE'), FALSE) AS any_met_otherwise
                        FROM assessment_facts_eligibility e WHERE e.assessment_id = a.id) n
  CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM people_facts_carers pc WHERE pc.cared_for_person_id = a.person_id
                                        AND (pc.from_date IS NULL OR pc.from_date <= a.completed_on)
                                        AND (pc.to_date IS NULL OR pc.to_date >= a.clock_start)) AS has_carer) c
  CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM assessment_facts_carer_offers fo WHERE fo.assessment_id = a.id) AS carer_offered) o
 WHERE a.client_group = 'ADULT' AND a.completed_on IS NOT NULL;
