package dev.weft.ui.common;

import javafx.scene.control.TextField;
import org.controlsfx.control.textfield.TextFields;

import java.util.Collection;
import java.util.function.Function;

/** Completion as the user types, from ControlsFX, its popup in Weft's colours from its first showing. */
public final class Suggestions {
    private Suggestions() {
    }

    /** Offers {@code suggestionsFor} the field's text under the field as it is typed. */
    public static void offer(TextField field, Function<String, Collection<String>> suggestionsFor) {
        Themes.styled(TextFields.bindAutoCompletion(field, request -> suggestionsFor.apply(request.getUserText())).getAutoCompletionPopup());
    }
}
