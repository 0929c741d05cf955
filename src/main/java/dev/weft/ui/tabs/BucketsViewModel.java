package dev.weft.ui.tabs;

import dev.weft.api.objectstorage.BucketInfo;
import dev.weft.domain.Sizes;
import dev.weft.service.BackgroundWork;
import dev.weft.service.Session;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** The Buckets tab: bucket info and usage, CoreWeave profiles only. */
public final class BucketsViewModel extends TabViewModel<String> {
    public BucketsViewModel(BackgroundWork work, Executor fx) {
        super(work, fx);
    }

    @Override
    public String title() {
        return "Buckets";
    }

    @Override
    protected String unavailableReason(Session session) {
        return coreWeaveOnly(session, "Buckets");
    }

    @Override
    protected String show(String summary, Session session) {
        return summary;
    }

    @Override
    protected CompletableFuture<String> load(Session session) {
        return session.storage().listBuckets().thenApply(buckets -> {
            if (buckets.isEmpty()) {
                return "No buckets yet.";
            }
            long bytes = buckets.stream().mapToLong(b -> b.usage(BucketInfo.BYTES).orElse(0L)).sum();
            long zones = buckets.stream().map(BucketInfo::location).distinct().count();
            return buckets.size() + " buckets in " + zones + (zones == 1 ? " zone, " : " zones, ") + Sizes.bytes(bytes) + " stored";
        });
    }
}
