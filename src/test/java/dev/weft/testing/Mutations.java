package dev.weft.testing;

import java.util.Random;

/** Answers damaged the way the fuzzing tests damage them: a few characters swapped for others. */
public final class Mutations {
    private Mutations() {
    }

    /** {@code text} with one to {@code most} of its characters, at random places, replaced by ones of {@code alphabet}. */
    public static String flipped(String text, Random r, int most, String alphabet) {
        char[] c = text.toCharArray();
        int flips = 1 + r.nextInt(most);
        for (int n = 0; n < flips; n++) {
            c[r.nextInt(c.length)] = alphabet.charAt(r.nextInt(alphabet.length()));
        }
        return new String(c);
    }
}
