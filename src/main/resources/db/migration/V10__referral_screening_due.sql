-- Which due date screening a referral goes by, defined once, here: the earlier of the response's (the priority's
-- council standard) and, for children, the decision's (REFERRAL_DECISION); the decision's when they fall on the same
-- day. Both come from the rule engine at receipt; these columns only choose between them. Generated columns, so that
-- every writer (intake, the simulator's COPY) and every reader (the referral, the waiting list, the work trays) gets
-- the same answer without restating the rule, and existing rows are filled as the columns are added.
ALTER TABLE referral
    ADD COLUMN screening_due DATE GENERATED ALWAYS AS (
        CASE WHEN decision_due IS NOT NULL AND decision_due <= response_due THEN decision_due ELSE response_due END) STORED,
    ADD COLUMN screening_rule TEXT GENERATED ALWAYS AS (
        CASE WHEN decision_due IS NOT NULL AND decision_due <= response_due THEN decision_rule ELSE response_rule END) STORED;

COMMENT ON COLUMN referral.screening_due IS 'The day screening is due: the earlier of response_due and decision_due (the decision''s on a tie).';
COMMENT ON COLUMN referral.screening_rule IS 'The timescale rule screening_due comes from (response_rule or decision_rule).';
