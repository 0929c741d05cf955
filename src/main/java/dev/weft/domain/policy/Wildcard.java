package dev.weft.domain.policy;

/**
 * Glob matching where {@code *} stands for any run of characters (none included). It is the one
 * matcher for actions, resources and principals, so editor, lint and simulator agree.
 */
public final class Wildcard {
    private Wildcard() {
    }

    public static boolean matches(String pattern, String value, boolean ignoreCase) {
        if (pattern == null || value == null) {
            return false;
        }
        String p = ignoreCase ? pattern.toLowerCase(java.util.Locale.ROOT) : pattern;
        String v = ignoreCase ? value.toLowerCase(java.util.Locale.ROOT) : value;
        // Iterative glob with backtracking to the last star: linear in practice, no regex to escape.
        int pi = 0, vi = 0, star = -1, mark = 0;
        while (vi < v.length()) {
            if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                mark = vi;
            } else if (pi < p.length() && p.charAt(pi) == v.charAt(vi)) {
                pi++;
                vi++;
            } else if (star >= 0) {
                pi = star + 1;
                vi = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }
}
