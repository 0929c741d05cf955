package dev.weft.ui.accesskeys;

import dev.weft.api.objectstorage.AccessKeyInfo;
import dev.weft.ui.common.Busy;
import dev.weft.ui.common.ChoiceLimit;
import dev.weft.ui.common.CsvExport;
import dev.weft.ui.common.CurlDialog;
import dev.weft.ui.common.ErrorPresenter;
import dev.weft.ui.common.Every;
import dev.weft.ui.common.FieldLabel;
import dev.weft.ui.common.RowActions;
import dev.weft.ui.common.StatusBadge;
import dev.weft.ui.common.Toolbar;
import dev.weft.ui.tabs.TabViewModel;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The Access Keys tab: filters, actions, the key table with live countdowns. Bindings and dialogs only. */
public final class AccessKeysView extends BorderPane {
    private static final PseudoClass SOON = PseudoClass.getPseudoClass("expiring-soon");

    private static final String REVOKE_PERMISSION = "cwobject:RevokeAccessKeyByAccessKey";
    /** How many keys a question to revoke several names; the rest are counted. */
    private static final int KEYS_LISTED = 8;
    /** How many curl commands "Copy as curl" writes out for the keys chosen. */
    private static final int CURLS_SHOWN = 100;

    /** The most keys chosen at once (see {@link ChoiceLimit}). */
    public static final int MOST_CHOSEN = 1_000;
    /** As above; lowered by a test. */
    static int mostChosen = MOST_CHOSEN;

    private final AccessKeysViewModel vm;
    /** A refusal to choose more keys, told under the table for a while. */
    private final javafx.beans.property.StringProperty told = new javafx.beans.property.SimpleStringProperty("");
    private final javafx.animation.PauseTransition untell = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(10));
    private final Supplier<Window> owner;
    private final TableView<KeyItem> table = new TableView<>();

    public AccessKeysView(AccessKeysViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        this.owner = owner;
        setId("access-keys-view");
        setTop(actions());
        setCenter(table());
        // The countdowns move on their own; a refresh is not needed for "in 12 min" to become "in 11 min".
        Every.whileShowing(this, java.time.Duration.ofSeconds(15), () -> vm.nowProperty().set(java.time.Instant.now()));
    }

    private javafx.scene.layout.VBox actions() {
        Button create = new Button("New key…");
        create.setId("key-create");
        Toolbar.newAction(create);
        create.getStyleClass().add("accent");
        create.setOnAction(e -> new KeyCreateForm(owner.get(), vm).show());
        Button saml = new Button("SAML credentials…");
        saml.setId("key-saml");
        saml.setOnAction(e -> new SamlForm(owner.get(), vm).show());
        // Not in the toolbar, which has no room left in the narrowest window: the rows' menu, Enter and a double
        // click open it, as a desktop list opens a row's properties.
        Button details = new Button("Details…");
        details.setId("key-details-open");
        details.setOnAction(e -> {
            KeyItem key = vm.selectedProperty().get();
            new KeyDetailsDialog(owner.get(), vm, key, () -> confirmRevoke(key), () -> rotate(key)).show();
        });
        // Several keys can be chosen (Shift or Ctrl with a click or the arrows, Ctrl+A): a leak or a departure
        // means revoking a handful of keys, not one, nor all of a principal's. Revoke… acts on the keys chosen.
        ObservableList<KeyItem> chosen = table.getSelectionModel().getSelectedItems();
        // Counted again as the rows change in place (a refresh that finds them revoked), not only as the choice does.
        IntegerBinding revocable = Bindings.createIntegerBinding(() -> (int) chosen.stream()
                .filter(k -> k != null && !AccessKeyInfo.REVOKED.equals(k.info().status())).count(), chosen, vm.rowChangesProperty());
        BooleanBinding onePrincipal = Bindings.createBooleanBinding(() -> !chosen.isEmpty() && chosen.stream()
                .filter(java.util.Objects::nonNull).map(k -> k.info().principalName()).distinct().count() == 1, chosen);
        // Rotation, as key hygiene asks: a key like the chosen one, then the old one revoked once the new secret is
        // saved. In the rows' menu, as Details… is: the toolbar has no room left in the narrowest window.
        Button rotate = new Button("Rotate…");
        rotate.setId("key-rotate");
        rotate.setOnAction(e -> rotate(vm.selectedProperty().get()));
        rotate.disableProperty().bind(vm.selectedProperty().isNull().or(vm.selectedRevokedProperty()).or(Bindings.size(chosen).greaterThan(1)));
        Button revoke = new Button("Revoke…");
        revoke.setId("key-revoke");
        revoke.setOnAction(e -> revokeChosen());
        Button revokeAll = new Button("Revoke all of principal…");
        revokeAll.setId("key-revoke-principal");
        revokeAll.setOnAction(e -> confirmRevokePrincipal(chosen().get(0)));
        var none = vm.selectedProperty().isNull();
        revoke.disableProperty().bind(revocable.isEqualTo(0).or(vm.revokingProperty().isNotEmpty()));
        revokeAll.disableProperty().bind(onePrincipal.not());
        details.disableProperty().bind(none);
        MenuItem curlGet = new MenuItem("Get the selected key");
        curlGet.setOnAction(e -> CurlDialog.show(owner.get(), "Get a key", vm.curlGet(vm.selectedProperty().get().id())));
        curlGet.disableProperty().bind(none);
        MenuItem curlRevoke = new MenuItem();
        curlRevoke.textProperty().bind(Bindings.when(Bindings.size(chosen).greaterThan(1))
                .then("Revoke the selected keys").otherwise("Revoke the selected key"));
        curlRevoke.setOnAction(e -> CurlDialog.show(owner.get(), "Revoke keys", vm.curlRevoke(chosen(), CURLS_SHOWN)));
        curlRevoke.disableProperty().bind(revocable.isEqualTo(0));
        MenuItem curlRevokeAll = new MenuItem("Revoke all keys of the selected principal");
        curlRevokeAll.setOnAction(e -> CurlDialog.show(owner.get(), "Revoke a principal's keys",
                vm.curlRevokePrincipal(chosen().get(0).info().principalName())));
        curlRevokeAll.disableProperty().bind(onePrincipal.not());
        MenuButton curl = new MenuButton("Copy as curl", null, curlGet, curlRevoke, curlRevokeAll);

        ChoiceBox<String> status = new ChoiceBox<>();
        status.setId("key-status-filter");
        status.getItems().setAll(AccessKeysViewModel.ALL, AccessKeyInfo.ACTIVE, AccessKeysViewModel.NEVER_EXPIRING,
                AccessKeyInfo.EXPIRED, AccessKeyInfo.REVOKED);
        status.setConverter(new javafx.util.StringConverter<>() {
            public String toString(String s) {
                return AccessKeysViewModel.ALL.equals(s) || AccessKeysViewModel.NEVER_EXPIRING.equals(s) ? s : KeyStatus.words(s);
            }

            public String fromString(String words) {
                return words;
            }
        });
        status.valueProperty().bindBidirectional(vm.statusFilterProperty());
        ComboBox<String> principal = new ComboBox<>(vm.principals());
        principal.setId("key-principal-filter");
        principal.valueProperty().bindBidirectional(vm.principalFilterProperty());
        principal.setPrefWidth(220);
        Busy loading = new Busy(18);
        loading.setId("keys-loading");
        loading.visibleProperty().bind(vm.stateProperty().isEqualTo(TabViewModel.State.LOADING));
        // The indicator at the row's end, in room that can shrink to nothing: beside the buttons it took 26 px
        // the narrowest window did not have, and the whole top went past the edge with Export CSV….
        javafx.scene.layout.StackPane spacer = new javafx.scene.layout.StackPane(loading);
        javafx.scene.layout.StackPane.setAlignment(loading, Pos.CENTER_RIGHT);
        spacer.setMinWidth(0);
        HBox.setHgrow(spacer, Priority.ALWAYS);
        dev.weft.ui.common.Toolbar.keepWhole(create, saml, revoke, revokeAll, curl);
        RowActions.attach(table, () -> chosen.size() > 1 ? "Copy key IDs" : "Copy key ID",
                () -> chosen.isEmpty() ? null : chosen().stream().map(KeyItem::id).collect(Collectors.joining("\n")),
                revoke, details, rotate, revoke, revokeAll);
        RowActions.openWith(table, details); // Enter or a double click inspects the key, as a cluster's opens its form
        HBox bar = new HBox(8, create, saml, revoke, revokeAll, curl, spacer);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 4, 10));
        Button export = new Button("Export CSV…");
        export.setId("key-export");
        export.setOnAction(e -> CsvExport.chooseAndWrite(owner.get(), "access keys", "access-keys.csv", vm::exportCsv));
        dev.weft.ui.common.Toolbar.keepWhole(export);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox filters = new HBox(8, FieldLabel.of("Status", status), status, FieldLabel.of("Principal", principal), principal, gap, export);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(4, 10, 8, 10));
        var enabled = vm.stateProperty().isNotEqualTo(TabViewModel.State.UNAVAILABLE);
        javafx.scene.layout.VBox top = new javafx.scene.layout.VBox(bar, filters);
        top.disableProperty().bind(enabled.not());
        Label foot = new Label();
        foot.setId("summary");
        foot.setWrapText(true);
        var summary = dev.weft.ui.common.ShownSummary.of(vm.summaryProperty(), vm.visibleItems(), vm.items());
        // What is under way, else what was just refused, else the counts.
        foot.textProperty().bind(Bindings.createStringBinding(() -> !vm.revokingProperty().get().isEmpty() ? vm.revokingProperty().get()
                : !told.get().isEmpty() ? told.get() : summary.getValue(), vm.revokingProperty(), told, summary));
        chosen.addListener((javafx.beans.InvalidationListener) o -> told.set(""));
        untell.setOnFinished(e -> told.set(""));
        foot.getStyleClass().add("placeholder-hint");
        // A thousand keys take minutes at a server's pace: the user may stop between two.
        javafx.scene.control.Hyperlink stop = new javafx.scene.control.Hyperlink("Stop");
        stop.setId("revoke-stop");
        stop.setOnAction(e -> vm.stopRevoking());
        stop.visibleProperty().bind(vm.revokingProperty().isNotEmpty());
        stop.managedProperty().bind(stop.visibleProperty());
        // Beside the words, which wrap in a narrow window (a border pane gives them the width left, and the height it takes).
        BorderPane footer = new BorderPane(foot, null, stop, null, null);
        BorderPane.setAlignment(foot, Pos.CENTER_LEFT);
        BorderPane.setAlignment(stop, Pos.CENTER_RIGHT);
        footer.setPadding(new Insets(4, 10, 4, 10));
        setBottom(footer);
        return top;
    }

    private TableView<KeyItem> table() {
        table.setId("keys-table");
        table.setAccessibleText("Access keys");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        ChoiceLimit.attach(table, () -> mostChosen, () -> {
            told.set("Choose at most " + dev.weft.domain.Sizes.count(mostChosen) + " keys at a time: narrow the list with the search "
                    + "or the filters first, or revoke a principal's keys with “Revoke all of principal…”.");
            untell.playFromStart();
        });
        vm.showIn(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<KeyItem, String> id = text("Access key ID", AccessKeyInfo::accessKeyId);
        // Sixteen capitals and digits (CWABCDEFGHIJKLMN, as the documents show one) whole in a desktop's 15-px font:
        // the ID is what a row is read by, so in a narrow window the principal gives up room first.
        id.setMinWidth(196);
        // Key ids are opaque codes of capitals and digits: ordered by their characters, as a collation would
        // order them, without making 100,000 collation keys on a header click (0.17 s; 0.3 s under C1).
        id.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        TableColumn<KeyItem, String> principal = text("Principal", AccessKeyInfo::principalName);
        principal.setMinWidth(200);
        // As the clock says, as the Expires column does: a key listed as active whose expiry has passed since read
        // "Active" beside "expired 2 min ago" until the next refresh.
        TableColumn<KeyItem, String> status = new TableColumn<>("Status");
        // Lazy (map, not a binding): a sort reads the value of all 100,000 rows, and a binding made for each would
        // have hung a listener on the clock for each.
        status.setCellValueFactory(c -> c.getValue().infoProperty().flatMap(info -> vm.nowProperty().map(now -> KeyStatus.asOf(info, now))));
        status.setMinWidth(90);
        status.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final StatusBadge badge = new StatusBadge();
            private javafx.scene.control.Tooltip since;

            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                badge.show(empty ? null : KeyStatus.words(value), KeyStatus.tone(value), false);
                setGraphic(empty ? null : badge);
                boolean passed = !empty && getTableRow() != null && getTableRow().getItem() != null
                        && !java.util.Objects.equals(value, getTableRow().getItem().info().status());
                if (passed && since == null) {
                    since = new javafx.scene.control.Tooltip("Listed as active at the last refresh; its expiry has passed since.");
                }
                setTooltip(passed ? since : null);
            }
        });
        TableColumn<KeyItem, KeyItem> expires = new TableColumn<>("Expires");
        expires.setMinWidth(290); // "2026-12-04 03:59  ·  expired 12 d ago" whole in a desktop's 15 px font
        expires.setCellValueFactory(c -> Bindings.createObjectBinding(c::getValue, c.getValue().infoProperty(), vm.nowProperty()));
        expires.setComparator(Comparator.comparing(i -> i.info().permanent() ? java.time.Instant.MAX : i.info().expiry()));
        expires.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(KeyItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                AccessKeyInfo k = item.info();
                String when = k.permanent() ? "" : dev.weft.ui.common.Moments.toTheMinute(k.expiry()) + "  ·  ";
                setText(AccessKeyInfo.REVOKED.equals(k.status()) ? when + "revoked"
                        : when + Countdown.of(k.expiry(), k.permanent(), vm.nowProperty().get()));
            }
        });
        TableColumn<KeyItem, String> attributes = text("Attributes", k -> k.attributes().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).sorted().collect(Collectors.joining(", ")));
        // The widths the table shares its room by: a principal can be a long SAML role, an expiry is one line
        // of known length. Left at their minimums, the room went by those, and the expiry got the most.
        id.setPrefWidth(196);
        principal.setPrefWidth(330);
        status.setPrefWidth(95);
        expires.setPrefWidth(290);
        attributes.setPrefWidth(180);
        table.getColumns().setAll(java.util.List.of(id, principal, status, expires, attributes));
        table.setRowFactory(t -> new TableRow<>() {
            // Marked again when its key changes in place (revoked among several), without the whole table drawn again.
            private final javafx.beans.InvalidationListener changed = o -> mark(getItem());
            private KeyItem watched;

            {
                vm.nowProperty().addListener(o -> mark(getItem()));
            }

            @Override
            protected void updateItem(KeyItem item, boolean empty) {
                super.updateItem(item, empty);
                KeyItem now = empty ? null : item;
                if (now != watched) {
                    if (watched != null) {
                        watched.valueProperty().removeListener(changed);
                    }
                    watched = now;
                    if (now != null) {
                        now.valueProperty().addListener(changed);
                    }
                }
                mark(now);
            }

            private void mark(KeyItem item) {
                boolean soon = item != null && AccessKeyInfo.ACTIVE.equals(item.info().status())
                        && Countdown.soon(item.info().expiry(), item.info().permanent(), vm.nowProperty().get());
                pseudoClassStateChanged(SOON, soon);
            }
        });
        table.setPlaceholder(dev.weft.ui.tabs.EmptyRows.placeholder(vm, "keys-placeholder", "access keys", vm.items(),
                "No access keys yet. Create one with “New key…”.", "No key matches the filters."));
        return table;
    }

    private static TableColumn<KeyItem, String> text(String title, Function<AccessKeyInfo, String> value) {
        return dev.weft.ui.common.Columns.text(title, item -> value.apply(item.info()));
    }

    /** The keys chosen, in the table's order (the table keeps them in the order they were chosen). */
    private List<KeyItem> chosen() {
        int[] at = table.getSelectionModel().getSelectedIndices().stream().mapToInt(Integer::intValue).sorted().toArray();
        List<KeyItem> keys = new java.util.ArrayList<>(at.length);
        for (int i : at) {
            keys.add(table.getItems().get(i));
        }
        return keys;
    }

    private void revokeChosen() {
        List<KeyItem> keys = chosen();
        if (keys.size() > 1) {
            confirmRevokeSeveral(keys);
        } else {
            confirmRevoke(keys.isEmpty() ? vm.selectedProperty().get() : keys.get(0));
        }
    }

    private void confirmRevokeSeveral(List<KeyItem> keys) {
        List<KeyItem> open = keys.stream().filter(k -> !AccessKeyInfo.REVOKED.equals(k.info().status())).toList();
        String listed = open.stream().limit(KEYS_LISTED).map(k -> k.id() + named(k.info())).collect(Collectors.joining("\n"))
                + (open.size() > KEYS_LISTED ? "\n… and " + (open.size() - KEYS_LISTED) + " more" : "");
        java.util.Map<String, Long> whose = open.stream().collect(Collectors.groupingBy(k -> k.info().principalName(),
                java.util.TreeMap::new, Collectors.counting()));
        String owners = whose.size() == 1 ? "They belong to " + whose.keySet().iterator().next() + "."
                : "They belong to " + whose.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", ")) + ".";
        int already = keys.size() - open.size();
        String passed = already == 0 ? "" : already == 1 ? "\n\nOne of the keys chosen is revoked already and left as it is."
                : "\n\n" + already + " of the keys chosen are revoked already and left as they are.";
        if (ask("Revoke " + dev.weft.domain.Sizes.count(open.size(), "key", "keys") + "?", listed + "\n\n" + owners
                + " Anything using them stops working at once. This cannot be undone." + passed, "revoke-several-dialog")) {
            dev.weft.profiles.Profile of = vm.sessionShownProperty().get().profile();
            vm.revoke(open).whenComplete((r, failure) -> {
                if (failure != null) {
                    report(failure, "The keys were not revoked", REVOKE_PERMISSION);
                } else if (!r.failed().isEmpty()) {
                    Platform.runLater(() -> reportSeveral(r, of));
                } else if (!r.notTried().isEmpty()) { // stopped
                    Platform.runLater(() -> {
                        Alert a = new Alert(Alert.AlertType.INFORMATION, "Revoked " + r.revoked().size() + " of "
                                + dev.weft.domain.Sizes.count(r.asked(), "key", "keys") + " before you stopped; "
                                + dev.weft.domain.Sizes.count(r.notTried().size(), "key was", "keys were")
                                + " left as they were" + (stillChosen(r.notTried()) ? ", and are still chosen." : "."), ButtonType.OK);
                        a.initOwner(owner.get());
                        a.setTitle("Revoke");
                        a.setHeaderText(shown(of) ? "Stopped" : "Stopped revoking keys of “" + of.name() + "”");
                        a.getDialogPane().setId("revoke-stopped");
                        a.show();
                    });
                }
            });
        }
    }

    /** What did not go: each key that failed and why, and how many were not tried after it. */
    private void reportSeveral(AccessKeysViewModel.Revocation r, dev.weft.profiles.Profile of) {
        Throwable first = r.failed().values().iterator().next();
        String whose = shown(of) ? "" : " of “" + of.name() + "”";
        Alert a = ErrorPresenter.show(owner.get(), r.revoked().isEmpty() ? "No key" + whose + " was revoked"
                : "Revoked " + r.revoked().size() + " of " + dev.weft.domain.Sizes.count(r.asked(), "key", "keys") + whose, first);
        String why = r.failed().entrySet().stream().map(e -> e.getKey() + ": " + AccessKeysViewModel.explain(e.getValue(), REVOKE_PERMISSION))
                .collect(Collectors.joining("\n"));
        String rest = r.notTried().isEmpty() ? "" : "\n\nNot tried after that: " + dev.weft.domain.Sizes.count(r.notTried().size(), "key", "keys")
                + (stillChosen(r.notTried()) ? ". They are still chosen: Revoke… tries them again"
                : ". Chosen again" + (shown(of) ? "" : " under “" + of.name() + "”") + ", Revoke… tries them")
                + ", and passes over those revoked.";
        a.setContentText(why + rest);
    }

    /** Whether {@code profile}'s keys are those shown: a batch goes on when another profile is chosen. */
    private boolean shown(dev.weft.profiles.Profile profile) {
        var now = vm.sessionShownProperty().get();
        return now != null && now.profile().id().equals(profile.id());
    }

    /** Whether these keys are chosen in the table still: not once another profile was shown, or this one read anew. */
    private boolean stillChosen(List<String> ids) {
        return chosen().stream().map(KeyItem::id).collect(Collectors.toSet()).containsAll(ids);
    }

    private void rotate(KeyItem old) {
        KeyCreateForm.rotating(owner.get(), vm, old.info(), made -> revokeRotated(old, made)).show();
    }

    /**
     * After a rotation's new key: asks to revoke the old one, unless the new key is another principal's. A key is
     * made for the token's own principal, so "rotating" a teammate's key made one for oneself, and revoking theirs
     * would have left them with none.
     */
    private void revokeRotated(KeyItem old, dev.weft.api.objectstorage.CreatedAccessKey made) {
        String was = old.info().principalName();
        if (made.principalName() != null && !made.principalName().equals(was)) {
            Alert a = new Alert(Alert.AlertType.WARNING, "A key can be made only for the principal of the profile's token: the new "
                    + "key " + made.accessKeyId() + " is " + made.principalName() + "'s. " + old.id() + " is " + was
                    + "'s, and is left as it is; revoke the new key if it is not wanted.", ButtonType.OK);
            a.initOwner(owner.get());
            a.setTitle("Rotate");
            a.setHeaderText("The new key is not " + was + "'s");
            a.getDialogPane().setId("rotate-other-principal");
            a.show();
            return;
        }
        confirmRevoke(old);
    }

    private static String named(AccessKeyInfo k) {
        return k.attributes().containsKey("name") ? " (“" + k.attributes().get("name") + "”)" : "";
    }

    private void confirmRevoke(KeyItem item) {
        if (item == null) {
            return;
        }
        AccessKeyInfo k = item.info();
        if (ask("Revoke key " + k.accessKeyId() + named(k) + "?", "It belongs to " + k.principalName()
                + ". Anything using it stops working at once. This cannot be undone.", "revoke-dialog")) {
            vm.revoke(item).whenComplete((v, failure) -> report(failure, "The key was not revoked", REVOKE_PERMISSION));
        }
    }

    private void confirmRevokePrincipal(KeyItem item) {
        if (item == null) {
            return;
        }
        String p = item.info().principalName();
        long n = vm.revocable(p);
        if (ask("Revoke all " + dev.weft.domain.Sizes.count(n, "key", "keys") + " of " + p + "?",
                "Every key of this principal that is not revoked yet stops working at once. This cannot be undone.",
                "revoke-principal-dialog")) {
            vm.revokePrincipal(p).whenComplete((v, failure) -> report(failure, "The keys were not revoked",
                    "cwobject:RevokeAccessKeysByPrincipal"));
        }
    }

    private boolean ask(String header, String text, String id) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, new ButtonType("Revoke", ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        a.initOwner(owner.get());
        a.setTitle("Revoke");
        a.setHeaderText(header);
        a.getDialogPane().setId(id);
        return a.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }

    private void report(Throwable failure, String what, String permission) {
        if (failure != null) {
            Platform.runLater(() -> {
                Alert a = ErrorPresenter.show(owner.get(), what, failure);
                a.setContentText(AccessKeysViewModel.explain(failure, permission));
            });
        }
    }
}
