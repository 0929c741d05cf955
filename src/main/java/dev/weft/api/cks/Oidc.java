package dev.weft.api.cks;

import java.util.List;

/** OpenID Connect settings for the api-server. */
public record Oidc(String issuerUrl, String clientId, String usernameClaim, String usernamePrefix,
                   String groupsClaim, String groupsPrefix, String ca, String requiredClaim,
                   String adminGroupBinding, List<String> signingAlgorithms) {
    public static final String RS256 = "SIGNING_ALGORITHM_RS256";
}
