package dev.weft.domain;

/**
 * Text written to a CSV that a spreadsheet will open: a cell that starts as a formula does (=, +, -, @, a
 * tab or a carriage return) is run as one, so a key's attribute named "@SUM(…)" or "=HYPERLINK(…)" by anyone
 * who may make keys would run in the administrator's spreadsheet ("CSV injection", OWASP). Such a cell is
 * written with a ' first, which spreadsheets take as "this is text" and do not show.
 */
public final class SpreadsheetText {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /** The value as a spreadsheet shows it as text. */
    public static String guarded(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** A guarded value read back: the ' taken off again, so that a CSV Weft wrote can be read as it was meant. */
    public static String unguarded(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
    }
}
