/**
 * Simulator: a deterministic synthetic council that exercises every module, for the demo and for benchmarks.
 * From a seed it generates people (families, carers, Welsh speakers, identifiers, address history, restricted
 * records) and the workforce (teams, staff, postings), at scale S (one Merthyr-like council, loaded on demo mode's
 * first start) or L (all 22 Welsh councils, the simulate command), and writes them with COPY. On them it plays a
 * year of getting help (contacts, referrals, assessments), then the services the council offers and the cases,
 * allocations (by the case fit rules), notes, care and support plans with agreed versions and costs, unmet need,
 * direct payments and reviews (due by the rule engine) that follow, into the other modules' tables as those
 * modules would write them. It creates the demo users too. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Simulator")
package cymru.gofal.simulator;
