package cymru.gofal.simulator.internal;

/** What the members of one family share: whether they speak Welsh, their ethnic group and where they live. */
record Traits(boolean welsh, String ethnicity, Addresses.Dwelling home, java.time.LocalDate movedIn) {
}
