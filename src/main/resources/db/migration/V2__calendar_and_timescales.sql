-- Gofal calendar and statutory timescales: one-off bank holiday changes, council closure days, and the
-- timescale rules of each regime. All of it is data that code interprets (architecture.md, decision 11); the
-- standing bank holiday rules are in cymru.gofal.platform.calendar.HolidayRules, and these rows are applied on top.
-- Read by cymru.gofal.platform.calendar tests as well as by Flyway, so keep one row per line inside each VALUES list.
-- Welsh text marked [M] below is the author's own rendering and should be checked by a translator before release.

-- ---------------------------------------------------------------------------------------------------------------
-- One-off changes to the England-and-Wales bank holidays, each made by royal proclamation under the Banking and
-- Financial Dealings Act 1971: s1(3) appoints an extra day (and, every year, 1 January and the early May holiday);
-- s1(2) declares that a Schedule 1 day is not a bank holiday that year and appoints another in its place.
-- ADDED: the day becomes a bank holiday. REMOVED: a day the rules give is not one that year; where it moved, the
-- new day is a separate ADDED row. Dates from 2012 onwards agree with the GOV.UK bank holidays feed.
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE calendar_special_day (
    day     DATE PRIMARY KEY,
    kind    TEXT NOT NULL CHECK (kind IN ('ADDED','REMOVED')),
    name_en TEXT NOT NULL,
    name_cy TEXT NOT NULL,
    source  TEXT NOT NULL
);

INSERT INTO calendar_special_day (day, kind, name_en, name_cy, source) VALUES
-- 1981 precedes the 1995-2023 list in domain.md; it is here because the calendar supports every year from 1978.
('1981-07-29', 'ADDED',   'Royal wedding bank holiday (the Prince of Wales and Lady Diana Spencer)', 'Gŵyl y Banc ychwanegol ar gyfer y Briodas Frenhinol', 'Royal proclamation under the Banking and Financial Dealings Act 1971 s1(3): extra bank holiday for the wedding of the Prince of Wales and Lady Diana Spencer'),
('1995-05-01', 'REMOVED', 'Early May bank holiday (moved to 8 May for the 50th anniversary of VE Day)', 'Gŵyl Banc Calan Mai (symudwyd i 8 Mai ar gyfer 50 mlynedd ers Diwrnod VE)', 'The 1995 royal proclamation under the Banking and Financial Dealings Act 1971 s1(3) appointed Monday 8 May instead of the first Monday in May'),
('1995-05-08', 'ADDED',   'Early May bank holiday (50th anniversary of VE Day)', 'Gŵyl Banc Calan Mai (50 mlynedd ers Diwrnod VE)', 'The 1995 royal proclamation under the Banking and Financial Dealings Act 1971 s1(3) appointed Monday 8 May instead of the first Monday in May'),
('1999-12-31', 'ADDED',   'Millennium bank holiday', 'Gŵyl y Banc ychwanegol ar gyfer y Mileniwm', 'Royal proclamation under the Banking and Financial Dealings Act 1971 s1(3): extra bank holiday for the millennium'),
('2002-05-27', 'REMOVED', 'Spring bank holiday (moved to 4 June for the Golden Jubilee)', 'Gŵyl Banc y Gwanwyn (symudwyd i 4 Mehefin ar gyfer y Jiwbilî Aur)', 'Royal proclamation under the Banking and Financial Dealings Act 1971 s1(2): the last Monday in May 2002 was not a bank holiday and Tuesday 4 June was appointed in its place'),
('2002-06-03', 'ADDED',   'Golden Jubilee bank holiday', 'Gŵyl y Banc ychwanegol ar gyfer Jiwbilî Aur y Frenhines', 'Royal proclamation under the Banking and Financial Dealings Act 1971 s1(3): extra bank holiday for the Golden Jubilee of Queen Elizabeth II'),
('2002-06-04', 'ADDED',   'Spring bank holiday (moved for the Golden Jubilee)', 'Gŵyl Banc y Gwanwyn (wedi''i symud ar gyfer y Jiwbilî Aur)', 'Royal proclamation under the Banking and Financial Dealings Act 1971 s1(2): appointed in place of the last Monday in May 2002'),
('2011-04-29', 'ADDED',   'Royal wedding bank holiday (Prince William and Catherine Middleton)', 'Gŵyl y Banc ychwanegol ar gyfer y Briodas Frenhinol', 'Royal proclamation under the Banking and Financial Dealings Act 1971 s1(3): extra bank holiday for the wedding of Prince William and Catherine Middleton'),
('2012-05-28', 'REMOVED', 'Spring bank holiday (moved to 4 June for the Diamond Jubilee)', 'Gŵyl Banc y Gwanwyn (symudwyd i 4 Mehefin ar gyfer y Jiwbilî Diemwnt)', 'Royal proclamation under the Banking and Financial Dealings Act 1971 s1(2): the last Monday in May 2012 was not a bank holiday and Monday 4 June was appointed in its place'),
('2012-06-04', 'ADDED',   'Spring bank holiday (moved for the Diamond Jubilee)', 'Gŵyl Banc y Gwanwyn (wedi''i symud ar gyfer y Jiwbilî Diemwnt)', 'Royal proclamation under the Banking and Financial Dealings Act 1971 s1(2): appointed in place of the last Monday in May 2012'),
('2012-06-05', 'ADDED',   'Diamond Jubilee bank holiday', 'Gŵyl y Banc ychwanegol ar gyfer Jiwbilî Diemwnt y Frenhines', 'Royal proclamation under the Banking and Financial Dealings Act 1971 s1(3): extra bank holiday for the Diamond Jubilee of Queen Elizabeth II'),
('2020-05-04', 'REMOVED', 'Early May bank holiday (moved to 8 May for the 75th anniversary of VE Day)', 'Gŵyl Banc Calan Mai (symudwyd i 8 Mai ar gyfer 75 mlynedd ers Diwrnod VE)', 'The 2020 royal proclamation under the Banking and Financial Dealings Act 1971 s1(3) appointed Friday 8 May instead of the first Monday in May'),
('2020-05-08', 'ADDED',   'Early May bank holiday (VE Day)', 'Gŵyl Banc Calan Mai (Diwrnod VE)', 'The 2020 royal proclamation under the Banking and Financial Dealings Act 1971 s1(3) appointed Friday 8 May instead of the first Monday in May'),
('2022-05-30', 'REMOVED', 'Spring bank holiday (moved to 2 June for the Platinum Jubilee)', 'Gŵyl Banc y Gwanwyn (symudwyd i 2 Mehefin ar gyfer y Jiwbilî Platinwm)', 'Royal proclamation under the Banking and Financial Dealings Act 1971 s1(2): the last Monday in May 2022 was not a bank holiday and Thursday 2 June was appointed in its place'),
('2022-06-02', 'ADDED',   'Spring bank holiday (moved for the Platinum Jubilee)', 'Gŵyl Banc y Gwanwyn (wedi''i symud ar gyfer y Jiwbilî Platinwm)', 'Royal proclamation under the Banking and Financial Dealings Act 1971 s1(2): appointed in place of the last Monday in May 2022'),
('2022-06-03', 'ADDED',   'Platinum Jubilee bank holiday', 'Gŵyl y Banc ychwanegol ar gyfer Jiwbilî Platinwm y Frenhines', 'Royal proclamation under the Banking and Financial Dealings Act 1971 s1(3): extra bank holiday for the Platinum Jubilee of Queen Elizabeth II'),
('2022-09-19', 'ADDED',   'Bank holiday for the State Funeral of Queen Elizabeth II', 'Gŵyl y Banc ar gyfer Angladd Gwladol y Frenhines Elizabeth II', 'Royal proclamation under the Banking and Financial Dealings Act 1971 s1(3): bank holiday for the day of the State Funeral of Queen Elizabeth II'),
('2023-05-08', 'ADDED',   'Bank holiday for the coronation of King Charles III', 'Gŵyl y Banc ar gyfer Coroni''r Brenin Charles III', 'Royal proclamation under the Banking and Financial Dealings Act 1971 s1(3): extra bank holiday for the coronation of King Charles III');

-- ---------------------------------------------------------------------------------------------------------------
-- Days a council closes on top of the bank holidays (for example a day between Christmas and New Year), added by
-- an administrator. They are not working days for that council's timescales.
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE council_closure_day (
    authority_id BIGINT NOT NULL REFERENCES authority(id),
    day          DATE NOT NULL,
    reason       TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (authority_id, day)
);

-- ---------------------------------------------------------------------------------------------------------------
-- Timescale regimes: the body of law and guidance a council's clocks follow (authority.regime holds the code).
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE timescale_regime (
    code           TEXT PRIMARY KEY,
    title_en       TEXT NOT NULL,
    title_cy       TEXT NOT NULL,
    description_en TEXT NOT NULL,
    description_cy TEXT NOT NULL
);

-- The Welsh descriptions are [M].
INSERT INTO timescale_regime (code, title_en, title_cy, description_en, description_cy) VALUES
('WALES_2007', 'Wales, 2007 to 2016', 'Cymru, 2007 i 2016', 'Children Act 1989 Part III as applied in Wales; the Framework for the Assessment of Children in Need and their Families in Wales (2001); the All Wales Child Protection Procedures; the Unified Assessment Process for adults (UFSAMC, 2002); protection of vulnerable adults under In Safe Hands (2000) and, from 2010, the Wales Interim POVA Policy and Procedures.', 'Rhan III Deddf Plant 1989 fel y''i cymhwysir yng Nghymru; y Fframwaith ar gyfer Asesu Plant mewn Angen a''u Teuluoedd yng Nghymru (2001); Gweithdrefnau Amddiffyn Plant Cymru Gyfan; y Broses Asesu Unedig ar gyfer oedolion (2002); amddiffyn oedolion agored i niwed (POVA) dan Mewn Dwylo Diogel (2000) ac, o 2010, Polisi a Gweithdrefnau Interim Cymru ar gyfer POVA.'),
('WALES_2016', 'Wales, from 6 April 2016', 'Cymru, o 6 Ebrill 2016', 'Social Services and Well-being (Wales) Act 2014, in force from 6 April 2016, with its codes of practice and regulations (including the Care Planning, Placement and Case Review (Wales) Regulations 2015); the Wales Safeguarding Procedures (2019).', 'Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014, mewn grym o 6 Ebrill 2016, gyda''i chodau ymarfer a''i rheoliadau (gan gynnwys Rheoliadau Cynllunio Gofal, Lleoli ac Adolygu Achosion (Cymru) 2015); Gweithdrefnau Diogelu Cymru (2019).');

-- ---------------------------------------------------------------------------------------------------------------
-- Timescale rules, one row per clock: within time_offset units of start_event (day 0), stop_event must happen.
-- A step that is the same in both regimes has the same code in both. Limits given in hours are held as
-- CALENDAR_DAYS (24h = 1, 48h = 2), as their source says. verified = false where domain.md section 1 marks the
-- item [M] (from memory) or its source is garbled; such rows must be checked before they drive performance figures.
-- A stop event may also start the next clock (e.g. LAC_REVIEW_HELD starts the wait for the next review).
-- Rows of domain.md with no time limit are left out: 1a adult assessment levels (UAP); 1b IAA (measured by
-- re-contact, not a clock), adult/carer assessment (no national maximum), eligibility, strategy discussion
-- "without delay"; and in the 2010 POVA procedures the conference date, which the strategy meeting sets.
-- ---------------------------------------------------------------------------------------------------------------
CREATE TABLE timescale_rule (
    regime      TEXT NOT NULL REFERENCES timescale_regime(code),
    code        TEXT NOT NULL,
    title_en    TEXT NOT NULL,
    title_cy    TEXT NOT NULL,
    start_event TEXT NOT NULL,
    time_offset INT NOT NULL CHECK (time_offset >= 0),
    unit        TEXT NOT NULL CHECK (unit IN ('WORKING_DAYS','CALENDAR_DAYS','WEEKS','MONTHS')),
    stop_event  TEXT NOT NULL,
    source      TEXT NOT NULL,
    verified    BOOLEAN NOT NULL,
    PRIMARY KEY (regime, code)
);

-- WALES_2007: domain.md table 1a.
INSERT INTO timescale_rule (regime, code, title_en, title_cy, start_event, time_offset, unit, stop_event, source, verified) VALUES
-- Children: referral and assessment (Framework for the Assessment of Children in Need and their Families in Wales, 2001).
('WALES_2007', 'REFERRAL_DECISION', 'Referral decision (children)', 'Penderfyniad ar atgyfeiriad (plant)', 'REFERRAL_RECEIVED', 1, 'WORKING_DAYS', 'DECISION_RECORDED', 'Decision on a children''s referral (no further action, initial assessment or section 47) within 1 working day; measured by SCC/006. Limit to be confirmed.', FALSE),
('WALES_2007', 'INITIAL_ASSESSMENT', 'Initial assessment', 'Asesiad cychwynnol', 'REFERRAL_RECEIVED', 7, 'WORKING_DAYS', 'INITIAL_ASSESSMENT_COMPLETED', '2001 Wales Assessment Framework: initial assessment within 7 working days of referral; measured by SCC/008. Limit to be confirmed; England reported the same standard in 2006.', FALSE),
('WALES_2007', 'CORE_ASSESSMENT', 'Core assessment', 'Asesiad craidd', 'CORE_ASSESSMENT_STARTED', 35, 'WORKING_DAYS', 'CORE_ASSESSMENT_COMPLETED', '2001 Wales Assessment Framework: core assessment (including disabled children) within 35 working days of its start; measured by SCC/009. Limit to be confirmed.', FALSE),
-- Child protection (All Wales Child Protection Procedures).
('WALES_2007', 'ICPC', 'Initial child protection conference', 'Cynhadledd amddiffyn plant gychwynnol', 'STRATEGY_DISCUSSION', 15, 'WORKING_DAYS', 'ICPC_HELD', 'All Wales Child Protection Procedures: within 15 working days of the (last) strategy discussion; measured by SCC/014 (Conwy annual report).', TRUE),
('WALES_2007', 'FIRST_CORE_GROUP', 'First core group meeting', 'Cyfarfod cyntaf y grŵp craidd', 'ICPC_HELD', 10, 'WORKING_DAYS', 'CORE_GROUP_HELD', 'All Wales Child Protection Procedures: first core group within 10 working days of the initial conference; measured by SCC/015. Limit to be confirmed.', FALSE),
('WALES_2007', 'CP_REVIEW_FIRST', 'First child protection review conference', 'Cynhadledd adolygu gyntaf', 'ICPC_HELD', 3, 'MONTHS', 'REVIEW_CONFERENCE_HELD', 'All Wales Child Protection Procedures: first review conference within 3 months of the initial conference. To be confirmed.', FALSE),
('WALES_2007', 'CP_REVIEW_SUBSEQUENT', 'Later child protection review conferences', 'Cynadleddau adolygu dilynol', 'REVIEW_CONFERENCE_HELD', 6, 'MONTHS', 'REVIEW_CONFERENCE_HELD', 'All Wales Child Protection Procedures: later review conferences at most 6 months apart. To be confirmed.', FALSE),
-- Looked after children (Review of Children's Cases (Wales) Regulations 2007, SI 2007/307, from 1 July 2007).
('WALES_2007', 'LAC_CARE_PLAN', 'Care plan for a looked after child', 'Cynllun gofal plentyn sy''n derbyn gofal', 'FIRST_PLACEMENT_STARTED', 0, 'CALENDAR_DAYS', 'CARE_PLAN_DATED', 'Care plan in place before the first placement; measured by SCC/001a. To be confirmed. Due on the placement day: a plan dated earlier has met it, and is recorded as stopping on the placement day because a clock cannot stop before it starts.', FALSE),
('WALES_2007', 'LAC_REVIEW_FIRST', 'First review of a looked after child', 'Adolygiad cyntaf plentyn sy''n derbyn gofal', 'BECAME_LOOKED_AFTER', 4, 'WEEKS', 'LAC_REVIEW_HELD', 'Review of Children''s Cases (Wales) Regulations 2007 (SI 2007/307): first review within 4 weeks of becoming looked after. Interval to be confirmed.', FALSE),
('WALES_2007', 'LAC_REVIEW_SECOND', 'Second review of a looked after child', 'Ail adolygiad plentyn sy''n derbyn gofal', 'LAC_REVIEW_HELD', 3, 'MONTHS', 'LAC_REVIEW_HELD', 'Review of Children''s Cases (Wales) Regulations 2007: second review within 3 months of the first. Interval to be confirmed.', FALSE),
('WALES_2007', 'LAC_REVIEW_SUBSEQUENT', 'Later reviews of a looked after child', 'Adolygiadau dilynol plentyn sy''n derbyn gofal', 'LAC_REVIEW_HELD', 6, 'MONTHS', 'LAC_REVIEW_HELD', 'Review of Children''s Cases (Wales) Regulations 2007: later reviews at most 6 months apart. Interval to be confirmed.', FALSE),
('WALES_2007', 'PERMANENCE_PLAN', 'Permanence plan', 'Cynllun sefydlogrwydd', 'BECAME_LOOKED_AFTER', 4, 'MONTHS', 'PERMANENCE_PLAN_RECORDED', 'Permanence plan by the second review, taken as 4 months after becoming looked after (4 weeks plus 3 months, as SCC/001b counts it). To be confirmed.', FALSE),
('WALES_2007', 'LAC_VISIT_FIRST', 'First visit to a looked after child', 'Ymweliad cyntaf â phlentyn sy''n derbyn gofal', 'PLACEMENT_STARTED', 1, 'WEEKS', 'LAC_VISIT_MADE', 'Statutory visit within 1 week of the placement starting; measured by SCC/025. To be confirmed.', FALSE),
('WALES_2007', 'LAC_VISIT_YEAR_ONE', 'Visits in the first year of a placement', 'Ymweliadau yn ystod blwyddyn gyntaf y lleoliad', 'LAC_VISIT_MADE', 6, 'WEEKS', 'LAC_VISIT_MADE', 'Statutory visits at most 6 weeks apart in the first year of the placement; measured by SCC/025. To be confirmed.', FALSE),
('WALES_2007', 'LAC_VISIT_SUBSEQUENT', 'Visits after the first year of a placement', 'Ymweliadau dilynol â phlentyn sy''n derbyn gofal', 'LAC_VISIT_MADE', 3, 'MONTHS', 'LAC_VISIT_MADE', 'Statutory visits at most 3 months apart after the first year of the placement; measured by SCC/025. To be confirmed.', FALSE),
-- Care leavers.
('WALES_2007', 'PATHWAY_PLAN', 'Pathway plan', 'Cynllun llwybr', 'BECAME_ELIGIBLE_CARE_LEAVER', 3, 'MONTHS', 'PATHWAY_PLAN_RECORDED', 'Pathway plan within 3 months of the 16th birthday or of becoming eligible; measured by SCC/041a. To be confirmed.', FALSE),
('WALES_2007', 'PATHWAY_PLAN_REVIEW', 'Pathway plan review', 'Adolygiad o''r cynllun llwybr', 'PATHWAY_PLAN_RECORDED', 6, 'MONTHS', 'PATHWAY_PLAN_RECORDED', 'Pathway plan reviewed at most every 6 months; each reviewed plan restarts the clock. To be confirmed.', FALSE),
-- Adults (Unified Assessment Process).
('WALES_2007', 'ADULT_REVIEW_FIRST', 'First review of an adult''s care plan', 'Adolygiad cyntaf o gynllun gofal oedolyn', 'SERVICES_STARTED', 3, 'MONTHS', 'ADULT_REVIEW_HELD', 'Unified Assessment: care plan reviewed within 3 months of services starting or changing substantially. To be confirmed.', FALSE),
('WALES_2007', 'ADULT_REVIEW_SUBSEQUENT', 'Later reviews of an adult''s care plan', 'Adolygiadau dilynol o gynllun gofal oedolyn', 'ADULT_REVIEW_HELD', 12, 'MONTHS', 'ADULT_REVIEW_HELD', 'Unified Assessment: then reviewed at least yearly; measured by SCA/007. To be confirmed.', FALSE),
-- Protection of vulnerable adults. In Safe Hands (2000) with the regional procedures applied from 2007; the Wales
-- Interim POVA Policy and Procedures (POVA_2010_ rows) replaced them in 2010. Both from the overview in domain.md [19].
('WALES_2007', 'POVA_REFERRAL', 'Adult protection referral (POVA)', 'Atgyfeiriad amddiffyn oedolion (POVA)', 'POVA_ALERT_RECEIVED', 1, 'CALENDAR_DAYS', 'POVA_REFERRAL_MADE', 'In Safe Hands (2000) regional procedures and the Wales Interim POVA Policy and Procedures (2010/13) alike: referral within 24 hours of the alert, held as 1 calendar day.', TRUE),
('WALES_2007', 'POVA_STRATEGY_DISCUSSION', 'Adult protection strategy discussion (POVA)', 'Trafodaeth strategaeth (POVA)', 'POVA_ALERT_RECEIVED', 2, 'WORKING_DAYS', 'POVA_STRATEGY_DISCUSSION_HELD', 'In Safe Hands (2000) regional procedures: strategy discussion within 2 working days; the clock starts at the alert.', TRUE),
('WALES_2007', 'POVA_STRATEGY_MEETING', 'Adult protection strategy meeting (POVA)', 'Cyfarfod strategaeth (POVA)', 'POVA_REFERRAL_MADE', 3, 'CALENDAR_DAYS', 'POVA_STRATEGY_MEETING_HELD', 'In Safe Hands (2000) regional procedures: strategy meeting about 3 days after the referral; the source is garbled, so unverified.', FALSE),
('WALES_2007', 'POVA_CASE_CONFERENCE', 'Adult protection case conference (POVA)', 'Cynhadledd achos (POVA)', 'POVA_REFERRAL_MADE', 15, 'WORKING_DAYS', 'POVA_CASE_CONFERENCE_HELD', 'In Safe Hands (2000) regional procedures: case conference within 15 working days of the referral.', TRUE),
('WALES_2007', 'POVA_2010_STRATEGY_DISCUSSION', 'Adult protection strategy discussion (POVA, 2010 procedures)', 'Trafodaeth strategaeth (POVA, gweithdrefnau 2010)', 'POVA_ALERT_RECEIVED', 2, 'CALENDAR_DAYS', 'POVA_STRATEGY_DISCUSSION_HELD', 'Wales Interim POVA Policy and Procedures (2010/13): strategy discussion within 48 hours, held as 2 calendar days; the clock starts at the alert.', TRUE),
('WALES_2007', 'POVA_2010_STRATEGY_MEETING', 'Adult protection strategy meeting (POVA, 2010 procedures)', 'Cyfarfod strategaeth (POVA, gweithdrefnau 2010)', 'POVA_ALERT_RECEIVED', 7, 'CALENDAR_DAYS', 'POVA_STRATEGY_MEETING_HELD', 'Wales Interim POVA Policy and Procedures (2010/13): strategy meeting within 7 days; the clock starts at the alert.', TRUE),
('WALES_2007', 'POVA_2010_PLAN_REVIEW', 'Adult protection plan review (POVA, 2010 procedures)', 'Adolygiad o''r cynllun amddiffyn (POVA, gweithdrefnau 2010)', 'POVA_CASE_CONFERENCE_HELD', 6, 'WEEKS', 'POVA_PLAN_REVIEWED', 'Wales Interim POVA Policy and Procedures (2010/13): protection plan reviewed within 6 weeks of the case conference.', TRUE);

-- WALES_2016: domain.md table 1b.
INSERT INTO timescale_rule (regime, code, title_en, title_cy, start_event, time_offset, unit, stop_event, source, verified) VALUES
-- Children: reports, assessment and care and support plans (Social Services and Well-being (Wales) Act 2014 Part 3-4).
('WALES_2016', 'REFERRAL_DECISION', 'Referral decision (children)', 'Penderfyniad ar atgyfeiriad (plant)', 'REFERRAL_RECEIVED', 1, 'WORKING_DAYS', 'DECISION_RECORDED', 'Wales Safeguarding Procedures: decision on a report about a child recorded within 1 working day of receiving it.', TRUE),
('WALES_2016', 'CHILD_ASSESSMENT', 'Child assessment', 'Asesiad plentyn', 'REFERRAL_RECEIVED', 42, 'WORKING_DAYS', 'ASSESSMENT_COMPLETED', 'Social Services and Well-being (Wales) Act 2014: assessment within 42 working days of referral; measured by PM24 (2016-20) and CH/012 (from 2020).', TRUE),
('WALES_2016', 'CHILD_PLAN_REVIEW_FIRST', 'First review of a child''s care and support plan', 'Adolygiad cyntaf o gynllun gofal a chymorth plentyn', 'CARE_SUPPORT_PLAN_AGREED', 6, 'MONTHS', 'CHILD_PLAN_REVIEW_HELD', 'Care and Support (Care Planning) (Wales) Regulations 2015: children''s plans reviewed at least every 6 months. Interval to be confirmed.', FALSE),
('WALES_2016', 'CHILD_PLAN_REVIEW_SUBSEQUENT', 'Later reviews of a child''s care and support plan', 'Adolygiadau dilynol o gynllun gofal a chymorth plentyn', 'CHILD_PLAN_REVIEW_HELD', 6, 'MONTHS', 'CHILD_PLAN_REVIEW_HELD', 'Care and Support (Care Planning) (Wales) Regulations 2015: then at most 6 months apart. Interval to be confirmed.', FALSE),
-- Child protection (Wales Safeguarding Procedures, 2019).
('WALES_2016', 'ICPC', 'Initial child protection conference', 'Cynhadledd amddiffyn plant gychwynnol', 'STRATEGY_DISCUSSION', 15, 'WORKING_DAYS', 'ICPC_HELD', 'Wales Safeguarding Procedures: within 15 working days of the strategy discussion (Conwy annual report); the procedures'' own wording is to be confirmed.', FALSE),
('WALES_2016', 'OUTLINE_PLAN', 'Outline care and support protection plan circulated', 'Cylchredeg amlinelliad o''r cynllun amddiffyn, gofal a chymorth', 'ICPC_HELD', 5, 'WORKING_DAYS', 'OUTLINE_PLAN_CIRCULATED', 'Wales Safeguarding Procedures: outline plan circulated within 5 working days of the initial conference.', TRUE),
('WALES_2016', 'FIRST_CORE_GROUP', 'First core group meeting', 'Cyfarfod cyntaf y grŵp craidd', 'ICPC_HELD', 10, 'WORKING_DAYS', 'CORE_GROUP_HELD', 'Wales Safeguarding Procedures: first core group within 10 working days of the initial conference.', TRUE),
('WALES_2016', 'CORE_GROUP_SUBSEQUENT', 'Later core group meetings', 'Cyfarfodydd dilynol y grŵp craidd', 'CORE_GROUP_HELD', 6, 'WEEKS', 'CORE_GROUP_HELD', 'Wales Safeguarding Procedures: core group meets monthly and at most 6 weeks apart; the limit held is the 6-week maximum.', TRUE),
('WALES_2016', 'CP_CONTINUING_ASSESSMENT', 'Assessment after section 47 enquiries', 'Asesiad parhaus ar ôl ymholiadau adran 47', 'S47_STARTED', 42, 'WORKING_DAYS', 'ASSESSMENT_COMPLETED', 'Wales Safeguarding Procedures: assessment completed within 42 working days of the start of section 47 enquiries.', TRUE),
('WALES_2016', 'CP_REVIEW_FIRST', 'First child protection review conference', 'Cynhadledd adolygu gyntaf', 'ICPC_HELD', 3, 'MONTHS', 'REVIEW_CONFERENCE_HELD', 'Wales Safeguarding Procedures: first review conference within 3 months of the initial conference.', TRUE),
('WALES_2016', 'CP_REVIEW_SUBSEQUENT', 'Later child protection review conferences', 'Cynadleddau adolygu dilynol', 'REVIEW_CONFERENCE_HELD', 6, 'MONTHS', 'REVIEW_CONFERENCE_HELD', 'Wales Safeguarding Procedures: later review conferences at most 6 months apart.', TRUE),
-- Adults at risk and adults' care and support plans.
('WALES_2016', 'ADULT_ENQUIRY', 'Section 126 enquiries (adult at risk)', 'Ymholiadau adran 126 (oedolyn sy''n wynebu risg)', 'ADULT_AT_RISK_REPORT_RECEIVED', 7, 'WORKING_DAYS', 'ENQUIRY_DETERMINATION_RECORDED', 'Social Services and Well-being (Wales) Act 2014 s126 and the Wales Safeguarding Procedures: enquiries and determination within 7 working days of the report; measured by PM18.', TRUE),
('WALES_2016', 'ADULT_REVIEW_FIRST', 'First review of an adult''s care and support plan', 'Adolygiad cyntaf o gynllun gofal a chymorth oedolyn', 'CARE_SUPPORT_PLAN_AGREED', 12, 'MONTHS', 'ADULT_REVIEW_HELD', 'Care and Support (Care Planning) (Wales) Regulations 2015: reviewed by the date the plan sets, at most 12 months on; the plan''s own date may be earlier. Interval to be confirmed.', FALSE),
('WALES_2016', 'ADULT_REVIEW_SUBSEQUENT', 'Later reviews of an adult''s care and support plan', 'Adolygiadau dilynol o gynllun gofal a chymorth oedolyn', 'ADULT_REVIEW_HELD', 12, 'MONTHS', 'ADULT_REVIEW_HELD', 'Care and Support (Care Planning) (Wales) Regulations 2015: then at most 12 months apart. Interval to be confirmed.', FALSE),
-- Looked after children (Care Planning, Placement and Case Review (Wales) Regulations 2015, SI 2015/1818).
('WALES_2016', 'LAC_CARE_PLAN', 'Care and support plan for a looked after child', 'Cynllun gofal a chymorth plentyn sy''n derbyn gofal', 'FIRST_PLACEMENT_STARTED', 10, 'WORKING_DAYS', 'CARE_PLAN_DATED', 'SI 2015/1818 reg 4: plan before the first placement or, where that is not practicable, within 10 working days of its start.', TRUE),
('WALES_2016', 'PARENT_PLACEMENT_ASSESSMENT', 'Assessment of a placement with a parent', 'Asesiad o leoliad gyda rhiant', 'PLACEMENT_WITH_PARENT_STARTED', 10, 'WORKING_DAYS', 'PARENT_ASSESSMENT_COMPLETED', 'SI 2015/1818 reg 20: placement with a parent before assessment; assessment within 10 working days.', TRUE),
('WALES_2016', 'PARENT_PLACEMENT_DECISION', 'Decision on a placement with a parent', 'Penderfyniad ar leoliad gyda rhiant', 'PARENT_ASSESSMENT_COMPLETED', 10, 'WORKING_DAYS', 'PARENT_PLACEMENT_DECIDED', 'SI 2015/1818 reg 20: decision within 10 working days of the assessment.', TRUE),
('WALES_2016', 'LAC_REVIEW_FIRST', 'First review of a looked after child', 'Adolygiad cyntaf plentyn sy''n derbyn gofal', 'BECAME_LOOKED_AFTER', 20, 'WORKING_DAYS', 'LAC_REVIEW_HELD', 'SI 2015/1818 reg 39: first review by the independent reviewing officer within 20 working days of becoming looked after. To be confirmed.', FALSE),
('WALES_2016', 'LAC_REVIEW_SECOND', 'Second review of a looked after child', 'Ail adolygiad plentyn sy''n derbyn gofal', 'LAC_REVIEW_HELD', 3, 'MONTHS', 'LAC_REVIEW_HELD', 'SI 2015/1818 reg 39: second review within 3 months of the first. To be confirmed.', FALSE),
('WALES_2016', 'LAC_REVIEW_SUBSEQUENT', 'Later reviews of a looked after child', 'Adolygiadau dilynol plentyn sy''n derbyn gofal', 'LAC_REVIEW_HELD', 6, 'MONTHS', 'LAC_REVIEW_HELD', 'SI 2015/1818 reg 39: later reviews at most 6 months apart. To be confirmed.', FALSE),
('WALES_2016', 'LAC_VISIT_FIRST', 'First visit to a looked after child', 'Ymweliad cyntaf â phlentyn sy''n derbyn gofal', 'PLACEMENT_STARTED', 1, 'WEEKS', 'LAC_VISIT_MADE', 'SI 2015/1818 reg 31: visit within 1 week of the placement starting.', TRUE),
('WALES_2016', 'LAC_VISIT_WEEKLY', 'Weekly visits until the first review', 'Ymweliadau wythnosol hyd at yr adolygiad cyntaf', 'LAC_VISIT_MADE', 1, 'WEEKS', 'LAC_VISIT_MADE', 'SI 2015/1818 reg 31: weekly visits until the first review for placements under regs 20 and 26 and under an interim care order.', TRUE),
('WALES_2016', 'LAC_VISIT_YEAR_ONE', 'Visits in the first year of a placement', 'Ymweliadau yn ystod blwyddyn gyntaf y lleoliad', 'LAC_VISIT_MADE', 6, 'WEEKS', 'LAC_VISIT_MADE', 'SI 2015/1818 reg 31: visits at most 6 weeks apart in the first year of the placement.', TRUE),
('WALES_2016', 'LAC_VISIT_SUBSEQUENT', 'Visits after the first year of a placement', 'Ymweliadau dilynol â phlentyn sy''n derbyn gofal', 'LAC_VISIT_MADE', 3, 'MONTHS', 'LAC_VISIT_MADE', 'SI 2015/1818 reg 31: after the first year, visits at most 3 months apart where the placement is to last until the child is 18.', TRUE),
('WALES_2016', 'LAC_VISIT_SUBSEQUENT_OTHER', 'Visits after the first year of other placements', 'Ymweliadau dilynol (lleoliadau eraill)', 'LAC_VISIT_MADE', 6, 'WEEKS', 'LAC_VISIT_MADE', 'SI 2015/1818 reg 31: after the first year, visits at most 6 weeks apart where the placement is not to last until the child is 18.', TRUE),
('WALES_2016', 'LAC_GP_REGISTRATION', 'Registration with a GP', 'Cofrestru gyda meddyg teulu', 'PLACEMENT_STARTED', 10, 'WORKING_DAYS', 'GP_REGISTERED', 'Registered with a GP within 10 working days of the placement starting; measured by PM31.', TRUE),
('WALES_2016', 'LAC_DENTIST', 'Seen by a dentist', 'Gweld deintydd', 'PLACEMENT_STARTED', 3, 'MONTHS', 'DENTIST_SEEN', 'Seen by a dentist within 3 months of the placement starting; measured by PM30.', TRUE),
-- Care leavers (Care Leavers (Wales) Regulations 2015, SI 2015/1820).
('WALES_2016', 'CARE_LEAVER_NEEDS_ASSESSMENT', 'Care leaver''s needs assessment', 'Asesiad o anghenion ymadawr gofal', 'BECAME_ELIGIBLE_CARE_LEAVER', 3, 'MONTHS', 'NEEDS_ASSESSMENT_COMPLETED', 'SI 2015/1818 reg 49 and SI 2015/1820: needs assessment within 3 months of the 16th birthday or of becoming a category 1 to 3 young person, then a pathway plan.', TRUE),
('WALES_2016', 'PATHWAY_PLAN_REVIEW', 'Pathway plan review', 'Adolygiad o''r cynllun llwybr', 'PATHWAY_PLAN_RECORDED', 6, 'MONTHS', 'PATHWAY_PLAN_RECORDED', 'Pathway plan reviewed at most every 6 months; each reviewed plan restarts the clock. To be confirmed.', FALSE);
