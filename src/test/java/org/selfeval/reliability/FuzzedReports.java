package org.selfeval.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.exchange.ReportJson;

/**
 * Report files that report-format.md says must be refused, generated from the sample: every number
 * made negative, a fraction where a whole number belongs, too many decimals, text or a boolean; every
 * text made a number or a boolean; every enumeration a number or an unknown name; an unknown field
 * in every object; a field given twice; text after the report; versions that never existed or are
 * newer; no id. Each must be refused with a {@link ReportFormatException} whose message is Chinese and
 * names the file — never accepted, never another exception, never an English parser message.
 */
final class FuzzedReports {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE = "生成的报告.json";
    private final int limit;

    FuzzedReports(int limit) {
        this.limit = limit;
    }

    Tally run() throws Exception {
        Tally t = new Tally("fuzzed report files");
        String sample = Files.readString(Path.of("sample-data/leshan-2023.json"), StandardCharsets.UTF_8);
        JsonNode root = JSON.readTree(sample);
        List<String[]> cases = new ArrayList<>();
        collect((ObjectNode) root.get("report"), "report", root, cases);
        cases.add(new String[] {"duplicate key", sample.replaceFirst("\"year\" : 2023,", "\"year\" : 2023, \"year\" : 2024,")});
        cases.add(new String[] {"text after the report", sample + "\n尾巴"});
        cases.add(new String[] {"a second object after the report", sample + "\n{}"});
        for (String v : new String[] {"0", "-1", "3", "\"2\"", "1.5"}) {
            cases.add(new String[] {"formatVersion " + v, sample.replaceFirst("\"formatVersion\" : 2", "\"formatVersion\" : " + v)});
        }
        cases.add(new String[] {"no id", sample.replaceFirst("\"id\" : \"5c0a7d1e-2023-4c3a-9b1e-7e5e11a50001\",", "")});
        cases.add(new String[] {"cut in half", sample.substring(0, sample.length() / 2)});
        int n = 0;
        for (String[] c : cases) {
            if (n++ >= limit) {
                break;
            }
            t.check(refusedInChinese(c[1]), c[0]);
        }
        t.note("fuzzed report files: " + Math.min(limit, cases.size()) + " of " + cases.size() + " generated cases run");
        return t;
    }

    private static boolean refusedInChinese(String json) {
        try {
            ReportJson.read(json, FILE);
            return false;
        } catch (ReportFormatException e) {
            String m = e.getMessage();
            return m.contains(FILE) && m.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                    && !m.matches("(?s).*\\b(Unexpected|Unrecognized|Cannot|token|Exception)\\b.*");
        } catch (RuntimeException other) {
            return false;
        }
    }

    /** One case per mutation of each field of the tree under {@code node}. */
    private static void collect(ObjectNode node, String path, JsonNode root, List<String[]> out) throws Exception {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        node.fields().forEachRemaining(fields::add);
        out.add(mutated(root, path + ".未知字段", n -> ((ObjectNode) at(n, path)).put("未知字段", 1)));
        for (Map.Entry<String, JsonNode> f : fields) {
            String p = path + "." + f.getKey();
            JsonNode v = f.getValue();
            if (v.isObject()) {
                collect((ObjectNode) v, p, root, out);
            } else if (v.isArray()) {
                for (int i = 0; i < v.size(); i++) {
                    if (v.get(i).isObject()) {
                        collect((ObjectNode) v.get(i), p + "[" + i + "]", root, out);
                    }
                }
                out.add(mutated(root, p + " as text", n -> ((ObjectNode) at(n, path)).put(f.getKey(), "列表")));
            } else if (v.isNumber()) {
                out.add(mutated(root, p + " negative", n -> set(n, path, f.getKey(), new DecimalNode(new BigDecimal("-1")))));
                out.add(mutated(root, p + " seven decimals", n -> set(n, path, f.getKey(), new DecimalNode(new BigDecimal("1.2345678")))));
                out.add(mutated(root, p + " as a word", n -> set(n, path, f.getKey(), new TextNode("一百"))));
                out.add(mutated(root, p + " as a boolean", n -> set(n, path, f.getKey(), BooleanNode.TRUE)));
            } else if (v.isTextual() && !f.getKey().equals("id")) {
                boolean enumeration = v.asText().matches("[A-Z_]{2,}");
                out.add(mutated(root, p + " as a number", n -> set(n, path, f.getKey(), IntNode.valueOf(7))));
                out.add(mutated(root, p + " as a boolean", n -> set(n, path, f.getKey(), BooleanNode.FALSE)));
                if (enumeration) {
                    out.add(mutated(root, p + " unknown constant", n -> set(n, path, f.getKey(), new TextNode("NOT_A_KIND"))));
                }
            }
        }
    }

    private static String[] mutated(JsonNode root, String what, Consumer<JsonNode> change) throws Exception {
        JsonNode copy = root.deepCopy();
        change.accept(copy.get("report"));
        return new String[] {what, JSON.writeValueAsString(copy)};
    }

    private static void set(JsonNode report, String path, String key, JsonNode value) {
        ((ObjectNode) at(report, path)).set(key, value);
    }

    /** The node at a path such as report.projects[1].funds under the report node. */
    private static JsonNode at(JsonNode report, String path) {
        JsonNode n = report;
        for (String part : path.substring("report".length()).split("\\.")) {
            if (part.isEmpty()) {
                continue;
            }
            int bracket = part.indexOf('[');
            if (bracket < 0) {
                n = n.get(part);
            } else {
                n = n.get(part.substring(0, bracket));
                n = ((ArrayNode) n).get(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
            }
        }
        return n;
    }
}
