/**
 * Simulator: a deterministic synthetic council that exercises every module, for the demo and for benchmarks.
 * From a seed it generates people (families, carers, Welsh speakers, identifiers, address history, restricted
 * records) and the workforce (teams, staff, postings), at scale S (one Merthyr-like council, loaded on demo mode's
 * first start) or L (all 22 Welsh councils, the simulate command), and writes them with COPY. It creates the demo
 * users too. Nothing depends on it; later issues extend it with their own records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Simulator")
package cymru.gofal.simulator;
