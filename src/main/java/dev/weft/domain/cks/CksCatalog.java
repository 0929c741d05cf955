package dev.weft.domain.cks;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fixed facts of CKS: zones, supported Kubernetes versions, and the name rule. */
public final class CksCatalog {
    public static final List<String> ZONES = List.of("EU-SOUTH-03B", "EU-SOUTH-04A", "US-CENTRAL-06A",
            "US-CENTRAL-07A", "US-EAST-01A", "US-EAST-02A", "US-EAST-04A", "US-EAST-06A", "US-EAST-08A",
            "US-EAST-13A", "US-EAST-14A", "RNO2A", "US-WEST-01A", "US-WEST-04A", "US-WEST-09B", "US-WEST-10A");

    /** Decision (api-notes): the sandbox supports v1.31 to v1.35. */
    public static final List<String> VERSIONS = List.of("v1.31", "v1.32", "v1.33", "v1.34", "v1.35");

    public static final Pattern NAME = Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$");
    public static final int NAME_MAX = 30;
    private static final Pattern MINOR = Pattern.compile("^v1\\.(\\d{1,3})$");

    private CksCatalog() {
    }

    public static String latestVersion() {
        return VERSIONS.get(VERSIONS.size() - 1);
    }

    /** The minor number of "v1.NN", or empty when the text is not in that form. */
    public static Optional<Integer> minor(String version) {
        if (version == null) {
            return Optional.empty();
        }
        Matcher m = MINOR.matcher(version);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** The one version an upgrade may go to, if a supported one exists. */
    public static Optional<String> nextVersion(String version) {
        return minor(version).map(n -> "v1." + (n + 1)).filter(VERSIONS::contains);
    }

    public static boolean isUpgradeable(String version) {
        return nextVersion(version).isPresent();
    }

    /** What is wrong with a cluster or VPC name, or empty when it is fine. */
    public static Optional<String> nameProblem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("is required");
        }
        if (name.length() > NAME_MAX) {
            return Optional.of("must be at most " + NAME_MAX + " characters (it has " + name.length() + ")");
        }
        if (!NAME.matcher(name).matches()) {
            return Optional.of("may contain only lowercase letters, digits and hyphens, and must start and end with a letter or digit");
        }
        return Optional.empty();
    }
}
