package dev.weft.domain.policy;

import java.util.ArrayList;
import java.util.List;

/** A line diff (longest common subsequence): what Apply shows between the server's policy and the edited one. */
public final class TextDiff {
    public enum Kind { SAME, REMOVED, ADDED }

    public record Line(Kind kind, String text) {
        @Override
        public String toString() {
            return (kind == Kind.ADDED ? "+ " : kind == Kind.REMOVED ? "- " : "  ") + text;
        }
    }

    private TextDiff() {
    }

    public static List<Line> lines(String before, String after) {
        String[] a = before.isEmpty() ? new String[0] : before.split("\n", -1);
        String[] b = after.isEmpty() ? new String[0] : after.split("\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                out.add(new Line(Kind.SAME, a[i++]));
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.add(new Line(Kind.ADDED, b[j++]));
            } else {
                out.add(new Line(Kind.REMOVED, a[i++]));
            }
        }
        return out;
    }

    public static boolean changed(List<Line> lines) {
        return lines.stream().anyMatch(l -> l.kind() != Kind.SAME);
    }
}
