package cymru.gofal.simulator.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated people and everything about them, as plain values. A person is known by an index (0, 1, 2... in the
 * order generated, across all batches of a council); the writer turns indexes into database ids. Relationships
 * and access lists only name people of the same batch, so each batch can be written on its own.
 */
public final class PeopleBatch {

    public record Person(int index, String givenNames, String familyName, String preferredName, LocalDate dateOfBirth,
            boolean dateOfBirthEstimated, String gender, String ethnicity, String disability, String language,
            boolean activeOfferMade, String nhsNumber, String uniquePupilNumber, LocalDate dateOfDeath,
            boolean restricted, String searchKey) {
    }

    /** A previous name or alias (person_name.kind PREVIOUS or ALIAS). */
    public record Name(int person, String kind, String givenNames, String familyName) {
    }

    /** An address; the current one has no {@code to}. */
    public record Address(int person, String line1, String line2, String town, String postcode, LocalDate from,
            LocalDate to) {
    }

    public record Identifier(int person, String scheme, String value) {
    }

    /** "person is {kind} of related", stored once (relationship_kind reads it both ways). */
    public record Relation(int person, int related, String kind, LocalDate from) {
    }

    /** Who may see a restricted person: a username, or a team by its code. */
    public record Access(int person, String username, String teamCode) {
    }

    final List<Person> people = new ArrayList<>();
    final List<Name> names = new ArrayList<>();
    final List<Address> addresses = new ArrayList<>();
    final List<Identifier> identifiers = new ArrayList<>();
    final List<Relation> relations = new ArrayList<>();
    final List<Access> access = new ArrayList<>();

    public List<Person> people() {
        return people;
    }

    public List<Name> names() {
        return names;
    }

    public List<Address> addresses() {
        return addresses;
    }

    public List<Identifier> identifiers() {
        return identifiers;
    }

    public List<Relation> relations() {
        return relations;
    }

    public List<Access> access() {
        return access;
    }

    public int firstIndex() {
        return people.isEmpty() ? 0 : people.get(0).index();
    }
}
