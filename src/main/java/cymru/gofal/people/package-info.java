/**
 * People: the person register. Names, dates, identifiers (NHS number, unique pupil number), language and the
 * Welsh active offer, addresses with history, relationships shown both ways, restricted records with their
 * access lists and break-glass, finding people (typo and Welsh-spelling tolerant), duplicates and merges.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package cymru.gofal.people;
