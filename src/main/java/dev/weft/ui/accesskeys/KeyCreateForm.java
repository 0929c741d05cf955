package dev.weft.ui.accesskeys;

import dev.weft.api.FieldViolation;
import dev.weft.api.objectstorage.AccessKeyInfo;
import dev.weft.api.objectstorage.CreatedAccessKey;
import dev.weft.api.objectstorage.CreateAccessKeyRequest;
import dev.weft.domain.objectstorage.AccessKeyRules;
import dev.weft.ui.common.FormDialog;
import dev.weft.ui.common.FormValues;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** A new key: permanent, or temporary for a preset or custom time; optionally named. */
final class KeyCreateForm extends FormDialog {
    static final Map<String, Long> PRESETS = presets();

    private final AccessKeysViewModel vm;
    final RadioButton permanent = new RadioButton("Permanent (until revoked)");
    final RadioButton temporary = new RadioButton("Temporary");
    final ComboBox<String> preset = new ComboBox<>(FXCollections.observableArrayList(PRESETS.keySet()));
    final TextField seconds = new TextField();
    final TextField name = new TextField();
    final TextArea attributes = new TextArea();

    private static Map<String, Long> presets() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("15 minutes", 900L);
        m.put("1 hour", 3600L);
        m.put("8 hours", 28_800L);
        m.put("1 day", 86_400L);
        m.put("7 days", 604_800L);
        m.put("30 days", 2_592_000L);
        m.put("Custom (seconds)", null);
        return m;
    }

    /** Told the new key once its secret is put away; null for a key that replaces none. */
    private final java.util.function.Consumer<CreatedAccessKey> afterSecret;

    KeyCreateForm(Window owner, AccessKeysViewModel vm) {
        this(owner, vm, "New access key", "Create an AI Object Storage access key", null);
    }

    /**
     * Rotation: a key like {@code old} (its lifetime kind, its name and attributes), and once the new secret is put
     * away, {@code made} is told the new key (to ask to revoke the old one): the new key is in place before the old
     * stops working. A key is made for the token's own principal, whoever's the old one was: the header says so.
     */
    static KeyCreateForm rotating(Window owner, AccessKeysViewModel vm, AccessKeyInfo old, java.util.function.Consumer<CreatedAccessKey> made) {
        KeyCreateForm form = new KeyCreateForm(owner, vm, "Rotate access key", "A new key to replace " + old.accessKeyId()
                + ", with its attributes, for this profile's own principal; once its secret is saved, Weft asks to revoke "
                + "the old one.", made);
        if (old.permanent()) {
            form.permanent.setSelected(true);
        }
        form.name.setText(old.attributes().getOrDefault("name", ""));
        form.attributes.setText(old.attributes().entrySet().stream().filter(e -> !e.getKey().equals("name"))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(java.util.stream.Collectors.joining("\n")));
        return form;
    }

    private KeyCreateForm(Window owner, AccessKeysViewModel vm, String title, String header,
                          java.util.function.Consumer<CreatedAccessKey> afterSecret) {
        super(owner, title, header, "Create", "create-key");
        this.vm = vm;
        this.afterSecret = afterSecret;
        permanent.setId("key-permanent");
        temporary.setId("key-temporary");
        preset.setId("key-preset");
        seconds.setId("key-seconds");
        name.setId("key-name");
        ToggleGroup kind = new ToggleGroup();
        permanent.setToggleGroup(kind);
        temporary.setToggleGroup(kind);
        temporary.setSelected(true);
        preset.setValue("1 hour");
        seconds.setPromptText("seconds");
        seconds.disableProperty().bind(temporary.selectedProperty().not().or(preset.valueProperty().isNotEqualTo("Custom (seconds)")));
        preset.disableProperty().bind(temporary.selectedProperty().not());
        name.setPromptText("e.g. laptop, ci, notebook");
        attributes.setPromptText("more attributes, one key=value per line");
        attributes.setPrefRowCount(2);
        form.add("Lifetime", new HBox(16, temporary, permanent));
        form.add("Duration", preset);
        form.add("Custom duration", seconds, "durationSeconds");
        form.add("Name", name);
        form.add("Other attributes", attributes, "attributes");
        form.rules(this::violations, permanent.selectedProperty(), preset.valueProperty(), name.textProperty());
    }

    CreateAccessKeyRequest request() {
        Long duration;
        if (permanent.isSelected()) {
            duration = 0L;
        } else if (PRESETS.get(preset.getValue()) != null) {
            duration = PRESETS.get(preset.getValue());
        } else {
            duration = parse(seconds.getText());
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        String n = FormValues.text(name.getText());
        if (n != null) {
            attrs.put("name", n);
        }
        for (String line : attributes.getText().split("\n")) {
            if (!line.isBlank()) {
                int eq = line.indexOf('=');
                attrs.put(eq < 0 ? line.strip() : line.substring(0, eq).strip(), eq < 0 ? "" : line.substring(eq + 1).strip());
            }
        }
        return new CreateAccessKeyRequest(duration, attrs.isEmpty() ? null : attrs);
    }

    private List<FieldViolation> violations() {
        List<FieldViolation> all = new ArrayList<>(AccessKeyRules.validateCreate(request()));
        attributeLinesProblem().ifPresent(p -> all.add(new FieldViolation("attributes", p)));
        return all;
    }

    /**
     * What the attribute lines would lose once made into the request's map, said rather than dropped: a line with
     * no "=" and a name given twice (the later one would win), the Name field's own included.
     */
    private Optional<String> attributeLinesProblem() {
        Set<String> given = new HashSet<>();
        if (FormValues.text(name.getText()) != null) {
            given.add("name");
        }
        for (String line : attributes.getText().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                return Optional.of("write each attribute as key=value (not \"" + line.strip() + "\")");
            }
            String key = line.substring(0, eq).strip();
            if (!given.add(key)) {
                return Optional.of(key.equals("name") && FormValues.text(name.getText()) != null
                        ? "the name is given in Name above; take the name= line out" : key + " is given twice");
            }
        }
        return Optional.empty();
    }

    private static Long parse(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    @Override
    protected CompletableFuture<?> send() {
        Window owner = getOwner();
        return vm.create(request()).thenAccept(key -> Platform.runLater(() -> {
            SecretDialog secret = new SecretDialog(owner, vm, key);
            if (afterSecret != null) {
                secret.setOnHidden(e -> afterSecret.accept(key));
            }
            secret.show();
        }));
    }

    @Override
    protected void onFailure(Throwable cause) {
        form.showServerViolations(List.of(), AccessKeysViewModel.explain(cause, "cwobject:CreateAccessKey"));
    }

    @Override
    protected String curl() {
        return vm.curlCreate(request());
    }
}
