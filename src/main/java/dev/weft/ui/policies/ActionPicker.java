package dev.weft.ui.policies;

import dev.weft.domain.policy.ActionCatalog;
import dev.weft.ui.common.DialogPadding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pick actions from the catalogue, grouped by service and kind, with a search that narrows the list. */
final class ActionPicker extends Dialog<List<String>> {
    ActionPicker(Window owner, List<String> current) {
        initOwner(owner);
        setTitle("Actions");
        setHeaderText("Choose the actions this statement covers");
        getDialogPane().setId("action-picker");
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("Everything", List.of("*", ActionCatalog.S3_ALL, ActionCatalog.CWOBJECT_ALL));
        ActionCatalog.S3_GROUPS.forEach((g, l) -> groups.put("S3 — " + g, l));
        groups.put("CoreWeave management (cwobject:, resource * only)", ActionCatalog.CWOBJECT);
        List<CheckBox> boxes = new ArrayList<>();
        VBox list = new VBox(4);
        TextField search = new TextField();
        search.setId("action-search");
        search.setPromptText("Search actions");
        search.setAccessibleText("Search actions");
        for (var g : groups.entrySet()) {
            Label title = new Label(g.getKey());
            title.setWrapText(true);
            title.setStyle("-fx-font-weight: bold; -fx-padding: 6 0 0 0;");
            list.getChildren().add(title);
            List<CheckBox> inGroup = new ArrayList<>();
            for (String action : g.getValue()) {
                CheckBox box = new CheckBox(action);
                box.setSelected(current.contains(action));
                box.setUserData(action);
                boxes.add(box);
                inGroup.add(box);
                list.getChildren().add(box);
            }
            search.textProperty().addListener((o, a, text) -> {
                String t = text.strip().toLowerCase(java.util.Locale.ROOT);
                boolean any = false;
                for (CheckBox b : inGroup) {
                    boolean show = t.isEmpty() || b.getText().toLowerCase(java.util.Locale.ROOT).contains(t);
                    b.setVisible(show);
                    b.setManaged(show);
                    any |= show;
                }
                title.setVisible(any);
                title.setManaged(any);
            });
        }
        List<String> custom = current.stream().filter(a -> boxes.stream().noneMatch(b -> b.getText().equals(a))).toList();
        TextField extra = new TextField(String.join(", ", custom));
        extra.setPromptText("custom entries, e.g. s3:Get*");
        ScrollPane scroll = dev.weft.ui.common.Scrolling.down(list);
        scroll.setPrefViewportHeight(360);
        VBox box = new VBox(8, search, scroll, dev.weft.ui.common.FieldLabel.of("Other (patterns)", extra), extra);
        box.setPadding(DialogPadding.CONTENT);
        box.setPrefWidth(460);
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            List<String> chosen = new ArrayList<>(boxes.stream().filter(CheckBox::isSelected).map(CheckBox::getText).toList());
            for (String s : extra.getText().split(",")) {
                if (!s.isBlank() && !chosen.contains(s.strip())) {
                    chosen.add(s.strip());
                }
            }
            return chosen;
        });
    }
}
