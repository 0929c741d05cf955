package dev.weft.ui.clusters;

import dev.weft.ui.common.FormDialog;
import dev.weft.ui.common.FormValues;
import dev.weft.api.vpc.Vpc;
import dev.weft.domain.cks.CksCatalog;
import dev.weft.domain.cks.VpcRules;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Create a VPC with named prefixes, one "name = CIDR" per line, for a new cluster to use. */
final class VpcForm extends FormDialog {
    private final ClustersViewModel vm;
    private final TextField name = new TextField();
    private final ComboBox<String> zone = new ComboBox<>(FXCollections.observableArrayList(CksCatalog.ZONES));
    private final TextArea prefixes = new TextArea("""
            pod-cidr = 10.244.0.0/16
            service-cidr = 10.96.0.0/16
            lb-a = 10.20.0.0/22
            """);
    private final Consumer<Vpc> onCreated;

    VpcForm(Window owner, ClustersViewModel vm, String zoneValue, Consumer<Vpc> onCreated) {
        super(owner, "New VPC", "Create a VPC with named prefixes", "Create VPC", "create-vpc");
        this.vm = vm;
        this.onCreated = onCreated;
        name.setId("vpc-name");
        prefixes.setId("vpc-prefixes");
        prefixes.setPrefRowCount(5);
        zone.setValue(zoneValue == null ? CksCatalog.ZONES.get(0) : zoneValue);
        form.add("Name", name, "name");
        form.add("Zone", zone, "zone");
        form.add("Prefixes (name = CIDR)", prefixes, "vpcPrefixes");
        form.rules(() -> VpcRules.validateCreate(request()));
    }

    Vpc.Create request() {
        List<Vpc.VpcPrefix> list = new ArrayList<>();
        for (String line : prefixes.getText().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("=", 2);
            list.add(new Vpc.VpcPrefix(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null));
        }
        return new Vpc.Create(FormValues.text(name.getText()), zone.getValue(), list);
    }

    @Override
    protected CompletableFuture<?> send() {
        return vm.createVpc(request()).thenAccept(v -> javafx.application.Platform.runLater(() -> onCreated.accept(v)));
    }

    /**
     * A create that got no answer may have made the VPC: it is looked for by its name and zone, and if it is there
     * the cluster form takes it as made, rather than leave the user to make a second one under another name.
     */
    @Override
    protected void onFailure(Throwable cause) {
        super.onFailure(cause);
        if (cause instanceof dev.weft.api.ApiException a && a.outcomeUnknown()) {
            Vpc.Create asked = request();
            vm.vpcs().thenAccept(all -> all.stream().filter(v -> v.name().equals(asked.name()) && v.zone().equals(asked.zone()))
                    .findFirst().ifPresent(made -> javafx.application.Platform.runLater(() -> {
                        if (isShowing()) {
                            onCreated.accept(made);
                            closeDone();
                        }
                    })));
        }
    }

    @Override
    protected String curl() {
        return vm.curlForCreateVpc(request());
    }
}
