package dev.weft.api.objectstorage;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import dev.weft.api.RepeatedText;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an {@link AccessKeyInfo} field by field from the parser, as databind would read the record,
 * but without its general path for records: the packaged app runs the JVM's quick compiler only (for
 * start-up), under which that path made a 100,000-key list cost ~205 ms of parse, this ~150 ms
 * (docs/benchmarks.md). The usual tokens are read here; anything else goes to Jackson's own
 * deserializers, so coercions and errors are Jackson's: a number where text belongs is its text, an
 * object there is refused. Unknown fields are skipped; a field given twice keeps its last value.
 * Statuses, principals, organizations and attribute values are read through {@link RepeatedText}.
 */
final class AccessKeyInfoReader extends StdDeserializer<AccessKeyInfo> implements ContextualDeserializer {
    private final RepeatedText repeated = new RepeatedText();
    private final JsonDeserializer<Object> instant;
    private final JsonDeserializer<Object> attributes;

    AccessKeyInfoReader() {
        this(null, null);
    }

    private AccessKeyInfoReader(JsonDeserializer<Object> instant, JsonDeserializer<Object> attributes) {
        super(AccessKeyInfo.class);
        this.instant = instant;
        this.attributes = attributes;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctx, BeanProperty property) throws com.fasterxml.jackson.databind.JsonMappingException {
        return new AccessKeyInfoReader(ctx.findContextualValueDeserializer(ctx.constructType(Instant.class), property),
                ctx.findContextualValueDeserializer(ctx.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, String.class),
                        property));
    }

    @Override
    public AccessKeyInfo deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        String name;
        if (p.isExpectedStartObjectToken()) {
            name = p.nextFieldName();
        } else if (p.hasToken(JsonToken.FIELD_NAME)) {
            name = p.currentName();
        } else if (p.hasToken(JsonToken.END_OBJECT)) {
            name = null;
        } else {
            return (AccessKeyInfo) ctx.handleUnexpectedToken(AccessKeyInfo.class, p);
        }
        String id = null;
        String status = null;
        String principal = null;
        Map<String, String> attributeMap = null;
        Instant expiry = null;
        String org = null;
        for (; name != null; name = p.nextFieldName()) {
            boolean none = p.nextToken() == JsonToken.VALUE_NULL;
            switch (name) {
                case "accessKeyId", "accessKeyID" -> id = none ? null : text(p, ctx);
                case "status" -> status = none ? null : repeated.deserialize(p, ctx);
                case "principalName" -> principal = none ? null : repeated.deserialize(p, ctx);
                case "orgId" -> org = none ? null : repeated.deserialize(p, ctx);
                case "expiry" -> expiry = none ? null : (Instant) instant.deserialize(p, ctx);
                case "attributes" -> attributeMap = none ? null : attributes(p, ctx);
                default -> p.skipChildren();
            }
        }
        return new AccessKeyInfo(id, status, principal, attributeMap, expiry, org);
    }

    private static String text(JsonParser p, DeserializationContext ctx) throws IOException {
        return p.hasToken(JsonToken.VALUE_STRING) ? p.getText() : StringDeserializer.instance.deserialize(p, ctx);
    }

    /** The usual one attribute as an immutable map at once; more, or a null value, as databind's map would hold them. */
    @SuppressWarnings("unchecked")
    private Map<String, String> attributes(JsonParser p, DeserializationContext ctx) throws IOException {
        if (!p.isExpectedStartObjectToken()) {
            return (Map<String, String>) attributes.deserialize(p, ctx);
        }
        Map<String, String> map = null;
        String firstKey = null;
        String firstValue = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            String value = p.nextToken() == JsonToken.VALUE_NULL ? null : repeated.deserialize(p, ctx);
            if (firstKey == null) { // then there is no map yet either
                firstKey = key;
                firstValue = value;
            } else {
                if (map == null) {
                    map = new LinkedHashMap<>();
                    map.put(firstKey, firstValue);
                }
                map.put(key, value);
            }
        }
        if (map != null) {
            return map;
        }
        return firstKey == null ? Map.of() : firstValue == null ? java.util.Collections.singletonMap(firstKey, null) : Map.of(firstKey, firstValue);
    }
}
