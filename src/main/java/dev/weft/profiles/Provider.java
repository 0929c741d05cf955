package dev.weft.profiles;

import dev.weft.api.Endpoints;

import java.net.URI;
import java.util.List;

/** Which cloud a profile talks to, and what that implies: its default endpoint and its token variable. */
public enum Provider {
    COREWEAVE("CoreWeave", Endpoints.COREWEAVE, "COREWEAVE_API_TOKEN", "/v1beta1/cks", "/v1beta1/networking", "/v1/cwobject"),
    KUPE("Kupe Cloud", Endpoints.KUPE, "KUPE_API_KEY", "/api/v1");

    public final String label;
    public final URI defaultEndpoint;
    /** The environment variable that "copy as curl" names in place of the token. */
    public final String tokenVariable;
    /** Where the API's own paths begin, which Weft adds to the endpoint itself. */
    private final List<String> apiPaths;

    Provider(String label, URI defaultEndpoint, String tokenVariable, String... apiPaths) {
        this.label = label;
        this.defaultEndpoint = defaultEndpoint;
        this.tokenVariable = tokenVariable;
        this.apiPaths = List.of(apiPaths);
    }

    /**
     * The endpoint Weft adds the API's paths to, from a URL as a person may paste it: the documents' examples
     * ("https://api.kupe.cloud/api/v1/tenants/acme/clusters") are cut before the API's path, which Weft would
     * otherwise send twice (a 404 for every request); a proxy's own path before it is kept.
     */
    public URI apiRoot(URI given) {
        if (given.getScheme() == null || given.getRawAuthority() == null) {
            return given; // not a URL to cut ("api.kupe.cloud/api/v1"): left for the checks that say so
        }
        String path = given.getRawPath() == null ? "" : given.getRawPath();
        int cut = path.length();
        for (String api : apiPaths) {
            for (int at = path.indexOf(api); at >= 0; at = path.indexOf(api, at + 1)) {
                int end = at + api.length();
                if (end == path.length() || path.charAt(end) == '/') {
                    cut = Math.min(cut, at);
                    break;
                }
            }
        }
        String root = path.substring(0, cut).replaceAll("/+$", "");
        if (root.equals(path) && given.getRawQuery() == null && given.getRawFragment() == null) {
            return given;
        }
        return URI.create(given.getScheme() + "://" + given.getRawAuthority() + root);
    }

    @Override
    public String toString() {
        return label;
    }
}
