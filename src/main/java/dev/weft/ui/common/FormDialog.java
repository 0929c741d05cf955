package dev.weft.ui.common;

import dev.weft.api.ApiException;



import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A dialog around a {@link RuleForm}: the primary button is enabled only while the rules hold; it
 * sends once (no double submits), keeps the dialog open with everything typed when the server says
 * no, and closes on success. "Copy as curl" shows the exact request the button would send.
 */
public abstract class FormDialog extends Dialog<Void> {
    /** The form's height beyond which it scrolls. */
    private static final double MAX_HEIGHT = 480;

    protected final RuleForm form = new RuleForm();
    private final Button primary;
    /** The form and the lines under it, scrolled when the window is too short for them. */
    private final ScrollPane scroll;
    private final UnsentChanges unsent = new UnsentChanges(this);
    /** Closed because its work is done (sent, or found done): nothing typed is lost, so nothing is asked. */
    private boolean done;

    protected FormDialog(Window owner, String title, String header, String action, String id) {
        initOwner(owner);
        setTitle(title);
        setHeaderText(header);
        getDialogPane().setId(id);
        // Tests read the form's validation through the pane, as a person reads its decorations.
        getDialogPane().getProperties().put(RuleForm.class, form);
        ButtonType go = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        ButtonType curl = new ButtonType("Copy as curl", ButtonBar.ButtonData.LEFT);
        getDialogPane().getButtonTypes().setAll(curl, go, ButtonType.CANCEL);
        primary = (Button) getDialogPane().lookupButton(go);
        primary.setId(id + "-submit");
        Button curlButton = (Button) getDialogPane().lookupButton(curl);
        curlButton.setId(id + "-curl");
        curlButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            CurlDialog.show(getDialogPane().getScene().getWindow(), title, curl());
        });
        primary.disableProperty().bind(form.blockedProperty());
        primary.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            submit();
        });
        setResultConverter(b -> null);
        VBox content = new VBox(6, form.grid());
        content.getChildren().addAll(form.lines());
        // In line with the field labels above them, which the grid's padding sets in.
        form.lines().forEach(line -> line.setPadding(new javafx.geometry.Insets(0, form.grid().getPadding().getRight(), 0,
                form.grid().getPadding().getLeft())));
        scroll = Scrolling.down(content);
        scroll.setPrefViewportWidth(660);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        getDialogPane().setContent(scroll);
        // As tall as the form, up to MAX_HEIGHT, taller as it grows (a line under the fields, a section
        // opened) and shorter again as it shrinks: a fixed 480 px left a three-field form over 200 px of blank
        // dialog, and a problem put right while typing left its line's room blank.
        setOnShowing(e -> {
            form.shown();
            scroll.setPrefViewportHeight(fitted(Math.max(content.getHeight(), content.prefHeight(660))));
        });
        setOnShown(e -> {
            unsent.watch();
            firstFocus().ifPresent(javafx.scene.Node::requestFocus);
        });
        setOnCloseRequest(e -> unsent.onCloseRequest(e, done));
        content.heightProperty().addListener((o, was, now) -> {
            double fitted = fitted(now.doubleValue());
            if (Math.abs(fitted - scroll.getPrefViewportHeight()) > 1) {
                scroll.setPrefViewportHeight(fitted);
                // After this layout: sized in the middle of it, the window kept its height (the lines
                // under the fields, set as the form opens, were left below the fold).
                Platform.runLater(() -> {
                    if (getDialogPane().getScene() != null) {
                        // Set during the pane's layout, the viewport's new height never reached the pane: it
                        // kept its old preferred height, which sizeToScene then used (the SAML form opened
                        // with its "Still needed" line below the fold, behind a scroll bar).
                        getDialogPane().requestLayout();
                        getDialogPane().getScene().getWindow().sizeToScene();
                        // Grown downwards from where it was put: its buttons went below the screen's edge.
                        OnScreen.moveInto(getDialogPane().getScene().getWindow());
                    }
                });
            }
        });
    }

    /** Closes the form without asking about what was typed: its work is done, or the user chose to drop it. */
    protected void closeDone() {
        done = true;
        close();
    }

    /**
     * Where the keyboard is as the form opens. A new thing's form: its first field one can type in (opened
     * with Ctrl+N, the key form's focus sat on its Lifetime choice, the name typed went nowhere, and Enter
     * created a key without it). A form opened filled in (an edit): its first control, as a desktop dialog
     * starts; the first field with its text selected was the NodePort range on a cluster's edit, which the
     * first key typed replaced.
     */
    private java.util.Optional<javafx.scene.control.Control> firstFocus() {
        java.util.function.Predicate<javafx.scene.control.Control> usable = c -> !c.isDisabled() && c.isVisible()
                && c.isFocusTraversable();
        java.util.Optional<javafx.scene.control.TextInputControl> typing = Nodes.all(form.grid(), javafx.scene.control.TextInputControl.class)
                .stream().filter(f -> f.isEditable() && usable.test(f)).findFirst();
        if (typing.isEmpty() || typing.get().getText() == null || typing.get().getText().isEmpty()) {
            return typing.map(javafx.scene.control.Control.class::cast);
        }
        return Nodes.all(form.grid(), javafx.scene.control.Control.class).stream().filter(usable).findFirst();
    }

    /** The viewport's height for a form this tall: a few pixels spare against rounding, up to MAX_HEIGHT. */
    private static double fitted(double formHeight) {
        return Math.min(MAX_HEIGHT, formHeight + 4);
    }

    /** Sends the request; completes when the server has answered. */
    protected abstract CompletableFuture<?> send();

    /** The request as curl, for the "Copy as curl" button. */
    protected abstract String curl();

    /** What to say when sending failed in a way no field explains. */
    protected String failureHeader() {
        return "Not sent.";
    }

    private void submit() {
        primary.disableProperty().unbind();
        Outcome.sending(primary, form.errorLine(), "Sending…"); // the form left where it was, its reason to come in sight
        CompletableFuture<?> sent;
        try {
            sent = send();
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        sent.whenComplete((ok, failure) -> Platform.runLater(() -> {
            primary.disableProperty().bind(form.blockedProperty());
            Outcome.ended(form.errorLine()); // not "Sending…" behind a question a failure asks (a Kupe conflict)
            if (failure == null) {
                closeDone();
                return;
            }
            onFailure(ErrorPresenter.unwrap(failure));
            // Why, in sight: under a long form scrolled to its middle the line came below the fold.
            Platform.runLater(() -> Scrolling.intoView(scroll, form.errorLine()));
        }));
    }

    /** Shows the failure on the form; subclasses may handle some failures themselves first. */
    protected void onFailure(Throwable cause) {
        if (cause instanceof ApiException a && !a.fieldViolations().isEmpty()) {
            form.showServerViolations(a.fieldViolations(), "The server did not accept it:");
        } else if (cause instanceof ApiException a && a.outcomeUnknown()) {
            form.showServerViolations(java.util.List.of(), ErrorPresenter.sentence(cause)); // sent: not "Not sent."
        } else {
            form.showServerViolations(java.util.List.of(), failureHeader() + " " + ErrorPresenter.sentence(cause));
        }
    }

    static <T> Supplier<T> safely(Supplier<T> s, T fallback) {
        return () -> {
            try {
                return s.get();
            } catch (RuntimeException e) {
                return fallback;
            }
        };
    }
}
