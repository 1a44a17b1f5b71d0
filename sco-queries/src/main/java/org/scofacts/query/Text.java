package org.scofacts.query;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text folding for look-ups and "contains" matches: case, accents, punctuation and spacing ignored. */
final class Text {

    /** Loaded only for text beyond ASCII, so a code or an English name loads no Unicode normalisation or regex. */
    private static final class Unicode {
        static final Pattern MARKS = Pattern.compile("\\p{M}+");
        static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02bc]");
        static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    }

    private Text() {
    }

    /**
     * Folds text for comparison: "Türkiye" and "TURKIYE" fold alike, as do "People's" and "peoples".
     *
     * @param text the text
     * @return the folded text: lower case, no accents, words separated by one space
     */
    static String fold(String text) {
        return isAscii(text) ? foldAscii(text) : foldUnicode(text);
    }

    /** Whether every character is ASCII, so {@link #fold} needs no Unicode normalisation. */
    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** The same folding as {@link #foldUnicode} for ASCII text, where normalisation changes nothing. */
    private static String foldAscii(String text) {
        StringBuilder words = new StringBuilder(text.length());
        boolean separator = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                words.append(separator && words.length() > 0 ? " " : "").append(c);
                separator = false;
            } else if (c >= 'A' && c <= 'Z') {
                words.append(separator && words.length() > 0 ? " " : "").append((char) (c + ('a' - 'A')));
                separator = false;
            } else if (c != '\'') {
                separator = true;
            }
        }
        return words.toString();
    }

    /** Folding by Unicode normalisation and regular expressions; the reference for {@link #foldAscii}. */
    static String foldUnicode(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = Unicode.MARKS.matcher(decomposed).replaceAll("").replace('\u0131', 'i');
        String words = Unicode.SEPARATORS.matcher(Unicode.APOSTROPHES.matcher(plain).replaceAll("")).replaceAll(" ");
        return words.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The optimal-string-alignment distance: insertions, deletions, substitutions and transpositions
     * of adjacent letters each cost one.
     */
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
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }
}
