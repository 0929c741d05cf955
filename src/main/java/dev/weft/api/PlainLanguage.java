package dev.weft.api;

import java.util.stream.Collectors;

/** Turns an {@link ApiException} into words a person understands; the details stay on the exception. */
final class PlainLanguage {
    private PlainLanguage() {
    }

    static String describe(ApiException e) {
        String said = e.serverMessage().isBlank() ? "" : " The server said: " + sentence(e.serverMessage());
        if (e.outcomeUnknown()) {
            return (e.kind() == ApiException.Kind.TIMEOUT ? "The server did not answer in time"
                    : "The connection was lost before the server answered") + ", so whether it was done is not known. "
                    + "Refresh to see before trying again.";
        }
        return switch (e.kind()) {
            case NETWORK -> "Could not reach the server" + (e.serverMessage().isBlank() ? "" : " (" + e.serverMessage() + ")")
                    + ". Check your network connection and the profile's endpoint.";
            case TIMEOUT -> "The server did not answer in time.";
            case UNTRUSTED_SERVER -> "The server's certificate is not one Weft trusts, so nothing was sent. If your network "
                    + "inspects encrypted traffic, add your organization's certificate authority to the system's certificates, "
                    + "or name its file in SSL_CERT_FILE. On a network that asks you to sign in first (a hotel's, an airport's), "
                    + "sign in with a browser and try again.";
            case INSECURE_TRANSPORT -> "Refused to send your token over unencrypted http:// to a remote host. Use an https:// endpoint.";
            case NO_TOKEN -> "This profile has no API token: paste one into the profile.";
            case MALFORMED_RESPONSE -> ApiResponse.WEB_PAGE.equals(e.serverMessage())
                    ? "The answer was a web page, not the API's: a network that asks you to sign in first (a hotel's, an "
                    + "airport's) or a proxy may stand in the way. Sign in with a browser, or check the profile's endpoint."
                    : "The server sent an answer Weft could not read (HTTP " + e.httpStatus() + ")." + said;
            case HTTP_ERROR -> forStatus(e, said);
        };
    }

    private static String forStatus(ApiException e, String said) {
        int status = e.httpStatus();
        if (!e.fieldViolations().isEmpty()) {
            return "Some values were not accepted: " + e.fieldViolations().stream()
                    .map(v -> v.field() + " " + v.description()).collect(Collectors.joining("; ")) + ".";
        }
        return switch (status) {
            case 400 -> "The request was not accepted." + said;
            case 401 -> "The API token was not accepted. Check or replace the token in this profile.";
            // Kupe's lists are under /tenants/{t}/, and a key is refused another tenant's (api-notes: 403).
            case 403 -> "Your token is not allowed to do this." + said + (e.ofAList() && String.valueOf(e.operation()).contains("/tenants/")
                    ? " A Kupe API key belongs to one tenant: check the profile's tenant." : "");
            case 404 -> e.ofAList()
                    ? "This server does not offer the list Weft asked for (HTTP 404 for " + e.operation() + "): check the "
                    + "profile's endpoint and provider." + said
                    : "Not found; it may have been deleted." + said;
            case 407 -> "The network's proxy asked for credentials and did not take Weft's (HTTP 407). Give them in its "
                    + "URL: HTTPS_PROXY=http://user:password@host:port.";
            case 409 -> "It already exists or was changed at the same time." + said;
            case 412 -> "It was changed on the server since you loaded it. Reload and apply your change again.";
            case 413 -> "The request was too large for the server.";
            case 429 -> "The server is busy and asked us to slow down. Try again shortly.";
            case 502, 503, 504 -> "The service is temporarily unavailable (HTTP " + status + "). Try again in a moment." + said;
            default -> status >= 500
                    ? "The server had a problem (HTTP " + status + "). Try again in a moment." + said
                    : "The request failed (HTTP " + status + ")." + said;
        };
    }

    private static String sentence(String message) {
        String m = message.strip();
        return m.endsWith(".") ? m : m + ".";
    }
}
