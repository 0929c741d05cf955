package dev.weft.ui.shell;

import dev.weft.ui.buckets.BucketsViewModel;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Asks before Weft quits with bucket or organization settings changed and not applied: they live only in the
 * window (a policy draft is kept on disk, they are not). "Keep Weft open" is what Enter and Escape answer.
 */
final class QuitQuestion {
    private QuitQuestion() {
    }

    /**
     * Whether to quit: at once when nothing waits, else as the user answers.
     *
     * @param unappliedBuckets       by {@link BucketsViewModel#keyOf}
     * @param unappliedOrganizations by {@link BucketsViewModel#organizationKey}
     */
    static boolean mayQuit(Window owner, Collection<String> unappliedBuckets, Collection<String> unappliedOrganizations) {
        if (unappliedBuckets.isEmpty() && unappliedOrganizations.isEmpty()) {
            return true;
        }
        String which = unappliedOrganizations.isEmpty() ? "bucket " : unappliedBuckets.isEmpty() ? "organization " : "";
        return dev.weft.ui.common.KeepOrDrop.drop(owner, "quit", "Quit Weft", "Quit without applying your " + which + "settings?",
                whatIsLost(unappliedBuckets, unappliedOrganizations.size()), "Keep Weft open", "Quit");
    }

    /**
     * "The settings you changed for “models” are not applied …", the buckets by name, as the table shows them,
     * and the organizations' audit switches (one per profile that has them).
     */
    static String whatIsLost(Collection<String> unappliedBuckets, int organizations) {
        List<String> names = unappliedBuckets.stream().map(BucketsViewModel::bucketOf).distinct().sorted().toList();
        List<String> what = new ArrayList<>();
        if (!names.isEmpty()) {
            what.add(names.size() == 1 ? "“" + names.get(0) + "”"
                    : names.size() + " buckets (" + names.stream().map(n -> "“" + n + "”").collect(Collectors.joining(", ")) + ")");
        }
        if (organizations > 0) {
            what.add(organizations == 1 ? "the organization's audit logging" : organizations + " organizations' audit logging");
        }
        return "The settings you changed for " + String.join(" and ", what) + " are not applied; quitting drops them.";
    }
}
