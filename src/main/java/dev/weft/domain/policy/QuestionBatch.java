package dev.weft.domain.policy;

import java.util.ArrayList;
import java.util.List;

import static dev.weft.domain.SpreadsheetText.unguarded;

/**
 * The simulator's batch: one question per CSV line, "principal,action,resource", a header line and blank
 * lines skipped; cells after the third are ignored, so the simulator's own results can be run again. A
 * cell may be quoted, as a spreadsheet writes one holding a comma (an object key may). A line without
 * three cells is not guessed at: its number is kept, for the simulator to say. A cell Weft wrote with a ' so
 * that a spreadsheet takes it as text is read without it.
 *
 * @param skippedLines the 1-based numbers of the lines that are not a question
 */
public record QuestionBatch(List<Question> questions, List<Integer> skippedLines) {

    public static QuestionBatch parse(String csv) {
        List<Question> questions = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        String[] lines = csv.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            List<String> f = cells(line);
            if (f == null || f.size() < 3 || f.subList(0, 3).stream().anyMatch(String::isEmpty)) {
                skipped.add(i + 1);
            } else if (!(i == 0 && f.get(0).equalsIgnoreCase("principal"))) {
                questions.add(new Question(unguarded(f.get(0)), unguarded(f.get(1)), unguarded(f.get(2))));
            }
        }
        return new QuestionBatch(List.copyOf(questions), List.copyOf(skipped));
    }

    /** The line's cells, stripped, with quotes undone ("" inside quotes is one quote); null when a quote is left open. */
    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (c == ',') {
                out.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        out.add(cell.toString().strip());
        return out;
    }
}
