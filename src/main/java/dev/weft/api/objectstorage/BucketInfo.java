package dev.weft.api.objectstorage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A bucket as the management API describes it: zone, settings and usage. */
public record BucketInfo(String orgId, String name, Instant creationTime, BucketSettings settings, String location,
                         List<Usage> usage) {
    /** Decision (api-notes): 0 is bytes stored, 1 is the object count. */
    public static final int BYTES = 0;
    public static final int OBJECTS = 1;

    public BucketInfo {
        usage = usage == null ? List.of() : usage;
    }

    /** One usage figure; {@code value} is a decimal string, as the API sends it. */
    public record Usage(Integer measurementType, String value, String valueHumanReadable) {
        public Optional<Long> number() {
            try {
                return Optional.of(Long.parseLong(value.strip()));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    public Optional<Long> usage(int measurementType) {
        return usage.stream().filter(u -> u.measurementType() != null && u.measurementType() == measurementType)
                .findFirst().flatMap(Usage::number);
    }

    public record One(BucketInfo info) {
    }

    public record Many(List<BucketInfo> info) {
        public Many {
            info = info == null ? List.of() : info;
        }
    }
}
