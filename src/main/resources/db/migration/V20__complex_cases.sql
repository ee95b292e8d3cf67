-- Which complexities count as "complex" for the managers' question "which complex cases are held by workers who do
-- not fit" (issue 5): data on the complexity list, not a code in the casework module. HIGH and VERY_HIGH, as before.
ALTER TABLE case_complexity ADD COLUMN complex BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE case_complexity SET complex = TRUE WHERE code IN ('HIGH', 'VERY_HIGH');
