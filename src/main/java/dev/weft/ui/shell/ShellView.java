package dev.weft.ui.shell;

import dev.weft.profiles.Profile;
import dev.weft.ui.common.Keys;
import dev.weft.ui.common.Nodes;
import dev.weft.ui.common.SplitPositions;
import dev.weft.ui.common.TableSorts;
import dev.weft.ui.tabs.TabView;
import dev.weft.ui.tabs.TabViewModel;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.textfield.TextFields;

import java.util.List;
import java.util.function.Supplier;

/** The main window's nodes: toolbar, notice banners, the tabs and the status bar. Bindings only. */
public final class ShellView extends BorderPane {
    static final List<String> COMING = List.of(
            "The full cluster table, details, create, upgrade, delete and kubeconfig export arrive with the Clusters issue.",
            "The key table, create, revoke and SAML credentials arrive with the Access Keys issue.",
            "The visual policy editor, lint and simulator arrive with the Policies issue.",
            "The bucket table, usage charts and settings arrive with the Buckets issue.");

    static final javafx.scene.input.KeyCombination NEW_WINDOW = new javafx.scene.input.KeyCodeCombination(KeyCode.N,
            javafx.scene.input.KeyCombination.SHORTCUT_DOWN, javafx.scene.input.KeyCombination.SHIFT_DOWN);
    final ComboBox<Profile> switcher = new ComboBox<>();
    final MenuItem addProfile = new MenuItem("Add profile…");
    final MenuItem editProfile = new MenuItem("Edit profile…");
    final MenuItem removeProfile = new MenuItem("Remove profile…");
    final MenuItem newWindow = new MenuItem("New window");
    final Button refresh = new Button("⟳ Refresh");
    final Button preferences = new Button("Preferences");
    final TextField search = TextFields.createClearableTextField();
    final TabPane tabs = new TabPane();
    final Button noticeAdd = new Button("Add profile…");
    final Button noticeDismiss = new Button("Dismiss");
    private final ShellViewModel vm;

    ShellView(ShellViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        getStyleClass().add("weft-shell");
        switcher.setId("profile-switcher");
        switcher.setItems(vm.profiles());
        switcher.setPrefWidth(220);
        switcher.setTooltip(new Tooltip("The account Weft is acting as"));
        MenuButton profileMenu = new MenuButton("Profiles", null, addProfile, editProfile, removeProfile,
                new javafx.scene.control.SeparatorMenuItem(), newWindow);
        newWindow.setId("new-window");
        newWindow.setAccelerator(NEW_WINDOW);
        profileMenu.setId("profiles-menu");
        addProfile.setId("add-profile");
        editProfile.setId("edit-profile");
        removeProfile.setId("remove-profile");
        refresh.setId("refresh");
        refresh.setAccessibleText("Refresh every tab"); // without the symbol before its word
        refresh.setTooltip(new Tooltip("Refresh every tab (" + Keys.words(Keys.shortcut(KeyCode.R)) + ", F5)"));
        preferences.setId("preferences");
        preferences.setTooltip(new Tooltip("Preferences (" + Keys.words(Keys.shortcut(KeyCode.COMMA)) + ")"));
        search.setId("search");
        search.setAccessibleText("Search the shown tab");
        search.setPromptText("Search (" + Keys.words(Keys.shortcut(KeyCode.F)) + ")");
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> { // Esc clears a search, as a desktop's search fields do
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            }
        });
        search.setPrefWidth(260);
        search.textProperty().bindBidirectional(vm.searchProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label profileLabel = dev.weft.ui.common.FieldLabel.of("Profile", switcher);
        // In a narrow window the profile box and the search field give up room; the buttons keep their words.
        dev.weft.ui.common.Toolbar.keepWhole(profileLabel, profileMenu, refresh, preferences);
        switcher.setMinWidth(140);
        search.setMinWidth(120);
        HBox toolbar = new HBox(profileLabel, switcher, profileMenu, spacer, search, refresh, preferences);
        toolbar.getStyleClass().add("weft-toolbar");
        toolbar.setId("toolbar");

        setTop(new VBox(toolbar, noticeBanner(vm), problemBanner(vm)));
        for (int i = 0; i < vm.tabs().size(); i++) {
            TabViewModel<?> tvm = vm.tabs().get(i);
            String coming = COMING.get(i);
            java.util.function.Supplier<javafx.scene.Node> content = () -> tvm == vm.clusters()
                    ? new dev.weft.ui.clusters.ClustersView(vm.clusters(), owner)
                    : tvm == vm.accessKeys() ? new dev.weft.ui.accesskeys.AccessKeysView(vm.accessKeys(), owner)
                    : tvm == vm.buckets() ? new dev.weft.ui.buckets.BucketsView(vm.buckets(), owner)
                    : tvm == vm.policies() ? new dev.weft.ui.policies.PoliciesView(vm.policies(), owner)
                    : new TabView(tvm, coming);
            Tab tab = new Tab(tvm.title());
            tab.setUserData(content);
            tab.setId("tab-" + tvm.title().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            tab.setClosable(false);
            markWhenFailed(tab, tvm);
            tabs.getTabs().add(tab);
        }
        // A tab's view is built the first time it is shown: the first window styles and lays out one tab,
        // not four (about a second of start-up). Its ViewModel loads from the start all the same.
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, tab) -> {
            build(tab);
            showOnly(vm, tabs.getSelectionModel().getSelectedIndex());
        });
        build(tabs.getSelectionModel().getSelectedItem());
        showOnly(vm, tabs.getSelectionModel().getSelectedIndex());
        tabs.setId("tabs");
        setCenter(tabs);
        setBottom(StatusBarView.create(vm, owner));
    }

    /**
     * A tab whose last load failed says so on its title, and why on hover: the status bar's "2 tabs failed" left the
     * user to open each tab to find which, and a failed tab's rows (kept from the load before) looked current.
     */
    private static void markWhenFailed(Tab tab, TabViewModel<?> tvm) {
        javafx.scene.control.Label mark = new javafx.scene.control.Label("⚠");
        mark.getStyleClass().add("tab-failed");
        javafx.scene.control.Tooltip why = new javafx.scene.control.Tooltip();
        why.textProperty().bind(tvm.errorProperty());
        why.setWrapText(true);
        why.setMaxWidth(420);
        javafx.beans.binding.BooleanBinding failed = tvm.stateProperty().isEqualTo(TabViewModel.State.FAILED);
        tab.graphicProperty().bind(javafx.beans.binding.Bindings.when(failed).then((javafx.scene.Node) mark).otherwise((javafx.scene.Node) null));
        tab.tooltipProperty().bind(javafx.beans.binding.Bindings.when(failed).then(why).otherwise((javafx.scene.control.Tooltip) null));
    }

    /** Tells each tab's ViewModel whether it is the one on screen (hidden tabs filter when shown). */
    private static void showOnly(ShellViewModel vm, int selected) {
        for (int i = 0; i < vm.tabs().size(); i++) {
            vm.tabs().get(i).shownProperty().set(i == selected);
        }
    }

    @SuppressWarnings("unchecked")
    private void build(Tab tab) {
        if (tab != null && tab.getContent() == null) {
            javafx.scene.Node content = ((java.util.function.Supplier<javafx.scene.Node>) tab.getUserData()).get();
            for (javafx.scene.control.TableView<?> table : Nodes.all(content, javafx.scene.control.TableView.class)) {
                if (table.getId() != null) {
                    TableSorts.remember(table, vm.uiState().sortOf(table.getId()),
                            sort -> vm.updateState(vm.uiState().withSort(table.getId(), sort)));
                    dev.weft.ui.common.Columns.keepTitlesWhole(table);
                    dev.weft.ui.common.Columns.scrollWhenCut(table);
                    dev.weft.ui.common.ColumnLayout.offerChoice(table);
                }
            }
            SplitPositions.restore(content, vm.uiState()::dividersOf);
            dev.weft.ui.common.ColumnLayout.restore(content, vm.uiState()::columnsOf);
            tab.setContent(content);
        }
    }

    /** Where the built tabs' splits have their dividers now, by the split's id: kept for the next run. */
    java.util.Map<String, java.util.List<Double>> dividers() {
        return fromBuiltTabs(vm.uiState().dividers(), SplitPositions::collect);
    }

    /** The built tabs' tables' columns as they are now, by the table's id: kept for the next run. */
    java.util.Map<String, java.util.List<String>> columns() {
        return fromBuiltTabs(vm.uiState().columns(), dev.weft.ui.common.ColumnLayout::collect);
    }

    /** What was saved, with what {@code collect} finds in each tab built so far: a tab never shown keeps what was saved for it. */
    private <V> java.util.Map<String, java.util.List<V>> fromBuiltTabs(java.util.Map<String, java.util.List<V>> saved,
            java.util.function.BiConsumer<javafx.scene.Node, java.util.Map<String, java.util.List<V>>> collect) {
        java.util.Map<String, java.util.List<V>> all = new java.util.TreeMap<>(saved == null ? java.util.Map.of() : saved);
        for (Tab tab : tabs.getTabs()) {
            if (tab.getContent() != null) {
                collect.accept(tab.getContent(), all);
            }
        }
        return all;
    }

    private HBox noticeBanner(ShellViewModel vm) {
        noticeAdd.setId("notice-add-profile");
        noticeDismiss.setId("notice-dismiss");
        return banner("sandbox-notice", vm.noticeProperty(), noticeAdd, noticeDismiss);
    }

    private HBox problemBanner(ShellViewModel vm) {
        Button dismiss = new Button("Dismiss");
        dismiss.setOnAction(e -> vm.problemProperty().set(""));
        HBox banner = banner("problem-notice", vm.problemProperty(), dismiss);
        banner.getStyleClass().add("warning");
        return banner;
    }

    /** A strip under the toolbar that shows {@code text} while it is not empty, with its buttons at the end. */
    private static HBox banner(String id, javafx.beans.property.StringProperty text, Button... actions) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        HBox.setHgrow(label, Priority.ALWAYS);
        HBox banner = new HBox(label);
        for (Button b : actions) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            banner.getChildren().add(b);
        }
        actions[actions.length - 1].getStyleClass().add("flat");
        banner.getStyleClass().add("weft-banner");
        banner.visibleProperty().bind(text.isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }
}
