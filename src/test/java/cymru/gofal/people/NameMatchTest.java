package cymru.gofal.people;

import org.junit.jupiter.api.Test;

import cymru.gofal.people.internal.NameMatch;

import static org.assertj.core.api.Assertions.assertThat;

class NameMatchTest {

    @Test
    void aSwappedPairOfLettersStillMatchesWell() {
        assertThat(NameMatch.score("sain jones", "sian jones")).isGreaterThan(0.8);
    }

    @Test
    void aSharedFamilyNameAloneIsAWeakMatch() {
        assertThat(NameMatch.score("morfudd jones", "nia jones")).isLessThan(0.5);
    }

    @Test
    void theBeginningOfANameMatches() {
        assertThat(NameMatch.score("gwen", "gwenllian hughes")).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void anExactNameScoresOne() {
        assertThat(NameMatch.score("dafydd jones", "dafydd jones evans")).isEqualTo(1.0);
    }
}
