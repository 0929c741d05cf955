package dev.weft.ui.buckets;

import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.WeakSetChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;

import java.util.function.Function;

/**
 * A bucket's row marked while the user's settings for it wait unapplied: set, then another bucket chosen,
 * they are kept, and the mark says where, so they are neither forgotten nor hunted for.
 */
final class UnappliedMark extends TableRow<BucketItem> {
    private static final PseudoClass UNAPPLIED = PseudoClass.getPseudoClass("unapplied");

    private final ObservableSet<String> unapplied;
    private final Function<BucketItem, String> keyOf;
    /** Held by the row: the set holds it weakly, so rows the table drops do not stay behind. */
    private final SetChangeListener<String> follow = c -> mark();
    private Tooltip says;

    /** @param unapplied the buckets with settings not yet applied, named by {@code keyOf} */
    UnappliedMark(ObservableSet<String> unapplied, Function<BucketItem, String> keyOf) {
        this.unapplied = unapplied;
        this.keyOf = keyOf;
        unapplied.addListener(new WeakSetChangeListener<>(follow));
    }

    @Override
    protected void updateItem(BucketItem item, boolean empty) {
        super.updateItem(item, empty);
        mark();
    }

    private void mark() {
        boolean marked = !isEmpty() && getItem() != null && unapplied.contains(keyOf.apply(getItem()));
        pseudoClassStateChanged(UNAPPLIED, marked);
        if (marked && says == null) {
            says = new Tooltip("Settings changed here and not applied yet");
        }
        setTooltip(marked ? says : null);
    }
}
