package org.selfeval.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import org.selfeval.model.Stated;

/**
 * How a {@link Stated} figure is written in the report format (report-format.md, "Stated figures"):
 * a number is the figure as stated, {@code ""} a cell the document leaves blank, and the object
 * {@code {"value": 120.00, "printStated": true}} one the clerk chose to print as stated.
 */
final class StatedJson {
    private StatedJson() {
    }

    static SimpleModule module() {
        SimpleModule m = new SimpleModule("stated-figures");
        m.addSerializer(Stated.class, new Writer());
        m.addDeserializer(Stated.class, new Reader());
        return m;
    }

    private static final class Writer extends JsonSerializer<Stated> {
        @Override
        public void serialize(Stated s, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (!s.printStated()) {
                writeValue(s, gen);
                return;
            }
            gen.writeStartObject();
            gen.writeFieldName("value");
            writeValue(s, gen);
            gen.writeBooleanField("printStated", true);
            gen.writeEndObject();
        }

        private static void writeValue(Stated s, JsonGenerator gen) throws IOException {
            if (s.isBlank()) {
                gen.writeString("");
            } else {
                gen.writeNumber(s.value());
            }
        }
    }

    private static final class Reader extends JsonDeserializer<Stated> {
        @Override
        public Stated deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.START_OBJECT) {
                JsonNode node = p.readValueAsTree();
                for (var names = node.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (!name.equals("value") && !name.equals("printStated")) {
                        return ctx.reportInputMismatch(Stated.class, "填报数只能有 value 和 printStated 两项，不能有“%s”", name);
                    }
                }
                JsonNode print = node.path("printStated");
                if (!print.isMissingNode() && !print.isBoolean()) {
                    return ctx.reportInputMismatch(Stated.class, "printStated 应为 true 或 false");
                }
                return new Stated(value(node.path("value"), ctx), print.asBoolean(false));
            }
            return Stated.of(value(p.readValueAsTree(), ctx));
        }

        private static BigDecimal value(JsonNode v, DeserializationContext ctx) throws IOException {
            if (v.isNumber()) {
                return v.decimalValue();
            }
            if (v.isTextual() && v.asText().isEmpty()) {
                return null;
            }
            return ctx.reportInputMismatch(Stated.class, "填报数应为数字，或 \"\" 表示原表该栏为空");
        }

        @Override
        public Stated getNullValue(DeserializationContext ctxt) {
            return null;
        }
    }
}
