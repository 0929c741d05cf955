package dev.weft.ui.shell;

import dev.weft.ui.buckets.BucketsViewModel;
import javafx.stage.Window;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Asks before Weft quits with bucket settings changed and not applied: they live only in the window, and a
 * policy draft is kept on disk but they are not. "Keep Weft open" is what Enter and Escape answer.
 */
final class QuitQuestion {
    private QuitQuestion() {
    }

    /** Whether to quit: at once when nothing waits, else as the user answers. */
    static boolean mayQuit(Window owner, Collection<String> unappliedBuckets) {
        if (unappliedBuckets.isEmpty()) {
            return true;
        }
        return dev.weft.ui.common.KeepOrDrop.drop(owner, "quit", "Quit Weft", "Quit without applying your bucket settings?",
                whatIsLost(unappliedBuckets), "Keep Weft open", "Quit");
    }

    /** "The settings you changed for “models” are not applied …", the buckets by name, as the table shows them. */
    static String whatIsLost(Collection<String> unappliedBuckets) {
        List<String> names = unappliedBuckets.stream().map(BucketsViewModel::bucketOf).distinct().sorted().toList();
        String which = names.size() == 1 ? "“" + names.get(0) + "”"
                : names.size() + " buckets (" + names.stream().map(n -> "“" + n + "”").collect(Collectors.joining(", ")) + ")";
        return "The settings you changed for " + which + " are not applied; quitting drops them.";
    }
}
