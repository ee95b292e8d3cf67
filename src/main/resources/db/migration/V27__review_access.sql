-- Need-to-know grants of the joint review always expire (issue 7; the review-security fix). Until now a grant had no
-- expiry while its review was unpublished (V22 set expires_at only on publication), so a reviewer could keep a case's
-- person open for as long as a review stayed a draft.
--
-- The rule (written by cymru.gofal.review.evidence.CaseSamples when a case is sampled): a grant expires at the end of
-- the 30th day after the review's on-site visit ends (review.onsite_to, Europe/London), and never later than 120 days
-- after it was granted (120 days when the review has no onsite_to). It also expires when its reader is removed from the
-- review's team (ReviewEdits) and, as before, 30 days after publication at the latest (V22's trigger).
--
-- Existing grants are brought under the rule here; then expires_at is required and the 120-day cap is a constraint.
UPDATE person_review_grant g
   SET expires_at = LEAST(coalesce(g.expires_at, 'infinity'::timestamptz), g.granted_at + interval '120 days',
                          coalesce(((r.onsite_to + 31)::timestamp AT TIME ZONE 'Europe/London'), 'infinity'::timestamptz))
  FROM review r
 WHERE r.id = g.review_id;

-- grants of people no longer on the review's team end now
UPDATE person_review_grant g
   SET expires_at = LEAST(g.expires_at, now())
 WHERE NOT EXISTS (SELECT 1 FROM review_member m JOIN app_user u ON u.id = m.user_id
                    WHERE m.review_id = g.review_id AND lower(u.username) = lower(g.username));

ALTER TABLE person_review_grant ALTER COLUMN expires_at SET NOT NULL;
ALTER TABLE person_review_grant ADD CONSTRAINT person_review_grant_expiry_cap
    CHECK (expires_at <= granted_at + interval '120 days');
