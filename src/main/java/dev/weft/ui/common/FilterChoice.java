package dev.weft.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * A table's filter by one column: "All" first, then the values the rows hold now; the value chosen kept while the
 * rows still hold it, and back to "All" when the refresh that removed its last row comes.
 */
public final class FilterChoice {
    private final String all;
    private final ObservableList<String> choices;
    private final ObjectProperty<String> chosen;

    public FilterChoice(String all) {
        this.all = all;
        this.choices = FXCollections.observableArrayList(all);
        this.chosen = new SimpleObjectProperty<>(all);
    }

    /** Offers these values (sorted, no repeats) after "All"; a list unchanged changes nothing. */
    public void offer(List<String> values) {
        if (!choices.subList(1, choices.size()).equals(values)) {
            String keep = chosen.get();
            choices.setAll(all);
            choices.addAll(values);
            chosen.set(choices.contains(keep) ? keep : all);
        }
    }

    /** The value rows must have, or null for every row. */
    public String wanted() {
        String c = chosen.get();
        return c == null || all.equals(c) ? null : c;
    }

    public ObservableList<String> choices() {
        return choices;
    }

    public ObjectProperty<String> chosenProperty() {
        return chosen;
    }
}
