/**
 * Simulator: a deterministic synthetic council that exercises every module, for the demo and for benchmarks.
 * For now it creates the demo users of each role; later issues add people, staff and case records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Simulator")
package cymru.gofal.simulator;
