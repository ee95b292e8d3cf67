-- The service catalogue (issue 5 point 7; module cymru.gofal.services, minimal until commissioning arrives):
-- service types, the units services are counted in, providers (in-house or external) and what each provider
-- offers at what unit cost and weekly capacity. Care and support plans (planning) copy the unit cost of the
-- offer they use at the time they plan it, so a later price change does not rewrite old plans' costs.
-- Reference lists are data; a council adds its own rows. Welsh names not in glossary-cy.md are [M].

-- Units services are counted in (hours of domiciliary care, days at a day centre, nights of respite...).
CREATE TABLE service_unit (
    code    TEXT PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_cy TEXT NOT NULL,
    ordinal INT NOT NULL UNIQUE
);
INSERT INTO service_unit (code, name_en, name_cy, ordinal) VALUES
('HOUR', 'Hour', 'Awr', 1),
('VISIT', 'Visit', 'Ymweliad', 2),
('SESSION', 'Session', 'Sesiwn', 3),
('DAY', 'Day', 'Diwrnod', 4),
('NIGHT', 'Night', 'Noson', 5),
('WEEK', 'Week', 'Wythnos', 6),
('ITEM', 'Item', 'Eitem', 7);

-- Types of service. service_area: who it is for. default_unit: the unit a new offer of this type starts with.
CREATE TABLE service_type (
    code          TEXT PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    name_en       TEXT NOT NULL,
    name_cy       TEXT NOT NULL,
    service_area  TEXT NOT NULL CHECK (service_area IN ('ADULTS','CHILDREN','ALL')),
    default_unit  TEXT NOT NULL REFERENCES service_unit(code),
    ordinal       INT NOT NULL UNIQUE
);
-- [M] for the Welsh names except gofal cartref, gofal preswyl, seibiant (glossary-cy.md).
INSERT INTO service_type (code, name_en, name_cy, service_area, default_unit, ordinal) VALUES
('DOMICILIARY_CARE', 'Domiciliary care', 'Gofal cartref', 'ADULTS', 'HOUR', 1),
('REABLEMENT', 'Reablement', 'Ailalluogi', 'ADULTS', 'HOUR', 2),
('DAY_CENTRE', 'Day centre', 'Canolfan ddydd', 'ADULTS', 'DAY', 3),
('RESIDENTIAL_CARE', 'Residential care', 'Gofal preswyl', 'ADULTS', 'WEEK', 4),
('NURSING_CARE', 'Nursing home care', 'Gofal mewn cartref nyrsio', 'ADULTS', 'WEEK', 5),
('RESPITE', 'Respite care', 'Gofal seibiant', 'ALL', 'NIGHT', 6),
('SUPPORTED_LIVING', 'Supported living', 'Byw â chymorth', 'ADULTS', 'HOUR', 7),
('CRISIS_RESOLUTION', 'Crisis resolution', 'Datrys argyfwng', 'ALL', 'HOUR', 8),
('MEALS', 'Meals service', 'Gwasanaeth prydau bwyd', 'ADULTS', 'ITEM', 9),
('TELECARE', 'Telecare and community alarm', 'Teleofal a larwm cymunedol', 'ADULTS', 'WEEK', 10),
('EQUIPMENT', 'Equipment and adaptations', 'Offer ac addasiadau', 'ALL', 'ITEM', 11),
('CARER_BREAK', 'Carer''s break', 'Seibiant i ofalwr', 'ALL', 'SESSION', 12),
('FAMILY_SUPPORT', 'Family support', 'Cymorth i deuluoedd', 'CHILDREN', 'HOUR', 13),
('PARENTING', 'Parenting programme', 'Rhaglen rianta', 'CHILDREN', 'SESSION', 14),
('SHORT_BREAKS_CHILDREN', 'Short breaks for disabled children', 'Seibiannau byr i blant anabl', 'CHILDREN', 'NIGHT', 15),
('YOUTH_SUPPORT', 'Youth support', 'Cymorth ieuenctid', 'CHILDREN', 'SESSION', 16),
('COUNSELLING', 'Counselling', 'Cwnsela', 'ALL', 'SESSION', 17);

-- Providers: in-house (the council's own) or external (independent or voluntary sector).
CREATE TABLE provider (
    id            BIGSERIAL PRIMARY KEY,
    authority_id  BIGINT NOT NULL REFERENCES authority(id),
    name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    in_house      BOOLEAN NOT NULL,
    active        BOOLEAN NOT NULL DEFAULT TRUE,
    version       INT NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by    TEXT NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by    TEXT NOT NULL,
    UNIQUE (authority_id, name),
    UNIQUE (id, authority_id)
);

-- What a provider offers: a service type in a unit at a unit cost (pounds, to the penny), and the units a week
-- it can deliver (capacity; NULL = not limited or not known), from one day to another (inclusive; to_date NULL =
-- still offered). A price change closes one row and opens another, so the cost on any day is known.
CREATE TABLE provider_service (
    id                       BIGSERIAL PRIMARY KEY,
    authority_id             BIGINT NOT NULL,
    provider_id              BIGINT NOT NULL,
    service_type             TEXT NOT NULL REFERENCES service_type(code),
    unit                     TEXT NOT NULL REFERENCES service_unit(code),
    unit_cost                NUMERIC(10,2) NOT NULL CHECK (unit_cost >= 0),
    capacity_units_per_week  NUMERIC(8,1) CHECK (capacity_units_per_week > 0),
    from_date                DATE NOT NULL,
    to_date                  DATE,
    version                  INT NOT NULL DEFAULT 0,
    created_at               TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by               TEXT NOT NULL,
    updated_at               TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by               TEXT NOT NULL,
    FOREIGN KEY (provider_id, authority_id) REFERENCES provider(id, authority_id),
    CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX provider_service_type ON provider_service (authority_id, service_type, from_date);
CREATE INDEX provider_service_provider ON provider_service (provider_id, service_type, from_date);

-- One row per offer, with the provider's name and sector, for reporting (capacity against planned use).
CREATE VIEW services_facts_offers AS
SELECT s.id, s.authority_id, s.provider_id, p.name AS provider_name, p.in_house, s.service_type, s.unit,
       s.unit_cost, s.capacity_units_per_week, s.from_date, s.to_date
  FROM provider_service s JOIN provider p ON p.id = s.provider_id;
COMMENT ON VIEW services_facts_offers IS
    'One row per provider offer: provider, in-house or external, service type, unit, unit cost, weekly capacity, dates. Reporting read model of the services module.';
