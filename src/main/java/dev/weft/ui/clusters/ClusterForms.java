package dev.weft.ui.clusters;

import javafx.stage.Window;

/** Opens the right form for the active profile's provider. */
final class ClusterForms {
    private ClusterForms() {
    }

    static void create(Window owner, ClustersViewModel vm) {
        if (vm.kupeProperty().get()) {
            new KupeClusterForm(owner, vm, null, null).show();
        } else {
            vm.vpcs().whenComplete((vpcs, failure) -> javafx.application.Platform.runLater(() ->
                    new CksCreateForm(owner, vm, vpcs == null ? java.util.List.of() : vpcs).show()));
        }
    }

    /** The create form, started from the settings of the cluster {@code item} (all but its name). */
    static void createLike(Window owner, ClustersViewModel vm, ClusterItem item) {
        if (item == null) {
            return;
        }
        if (item.row().isKupe()) {
            KupeClusterForm.like(owner, vm, item.row().kupe()).show();
        } else {
            vm.vpcs().whenComplete((vpcs, failure) -> javafx.application.Platform.runLater(() ->
                    new CksCreateForm(owner, vm, vpcs == null ? java.util.List.of() : vpcs, item.row().cks()).show()));
        }
    }

    static void edit(Window owner, ClustersViewModel vm, ClusterItem item) {
        if (item == null) {
            return;
        }
        if (item.row().isKupe()) {
            vm.fetchKupe(item.row().name()).whenComplete((v, failure) -> javafx.application.Platform.runLater(() -> {
                if (failure != null) {
                    dev.weft.ui.common.ErrorPresenter.show(owner, "Could not load " + item.row().name(), failure);
                } else {
                    new KupeClusterForm(owner, vm, v.value(), v.etag()).show();
                }
            }));
        } else {
            vm.vpcs().whenComplete((vpcs, failure) -> javafx.application.Platform.runLater(() ->
                    new CksEditForm(owner, vm, item.row().cks(), vpcs == null ? java.util.List.of() : vpcs).show()));
        }
    }
}
