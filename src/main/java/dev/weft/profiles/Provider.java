package dev.weft.profiles;

import dev.weft.api.Endpoints;

import java.net.URI;

/** Which cloud a profile talks to, and what that implies: its default endpoint and its token variable. */
public enum Provider {
    COREWEAVE("CoreWeave", Endpoints.COREWEAVE, "COREWEAVE_API_TOKEN"),
    KUPE("Kupe Cloud", Endpoints.KUPE, "KUPE_API_KEY");

    public final String label;
    public final URI defaultEndpoint;
    /** The environment variable that "copy as curl" names in place of the token. */
    public final String tokenVariable;

    Provider(String label, URI defaultEndpoint, String tokenVariable) {
        this.label = label;
        this.defaultEndpoint = defaultEndpoint;
        this.tokenVariable = tokenVariable;
    }

    @Override
    public String toString() {
        return label;
    }
}
