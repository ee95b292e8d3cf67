package cymru.gofal.people.internal;

/**
 * How well a typed name matches a person's search key, from 0 to 1: for each word typed, the best match among
 * the person's words by edit distance (Damerau-Levenshtein: a swapped pair of letters is one edit, so "Sain"
 * is close to "Sian", which trigrams alone rank low), averaged over the words typed. A typed word that matches
 * nothing of the person's (below {@link #WORD_MATCH}) halves the score, so "Morfudd Jones" does not find every Jones.
 */
public final class NameMatch {

    static final double WORD_MATCH = 0.5;

    private NameMatch() {
    }

    public static double score(String queryKey, String searchKey) {
        String[] typed = queryKey.split(" ");
        String[] known = searchKey.split(" ");
        double total = 0;
        boolean unmatched = false;
        for (String t : typed) {
            double best = 0;
            for (String k : known) {
                best = Math.max(best, similarity(t, k));
            }
            total += best;
            unmatched |= best < WORD_MATCH;
        }
        double average = typed.length == 0 ? 0 : total / typed.length;
        return unmatched ? average / 2 : average;
    }

    static double similarity(String a, String b) {
        int longest = Math.max(a.length(), b.length());
        if (longest == 0) {
            return 1;
        }
        if (b.startsWith(a) && a.length() >= 3) {
            return Math.max(0.85, 1 - (double) (b.length() - a.length()) / longest); // a typed beginning of a name
        }
        return 1 - (double) distance(a, b) / longest;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
