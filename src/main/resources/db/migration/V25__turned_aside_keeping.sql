-- The columns V17 keeps on each person turned aside (route, next_contact_on), kept safely under concurrent writers
-- and cheaply under bulk ones.
--
-- 1. Concurrency. A turning aside reads the person's contacts and referrals while a contact or referral for the
--    same person updates the person's turnings aside: two transactions doing one each at once would each miss the
--    other's uncommitted row, leaving next_contact_on empty for good. Both sides now first take a transaction lock
--    on the person's bucket (person id modulo 256, taken in ascending order), so one waits for the other and then
--    reads it (READ COMMITTED: each statement after the lock sees what the other committed).
-- 2. Route. A turning aside takes its route from the contact or referral it came from (an assessment's: from its
--    referral), the route intake chose; the person's age on the day only when there is none.
-- 3. Bulk. One statement trigger for all rows a statement inserts, instead of a row trigger (COPY of a year).

DROP TRIGGER IF EXISTS turned_aside_next_contact ON turned_aside;
DROP FUNCTION IF EXISTS turned_aside_on_insert();

CREATE FUNCTION turned_aside_route(t turned_aside) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT coalesce(
        CASE t.origin
            WHEN 'CONTACT' THEN (SELECT c.route FROM contact c WHERE c.id = t.origin_id)
            WHEN 'REFERRAL' THEN (SELECT r.route FROM referral r WHERE r.id = t.origin_id)
            ELSE (SELECT r.route FROM assessment a JOIN referral r ON r.id = a.referral_id WHERE a.id = t.origin_id) END,
        (SELECT CASE WHEN p.date_of_birth IS NOT NULL AND p.date_of_birth > t.turned_aside_on - interval '18 years'
                     THEN 'CHILDREN' ELSE 'ADULTS' END FROM person p WHERE p.id = t.person_id))
$$;

CREATE FUNCTION turned_aside_keep_new_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(1416128883, b) FROM (SELECT DISTINCT (person_id % 256)::int AS b FROM new_rows ORDER BY 1) x;
    UPDATE turned_aside t SET route = turned_aside_route(t),
           next_contact_on = (SELECT min(d) FROM (
                SELECT c.received_on AS d FROM contact c WHERE c.person_id = t.person_id AND c.received_on > t.turned_aside_on
                UNION ALL
                SELECT r.received_on FROM referral r WHERE r.person_id = t.person_id AND r.received_on > t.turned_aside_on) x)
      FROM new_rows n WHERE t.id = n.id;
    RETURN NULL;
END $$;
CREATE TRIGGER turned_aside_keep AFTER INSERT ON turned_aside REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION turned_aside_keep_new_rows();

CREATE OR REPLACE FUNCTION turned_aside_next_contact_from_new_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(1416128883, b)
       FROM (SELECT DISTINCT (person_id % 256)::int AS b FROM new_rows WHERE person_id IS NOT NULL ORDER BY 1) x;
    UPDATE turned_aside t SET next_contact_on = n.first
      FROM (SELECT t2.id, min(x.received_on) AS first
              FROM new_rows x JOIN turned_aside t2 ON t2.person_id = x.person_id AND x.received_on > t2.turned_aside_on
             GROUP BY t2.id) n
     WHERE t.id = n.id AND (t.next_contact_on IS NULL OR t.next_contact_on > n.first);
    RETURN NULL;
END $$;

UPDATE turned_aside t SET route = turned_aside_route(t) WHERE route IS DISTINCT FROM turned_aside_route(t);
