package dev.weft.sandbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.weft.api.FieldViolation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads request bodies the way a protobuf JSON server does: a string is not a boolean and a number
 * is not a string. A value of the wrong type is a 400 naming its field.
 */
final class StrictJson {
    private static final ObjectMapper STRICT = strict();

    private StrictJson() {
    }

    static <T> T read(JsonNode node, Class<T> type) {
        try {
            return STRICT.treeToValue(node, type);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            throw SandboxError.invalid(List.of(new FieldViolation(field.isEmpty() ? "body" : field,
                    "has the wrong type or form")));
        } catch (Exception e) {
            throw SandboxError.invalid(List.of(new FieldViolation("body", "could not be read")));
        }
    }

    private static ObjectMapper strict() {
        JsonMapper m = JsonMapper.builder()
                .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build();
        m.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return m;
    }
}
