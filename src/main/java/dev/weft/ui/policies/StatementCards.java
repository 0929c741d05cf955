package dev.weft.ui.policies;

import dev.weft.api.objectstorage.AccessPolicy;
import javafx.animation.AnimationTimer;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;

import java.util.Collection;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The policy editor's statements, a card each. Only the cards whose statement changed are made again (a
 * card is a dozen controls to style: a policy of 100 statements made anew at each edit held the window
 * ~0.7 s), and a long policy's cards are made a few for each pulse, the window drawn between, so that
 * opening one of 300 statements does not hold it for seconds.
 */
final class StatementCards extends VBox {
    /**
     * Cards made for one pulse, which styles and lays them out: ~15 ms each on a slow machine, so the window is
     * drawn again within ~100 ms. (Styled at once with applyCss, a card met unresolved theme colours when the
     * editor had just been attached.)
     */
    static final int BATCH = 5;

    private final Supplier<Collection<String>> buckets;
    private final Supplier<Collection<String>> principals;
    /** Counts the policies shown: a batch still to come for an older one is not made. */
    private long shown;

    StatementCards(Supplier<Collection<String>> buckets, Supplier<Collection<String>> principals) {
        super(10);
        this.buckets = buckets;
        this.principals = principals;
        setId("statements");
    }

    /** Shows {@code p}, the policy {@code editor} holds, keeping the keyboard's place in the cards. */
    void show(PolicyEditor editor, AccessPolicy p) {
        // A card made again is found by id: a field left with Tab commits as it loses focus, and the field
        // Tab had moved to was gone with its card.
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        String focused = owner != null && owner.getId() != null && owner.getId().startsWith("statement-") ? owner.getId() : null;
        int caret = owner instanceof TextInputControl t ? t.getCaretPosition() : -1;
        makeFrom(editor, p, 0, ++shown);
        Node again = focused == null ? null : lookup("#" + focused);
        if (again != null && again != owner) {
            again.requestFocus();
            if (again instanceof TextInputControl t && caret >= 0) {
                t.positionCaret(Math.min(caret, t.getLength()));
            }
        }
    }

    /** Makes the cards from {@code from} on that do not show their statement yet, a batch now and the rest later. */
    private void makeFrom(PolicyEditor editor, AccessPolicy p, int from, long generation) {
        if (generation != shown) {
            return;
        }
        ObservableList<Node> cards = getChildren();
        int n = p.statements().size();
        int made = 0;
        int i = from;
        for (; i < n; i++) {
            AccessPolicy.Statement s = p.statements().get(i);
            if (i < cards.size() && cards.get(i) instanceof StatementCard c && c.shows(editor, i, s)) {
                continue;
            }
            if (made == BATCH) {
                break;
            }
            StatementCard card = new StatementCard(editor, i, s, buckets, principals);
            if (i < cards.size()) {
                cards.set(i, card);
            } else {
                cards.add(card);
            }
            made++;
        }
        if (i < n) {
            // The cards past here may show statements that have moved: gone until made, not there to edit.
            cards.remove(i, cards.size());
            int next = i;
            atTheNextPulse(() -> makeFrom(editor, p, next, generation));
        } else if (cards.size() > n) {
            cards.remove(n, cards.size());
        }
    }

    /** Runs {@code batch} as the next pulse begins, so that pulse styles and lays out what it made, then draws. */
    private static void atTheNextPulse(Runnable batch) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                batch.run();
            }
        }.start();
    }

    /** Marks the cards of the statements that decided a simulated question. */
    void highlight(Set<Integer> decided) {
        for (int i = 0; i < getChildren().size(); i++) {
            Node card = getChildren().get(i);
            card.getStyleClass().remove("decided");
            if (decided.contains(i)) {
                card.getStyleClass().add("decided");
            }
        }
    }
}
