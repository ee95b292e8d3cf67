package cymru.gofal.people.web;

import java.time.LocalDate;
import java.util.List;

import cymru.gofal.people.internal.AddressStore;
import cymru.gofal.people.internal.IdentifierStore;
import cymru.gofal.people.internal.PersonDetails;
import cymru.gofal.people.internal.PersonPage;
import cymru.gofal.people.internal.PersonStore;

/** A person as the API shows them; relationships carry both the stored kind and which side this person is on. */
record PersonJson(long id, int version, boolean restricted, Long mergedInto, PersonDetails details, List<PersonStore.OtherName> otherNames,
        List<IdentifierStore.Identifier> otherIdentifiers, List<AddressStore.Address> addresses, List<Relationship> relationships) {

    record Relationship(long id, String kind, String direction, long otherPersonId, String otherName, LocalDate otherDateOfBirth, String note) {
    }

    static PersonJson of(PersonPage page) {
        var p = page.person();
        return new PersonJson(p.id(), p.version(), p.restricted(), p.mergedInto(), p.details(), page.names(), page.identifiers(), page.addresses(),
                page.relationships().stream().map(r -> new Relationship(r.id(), r.kind(), r.inverse() ? "OF_THIS_PERSON" : "THIS_PERSON_IS",
                        r.otherId(), r.otherName(), r.otherDateOfBirth(), r.note())).toList());
    }
}
