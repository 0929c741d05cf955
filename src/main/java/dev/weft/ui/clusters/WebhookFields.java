package dev.weft.ui.clusters;

import dev.weft.api.cks.Webhook;
import dev.weft.service.BackgroundWork;
import dev.weft.ui.common.Base64File;
import dev.weft.ui.common.FormValues;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

import java.util.function.Consumer;

/**
 * One of a cluster's webhooks (authentication or authorization) in the create and edit forms: its server, and the
 * CA its certificate is signed by when that is not a public one.
 */
final class WebhookFields {
    final TextField server = new TextField();
    final TextField ca = new TextField();
    /** The CA field with "Choose file…" beside it. */
    final HBox caRow;

    /**
     * @param id      the server field's id; the CA's is the same with "-ca"
     * @param shown   the cluster's webhook to show, or null
     * @param problem where a CA file that cannot be read is said
     */
    WebhookFields(String id, Webhook shown, BackgroundWork work, Consumer<String> problem) {
        server.setId(id);
        ca.setId(id + "-ca");
        server.setPromptText("https://webhook.example.com/…");
        caRow = Base64File.certificateField(ca, "The webhook's CA", work, problem);
        if (shown != null) {
            server.setText(FormValues.shown(shown.server()));
            ca.setText(FormValues.shown(shown.ca()));
        }
    }

    /** The webhook the fields describe: none when both are empty; {@code before} itself while they say what it does. */
    Webhook value(Webhook before) {
        String s = FormValues.text(server.getText());
        String c = FormValues.text(ca.getText());
        if (s == null && c == null) {
            return null;
        }
        Webhook now = new Webhook(s, c);
        boolean same = before != null && now.equals(new Webhook(FormValues.text(before.server()), FormValues.text(before.ca())));
        return same ? before : now;
    }
}
