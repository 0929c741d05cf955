package dev.weft.profiles;

import dev.weft.api.Endpoints;
import dev.weft.api.FieldViolation;
import dev.weft.domain.Violations;

import java.net.URI;
import java.util.Collection;
import java.util.List;

/**
 * What the profile dialog holds while the user types: everything as text, checked here so the
 * dialog can mark each field. The token is only in memory, on its way to the token store.
 */
public record ProfileDraft(String name, Provider provider, String endpoint, String tenant, String token) {
    private static final java.util.regex.Pattern KUPE_TENANT_PATH = java.util.regex.Pattern.compile("/api/v1/tenants/([^/]+)");

    /**
     * The problems, by field: name, endpoint, tenant, token. {@code otherNames} are the names of the
     * other profiles; {@code tokenRequired} is false when editing a profile whose token is stored.
     */
    public List<FieldViolation> validate(Collection<String> otherNames, boolean tokenRequired) {
        Violations v = new Violations();
        checkName(otherNames, v);
        URI uri = endpointUri();
        if (uri == null) {
            v.add("endpoint", "Enter a URL such as " + (provider == null ? Endpoints.COREWEAVE : provider.defaultEndpoint) + ".");
        } else if (!Endpoints.safeForToken(uri)) {
            v.add("endpoint", "Use https:// — a token is sent over plain http:// only to this computer.");
        }
        if (provider == Provider.KUPE && (tenant == null || tenant.isBlank())) {
            v.add("tenant", "Kupe API keys belong to one tenant: enter its name.");
        }
        if (tokenRequired && (token == null || token.isBlank())) {
            v.add("token", "Paste the API token for this account.");
        }
        return v.toList();
    }

    /**
     * The problems of a sandbox profile, whose name alone is the user's: its endpoint, tenant and token are the
     * sandbox's own (it has no endpoint to give).
     */
    public List<FieldViolation> validateSandbox(Collection<String> otherNames) {
        Violations v = new Violations();
        checkName(otherNames, v);
        return v.toList();
    }

    private void checkName(Collection<String> otherNames, Violations v) {
        if (name == null || name.isBlank()) {
            v.add("name", "Give the profile a name.");
        } else if (otherNames.stream().anyMatch(n -> n.equalsIgnoreCase(name.strip()))) {
            v.add("name", "Another profile already has this name.");
        }
    }

    /** The endpoint as a URI, cut before the API's own paths, or null when it is not a usable http(s) URL. */
    public URI endpointUri() {
        if (endpoint == null || endpoint.isBlank()) {
            return null;
        }
        URI u = endpointAsTyped();
        boolean web = u != null && ("https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(u.getScheme()));
        return !web || u.getHost() == null ? null : provider == null ? u : provider.apiRoot(u);
    }

    /** The tenant a Kupe URL names ("…/api/v1/tenants/acme/clusters", as its documents write them), if any. */
    public java.util.Optional<String> tenantInEndpoint() {
        URI u = provider == Provider.KUPE ? endpointAsTyped() : null;
        java.util.regex.Matcher m = KUPE_TENANT_PATH.matcher(u == null || u.getPath() == null ? "" : u.getPath());
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    private URI endpointAsTyped() {
        try {
            return endpoint == null ? null : new URI(endpoint.strip());
        } catch (Exception e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "ProfileDraft[name=" + name + ", provider=" + provider + ", endpoint=" + endpoint + ", tenant=" + tenant + ", token=***]";
    }
}
