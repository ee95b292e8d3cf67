package cymru.gofal.simulator.internal;

/** One council to simulate: its authority row, the scale it belongs to, and what to generate. */
public record CouncilPlan(long authorityId, String scale, PopulationSpec people, WorkforceSpec workforce) {
}
