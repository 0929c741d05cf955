package dev.weft.ui.clusters;

import dev.weft.ui.common.FormDialog;
import dev.weft.ui.common.FormValues;
import dev.weft.api.FieldViolation;
import dev.weft.api.cks.Cluster;
import dev.weft.api.cks.ClusterNetwork;
import dev.weft.api.cks.CreateClusterRequest;
import dev.weft.api.cks.Tailscale;
import dev.weft.api.vpc.Vpc;
import dev.weft.domain.cks.CksCatalog;
import dev.weft.domain.cks.ClusterContext;
import dev.weft.domain.cks.ClusterRules;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Create a CKS cluster: placement and network first, the optional settings under "Advanced". Every
 * rule of api-notes is checked as the user types, against the VPCs the organization has. Opened "like" a cluster,
 * every field but the name starts as that cluster has it: a second cluster of a fleet is mostly the first's settings.
 */
final class CksCreateForm extends FormDialog {
    private final ClustersViewModel vm;
    private final ObservableList<Vpc> vpcs;
    /** The cluster whose settings the form starts from, or null for a form of the defaults. */
    private final Cluster like;
    final TextField name = new TextField();
    final ComboBox<String> zone = new ComboBox<>(FXCollections.observableArrayList(CksCatalog.ZONES));
    final ComboBox<Vpc> vpc = new ComboBox<>();
    final ComboBox<String> pod = new ComboBox<>();
    final ComboBox<String> service = new ComboBox<>();
    final CheckComboBox<String> lbs = new CheckComboBox<>();
    final ComboBox<String> version = new ComboBox<>(FXCollections.observableArrayList(CksCatalog.VERSIONS));
    final CheckBox isPublic = new CheckBox("Reachable from the Internet");
    private OidcFields oidc;
    private WebhookFields authn;
    private WebhookFields authz;
    final TextField audit = new TextField();
    final TextArea kubelet = new TextArea();
    final TextField sans = new TextField();
    final TextField tailscale = new TextField();
    final ComboBox<ClusterRow> shared = new ComboBox<>();
    final CheckBox hideOidcInfo = new CheckBox("Do not publish the OIDC discovery documents");

    CksCreateForm(Window owner, ClustersViewModel vm, List<Vpc> known) {
        this(owner, vm, known, null);
    }

    /** @param like the cluster whose settings the form starts with (all but its name), or null */
    CksCreateForm(Window owner, ClustersViewModel vm, List<Vpc> known, Cluster like) {
        super(owner, "New cluster", like == null ? "Create a CKS cluster" : "Create a CKS cluster like " + like.name(),
                "Create", "create-cluster");
        this.vm = vm;
        this.like = like;
        // A VPC being deleted takes no new cluster: offered, it would be gone by the time the cluster was made in it.
        this.vpcs = FXCollections.observableArrayList(known.stream().filter(v -> !Vpc.DELETING.equals(v.status())).toList());
        name.setId("cluster-name");
        zone.setId("cluster-zone");
        vpc.setId("cluster-vpc");
        pod.setId("cluster-pod");
        service.setId("cluster-service");
        lbs.setId("cluster-lbs");
        version.setId("cluster-version");
        audit.setId("cluster-audit");
        kubelet.setId("cluster-kubelet");
        sans.setId("cluster-sans");
        tailscale.setId("cluster-tailscale");
        hideOidcInfo.setId("cluster-hide-oidc-info");
        name.setPromptText("lowercase letters, digits and hyphens; at most 30");
        version.setValue(CksCatalog.latestVersion());
        vpc.setConverter(new StringConverter<>() {
            public String toString(Vpc v) {
                return v == null ? "" : v.name() + " (" + v.vpcPrefixes().size() + " prefixes)";
            }

            public Vpc fromString(String s) {
                return null;
            }
        });
        zone.valueProperty().addListener((o, a, z) -> {
            vpc.setItems(vpcs.filtered(v -> v.zone().equals(z)));
            vpc.setValue(vpc.getItems().isEmpty() ? null : vpc.getItems().get(0));
        });
        vpc.valueProperty().addListener((o, a, v) -> fillPrefixes(v));
        Button newVpc = new Button("New VPC…");
        newVpc.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // whole when a scroll bar takes the form's width
        newVpc.setId("cluster-new-vpc");
        newVpc.setOnAction(e -> new VpcForm(getDialogPane().getScene().getWindow(), vm, zone.getValue(), created -> {
            vpcs.add(created);
            zone.setValue(created.zone());
            vpc.setItems(vpcs.filtered(v -> v.zone().equals(created.zone())));
            vpc.setValue(created);
        }).show());
        HBox vpcRow = new HBox(6, vpc, newVpc);
        HBox.setHgrow(vpc, Priority.ALWAYS);
        vpc.setMaxWidth(Double.MAX_VALUE);

        form.add("Name", name, "name");
        form.add("Zone", zone, "zone");
        form.add("VPC", vpcRow);
        form.tie(vpc, "vpcId");
        form.add("Pod prefix", pod, "network.podCidrName");
        form.add("Service prefix", service, "network.serviceCidrName");
        lbs.setMaxWidth(Double.MAX_VALUE);
        form.add("Load-balancer prefixes", lbs, "network.internalLbCidrNames");
        form.add("Kubernetes version", version, "version");
        form.add("API server", isPublic);
        form.span(advanced());
        form.rules(this::violations, vpc.valueProperty(), zone.valueProperty());
        zone.setValue(known.isEmpty() ? CksCatalog.ZONES.get(0) : known.get(0).zone());
        if (like != null) {
            startLike(like);
        }
    }

    /**
     * The placement, network and version of {@code c}, as far as they are still on offer: a VPC gone or being deleted
     * is left for the user to choose (the form says it is needed), a version no longer offered gives way to the newest.
     */
    private void startLike(Cluster c) {
        zone.setValue(c.zone());
        vpc.setValue(vpc.getItems().stream().filter(v -> v.id().equals(c.vpcId())).findFirst().orElse(null));
        ClusterNetwork n = c.network();
        if (n != null && vpc.getValue() != null) {
            pod.setValue(pod.getItems().contains(n.podCidrName()) ? n.podCidrName() : pod.getValue());
            service.setValue(service.getItems().contains(n.serviceCidrName()) ? n.serviceCidrName() : service.getValue());
            (n.internalLbCidrNames() == null ? List.<String>of() : n.internalLbCidrNames()).stream()
                    .filter(lbs.getItems()::contains).forEach(lbs.getCheckModel()::check);
        }
        if (CksCatalog.VERSIONS.contains(c.version())) {
            version.setValue(c.version());
        }
        isPublic.setSelected(c.publicEndpoint());
    }

    private TitledPane advanced() {
        javafx.scene.layout.GridPane g = new javafx.scene.layout.GridPane();
        g.setHgap(10);
        g.setVgap(8);
        HBox auditRow = AuditPolicyField.row(audit, vm.work(), form.errorLine()::setText);
        kubelet.setPromptText("{\"maxPods\": 200}");
        kubelet.setPrefRowCount(3);
        sans.setPromptText("api.example.com, 10.0.0.10");
        shared.setItems(vm.items().filtered(i -> i.row().running()).stream().map(ClusterItem::row)
                .collect(FXCollections::observableArrayList, ObservableList::add, ObservableList::addAll));
        shared.setConverter(new StringConverter<>() {
            public String toString(ClusterRow r) {
                return r == null ? "" : r.name() + " (" + r.key() + ")";
            }

            public ClusterRow fromString(String s) {
                return null;
            }
        });
        oidc = new OidcFields("cluster", form, vm.work(), like == null ? null : like.oidc(), form.errorLine()::setText);
        int r = 0;
        g.addRow(r++, dev.weft.ui.common.FieldLabel.of("OIDC issuer URL", oidc.issuer), oidc.issuer);
        g.addRow(r++, dev.weft.ui.common.FieldLabel.of("OIDC client ID", oidc.client), oidc.client);
        g.add(oidc.more(), 0, r++, 2, 1);
        authn = new WebhookFields("cluster-authn", like == null ? null : like.authnWebhook(), vm.work(), form.errorLine()::setText);
        authz = new WebhookFields("cluster-authz", like == null ? null : like.authzWebhook(), vm.work(), form.errorLine()::setText);
        g.addRow(r++, dev.weft.ui.common.FieldLabel.of("Authentication webhook", authn.server), authn.server);
        g.addRow(r++, dev.weft.ui.common.FieldLabel.of("Authentication webhook CA", authn.ca), authn.caRow);
        g.addRow(r++, dev.weft.ui.common.FieldLabel.of("Authorization webhook", authz.server), authz.server);
        g.addRow(r++, dev.weft.ui.common.FieldLabel.of("Authorization webhook CA", authz.ca), authz.caRow);
        g.addRow(r++, dev.weft.ui.common.FieldLabel.of("Audit policy", auditRow), auditRow);
        g.addRow(r++, dev.weft.ui.common.FieldLabel.of("Kubelet overrides (JSON)", kubelet), kubelet);
        g.addRow(r++, dev.weft.ui.common.FieldLabel.of("Additional SANs", sans), sans);
        g.addRow(r++, dev.weft.ui.common.FieldLabel.of("Tailscale client ID", tailscale), tailscale);
        g.addRow(r++, dev.weft.ui.common.FieldLabel.of("Shared storage from", shared), shared);
        hideOidcInfo.setWrapText(true); // whole in a 15 px font within the dialog's width
        hideOidcInfo.setMaxWidth(Double.MAX_VALUE);
        g.add(hideOidcInfo, 1, r);
        javafx.scene.layout.ColumnConstraints c0 = new javafx.scene.layout.ColumnConstraints();
        c0.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints c1 = new javafx.scene.layout.ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().setAll(c0, c1);
        // Tied to the form's rules, not checked each on its own: a rule between two fields (an OIDC client ID
        // needs an issuer) is said on the field it names as soon as either changes.
        form.tie(oidc.issuer, "oidc.issuerUrl");
        form.tie(oidc.client, "oidc.clientId");
        form.tie(authn.server, "authnWebhook.server");
        form.tie(authn.ca, "authnWebhook.ca");
        form.tie(authz.server, "authzWebhook.server");
        form.tie(authz.ca, "authzWebhook.ca");
        form.tie(audit, "auditPolicy");
        form.tie(sans, "additionalServerSans");
        form.tie(tailscale, "tailscale.clientId");
        form.tie(kubelet, "kubelet");
        form.tie(shared, "sharedStorageClusterId");
        TitledPane pane = new TitledPane("Advanced (optional)", g);
        pane.setTooltip(new javafx.scene.control.Tooltip(
                "OIDC (issuer, claims, prefixes, CA), webhooks, audit policy, kubelet, SANs, Tailscale, shared storage"));
        pane.setMaxWidth(Double.MAX_VALUE);
        pane.setId("cluster-advanced");
        pane.setExpanded(like != null && startAdvancedLike(like));
        form.openOnProblem(pane);
        return pane;
    }

    /**
     * The optional settings of {@code c} in their fields; whether it has any, so that the section opens on them and
     * nothing the form will send is out of sight.
     */
    private boolean startAdvancedLike(Cluster c) {
        audit.setText(FormValues.shown(c.auditPolicy()));
        FormValues.showJson(kubelet, c.kubelet());
        sans.setText(FormValues.joined(c.additionalServerSans()));
        tailscale.setText(c.tailscale() == null ? "" : FormValues.shown(c.tailscale().clientId()));
        shared.setValue(shared.getItems().stream().filter(r -> r.key().equals(c.sharedStorageClusterId())).findFirst().orElse(null));
        hideOidcInfo.setSelected(Boolean.TRUE.equals(c.disableOidcInfoPublication()));
        return oidc.value(null) != null || authn.value(null) != null || authz.value(null) != null || !audit.getText().isEmpty()
                || !kubelet.getText().isBlank() || !sans.getText().isEmpty() || !tailscale.getText().isEmpty()
                || shared.getValue() != null || hideOidcInfo.isSelected();
    }

    private void fillPrefixes(Vpc v) {
        List<String> names = v == null ? List.of() : v.vpcPrefixes().stream().map(Vpc.VpcPrefix::name).toList();
        pod.getItems().setAll(names);
        service.getItems().setAll(names);
        lbs.getCheckModel().clearChecks();
        lbs.getItems().setAll(names);
        pod.setValue(names.stream().filter(n -> n.contains("pod")).findFirst().orElse(null));
        service.setValue(names.stream().filter(n -> n.contains("service") || n.contains("svc")).findFirst().orElse(null));
    }

    /** The request as the form describes it now. */
    CreateClusterRequest request() {
        String ts = FormValues.text(tailscale.getText());
        Vpc v = vpc.getValue();
        List<String> lbNames = new ArrayList<>(lbs.getCheckModel().getCheckedItems());
        return new CreateClusterRequest(FormValues.text(name.getText()), zone.getValue(), v == null ? null : v.id(),
                version.getValue(), new ClusterNetwork(pod.getValue(), service.getValue(), lbNames, null),
                isPublic.isSelected() ? Boolean.TRUE : null, oidc.value(like == null ? null : like.oidc()),
                authz.value(null), authn.value(null),
                FormValues.text(audit.getText()), FormValues.json(kubelet.getText()), FormValues.list(sans.getText()),
                ts == null ? null : new Tailscale(ts, null),
                shared.getValue() == null ? null : shared.getValue().key(), hideOidcInfo.isSelected() ? Boolean.TRUE : null);
    }

    List<FieldViolation> violations() {
        List<String> clusterIds = vm.items().stream().map(ClusterItem::key).toList();
        return ClusterRules.validateCreate(request(), ClusterContext.of(vpcs, clusterIds));
    }

    @Override
    protected CompletableFuture<?> send() {
        return vm.create(request());
    }

    @Override
    protected String curl() {
        return vm.curlForCreate(request());
    }
}
