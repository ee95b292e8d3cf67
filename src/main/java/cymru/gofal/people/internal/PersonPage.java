package cymru.gofal.people.internal;

import java.util.List;

/**
 * Everything shown about one person. {@code access} and {@code breakGlass} are filled only for the record's
 * owners (those on its access list), who see every break-glass opening of it.
 */
public record PersonPage(PersonRecord person, List<PersonStore.OtherName> names, List<IdentifierStore.Identifier> identifiers,
        List<AddressStore.Address> addresses,
        List<RelationshipStore.Relationship> relationships, boolean owner, List<AccessStore.Entry> access,
        List<AccessStore.BreakGlass> breakGlass, List<MergeStore.Merge> merges) {
}
