package dev.weft.ui.clusters;

import dev.weft.ui.common.FormDialog;
import dev.weft.ui.common.FormValues;
import dev.weft.api.cks.CksApi;
import dev.weft.api.cks.Cluster;
import dev.weft.api.cks.ClusterNetwork;
import dev.weft.api.cks.Tailscale;
import dev.weft.api.vpc.Vpc;
import dev.weft.domain.cks.CksCatalog;
import dev.weft.domain.cks.ClusterChanges;
import dev.weft.domain.cks.ClusterContext;
import dev.weft.domain.cks.ClusterRules;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Edit a running CKS cluster: only the fields the API lets change. The version offers only the next
 * minor; load-balancer prefixes can only be added, the NodePort range only widened. The PATCH carries just what
 * changed, with its mask.
 */
final class CksEditForm extends FormDialog {
    /** A port range as people type it: "30000-32767", spaces and an en dash allowed. */
    private static final java.util.regex.Pattern PORTS = java.util.regex.Pattern.compile(
            "\\s*(\\d{1,5})\\s*[-–]\\s*(\\d{1,5})\\s*");
    private final ClustersViewModel vm;
    private final Cluster before;
    private final List<Vpc> vpcs;
    private final CheckBox isPublic = new CheckBox("Reachable from the Internet");
    private final ComboBox<String> version = new ComboBox<>();
    private final TextField sans = new TextField();
    private final CheckComboBox<String> moreLbs = new CheckComboBox<>();
    private final TextField nodePorts = new TextField();
    private final TextField audit = new TextField();
    private final OidcFields oidc;
    private final WebhookFields authn;
    private final WebhookFields authz;
    private final TextField tailscale = new TextField();
    private final CheckBox hideOidcInfo = new CheckBox("Do not publish the OIDC discovery documents");
    private final TextArea kubelet = new TextArea();

    CksEditForm(Window owner, ClustersViewModel vm, Cluster before, List<Vpc> vpcs) {
        super(owner, "Edit cluster", "Edit " + before.name() + " (name, zone, VPC and prefixes cannot change)", "Save", "edit-cluster");
        this.vm = vm;
        this.before = before;
        this.vpcs = vpcs;
        version.setId("edit-version");
        isPublic.setId("edit-public");
        nodePorts.setId("edit-node-ports");
        version.getItems().add(before.version());
        CksCatalog.nextVersion(before.version()).ifPresent(version.getItems()::add);
        version.setValue(before.version());
        isPublic.setSelected(before.publicEndpoint());
        sans.setText(FormValues.joined(before.additionalServerSans()));
        ClusterNetwork.PortRange range = ClusterEdits.ports(before);
        nodePorts.setText(range == null ? "" : range.start() + "-" + range.end());
        nodePorts.setPromptText("30000-32767");
        audit.setText(before.auditPolicy() == null ? "" : before.auditPolicy());
        oidc = new OidcFields("edit", form, vm.work(), before.oidc(), form.errorLine()::setText);
        authn = new WebhookFields("edit-authn", before.authnWebhook(), vm.work(), form.errorLine()::setText);
        authz = new WebhookFields("edit-authz", before.authzWebhook(), vm.work(), form.errorLine()::setText);
        tailscale.setText(before.tailscale() == null ? "" : FormValues.shown(before.tailscale().clientId()));
        hideOidcInfo.setSelected(Boolean.TRUE.equals(before.disableOidcInfoPublication()));
        FormValues.showJson(kubelet, before.kubelet());
        List<String> current = ClusterEdits.lbs(before) == null ? List.of() : ClusterEdits.lbs(before);
        vpcs.stream().filter(v -> v.id().equals(before.vpcId())).findFirst().ifPresent(v -> moreLbs.getItems().setAll(
                v.vpcPrefixes().stream().map(Vpc.VpcPrefix::name).filter(n -> !current.contains(n)).toList()));

        form.add("API server", isPublic, "public");
        form.add("Kubernetes version", version, "version");
        form.add("Load-balancer prefixes", new Label(String.join(", ", current)));
        moreLbs.setMaxWidth(Double.MAX_VALUE);
        form.add("Add prefixes", moreLbs, "network.internalLbCidrNames");
        form.add("NodePort range", nodePorts, "network.serviceNodePortRange");
        form.add("Additional SANs", sans, "additionalServerSans");
        form.add("Audit policy", audit, AuditPolicyField.row(audit, vm.work(), form.errorLine()::setText), "auditPolicy");
        form.add("OIDC issuer URL", oidc.issuer, "oidc.issuerUrl");
        form.add("OIDC client ID", oidc.client, "oidc.clientId");
        form.span(oidc.more());
        form.add("Authentication webhook", authn.server, "authnWebhook.server");
        form.add("Authentication webhook CA", authn.ca, authn.caRow, "authnWebhook.ca");
        form.add("Authorization webhook", authz.server, "authzWebhook.server");
        form.add("Authorization webhook CA", authz.ca, authz.caRow, "authzWebhook.ca");
        form.add("Tailscale client ID", tailscale, "tailscale.clientId");
        form.add("Kubelet overrides (JSON)", kubelet, "kubelet");
        hideOidcInfo.setWrapText(true); // whole in a 15 px font within the dialog's width
        form.add("OIDC info", hideOidcInfo);
        form.rules(this::violations, hideOidcInfo.selectedProperty());
    }


    Cluster after() {
        List<String> lbs = new ArrayList<>(ClusterEdits.lbs(before) == null ? List.of() : ClusterEdits.lbs(before));
        lbs.addAll(moreLbs.getCheckModel().getCheckedItems());
        String ts = FormValues.text(tailscale.getText());
        Tailscale tail = ts == null ? null : before.tailscale() != null && ts.equals(before.tailscale().clientId())
                ? before.tailscale() : new Tailscale(ts, null);
        Boolean hide = hideOidcInfo.isSelected() ? Boolean.TRUE : before.disableOidcInfoPublication() == null ? null : Boolean.FALSE;
        List<String> sansList = FormValues.list(sans.getText());
        return ClusterEdits.edited(before, isPublic.isSelected(), version.getValue(),
                sansList == null && before.additionalServerSans() == null ? null : sansList,
                lbs, portRange(nodePorts.getText(), ClusterEdits.ports(before)), FormValues.text(audit.getText()),
                oidc.value(before.oidc()),
                authn.value(before.authnWebhook()), authz.value(before.authzWebhook()), tail, hide,
                FormValues.json(kubelet.getText()));
    }

    /**
     * The range as typed, "30000-32767" (an en dash too); the cluster's own while the field says the same. What
     * cannot be read is a range of nothing, which the rules say is no range; a cluster the server gave none keeps none.
     */
    private static ClusterNetwork.PortRange portRange(String text, ClusterNetwork.PortRange before) {
        if (before == null && FormValues.text(text) == null) {
            return null;
        }
        java.util.regex.Matcher m = PORTS.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return new ClusterNetwork.PortRange(null, null);
        }
        ClusterNetwork.PortRange typed = new ClusterNetwork.PortRange(Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)));
        return typed.equals(before) ? before : typed;
    }

    private List<dev.weft.api.FieldViolation> violations() {
        return ClusterRules.validateChange(before, after(), ClusterContext.of(vpcs, List.of()));
    }

    @Override
    protected CompletableFuture<?> send() {
        return vm.update(before, after());
    }

    @Override
    protected String curl() {
        return ClusterChanges.between(before, after()).map(u -> vm.curl(CksApi.updateRequest(u)))
                .orElse("# Nothing changed yet: there is no request to send.");
    }
}
