package dev.weft.api;

import com.fasterxml.jackson.core.type.TypeReference;

import java.net.http.HttpHeaders;
import java.util.Optional;

/** A successful answer: status, headers and the raw body, read into a type on demand. */
public record ApiResponse(int status, HttpHeaders headers, byte[] body, String operation) {

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The body as {@code type}; a body that does not fit is an {@link ApiException}, never a parser crash. */
    public <T> T read(Class<T> type) {
        try {
            return Json.MAPPER.readValue(body, type);
        } catch (Exception e) {
            throw malformed(e);
        }
    }

    public <T> T read(TypeReference<T> type) {
        try {
            return Json.MAPPER.readValue(body, type);
        } catch (Exception e) {
            throw malformed(e);
        }
    }

    private ApiException malformed(Exception cause) {
        return malformed(status, headers, operation, cause);
    }

    /** What a successful answer that is a web page says, rather than the API's JSON (see {@link PlainLanguage}). */
    static final String WEB_PAGE = "the answer is a web page, not the API's JSON";

    /** A successful answer whose body does not fit what was asked for. */
    static ApiException malformed(int status, HttpHeaders headers, String operation, Exception cause) {
        // A network's sign-in page or a proxy's notice comes as a page with 200, where the API's answer was expected.
        boolean page = headers.firstValue("Content-Type").map(t -> t.toLowerCase(java.util.Locale.ROOT).startsWith("text/html")).orElse(false);
        return new ApiException(ApiException.Kind.MALFORMED_RESPONSE, status, GrpcCode.DATA_LOSS,
                page ? WEB_PAGE : "the answer is not in the expected form", null, headers.firstValue("X-Request-Id").orElse(null),
                operation, cause);
    }
}
