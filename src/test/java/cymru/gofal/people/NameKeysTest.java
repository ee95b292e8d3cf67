package cymru.gofal.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeysTest {

    @Test
    void accentsAndCaseDoNotMatter() {
        assertThat(NameKeys.queryKey("SIÂN Ŵyn")).isEqualTo(NameKeys.queryKey("sian wyn"));
    }

    @Test
    void welshAndEnglishFormsOfAGivenNameShareAKey() {
        assertThat(NameKeys.queryKey("David Jones")).isEqualTo(NameKeys.queryKey("Dafydd Jones"));
        assertThat(NameKeys.queryKey("Rees")).isEqualTo(NameKeys.queryKey("Rhys"));
        assertThat(NameKeys.queryKey("Llewellyn")).isEqualTo(NameKeys.queryKey("Llywelyn"));
    }

    @Test
    void apostrophesAndHyphensAreDropped() {
        assertThat(NameKeys.queryKey("O'Brien-Hughes")).isEqualTo("obrien hughes");
    }

    @Test
    void aPersonsKeyHoldsEveryNameOnce() {
        assertThat(NameKeys.searchKey("Siân Elin", "Jones", "Sian", List.of("Sian Evans"))).isEqualTo("sian elin jones evans");
    }

    @Test
    void aPersonsKeyKeepsTheSpellingOfAVariantBesideItsOneForm() {
        assertThat(NameKeys.searchKey("David", "Rees", null, List.of())).isEqualTo("dafydd david rhys rees");
    }

    @Test
    void emptyAndNullNamesGiveAnEmptyKey() {
        assertThat(NameKeys.queryKey("  --  ")).isEmpty();
        assertThat(NameKeys.searchKey("A", "B", null, List.of())).isEqualTo("a b");
    }
}
