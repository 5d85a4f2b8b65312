package org.selfeval.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The corpus of published paragraphs (src/test/resources/org/selfeval/audit/corpus, see its README). */
final class Corpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A figure as written down by hand: {@code [!]KIND|label|written|unit[|noun]}. */
    record Stated(boolean compared, String kind, String label, String written, String unit, String noun) {
        static Stated parse(String entry) {
            boolean compared = entry.startsWith("!");
            String[] p = (compared ? entry.substring(1) : entry).split("\\|", -1);
            return new Stated(compared, p[0], p[1], p[2], p[3], p.length > 4 ? p[4] : "");
        }

        /** Whether a label the recogniser gave matches the hand-written one ({@code ~} = ends with, {@code *} = any). */
        boolean labelMatches(String label) {
            if (this.label.equals("*")) {
                return true;
            }
            return this.label.startsWith("~") ? label.endsWith(this.label.substring(1)) : label.equals(this.label);
        }

        @Override
        public String toString() {
            return kind + "|" + label + "|" + written + "|" + unit + (noun.isEmpty() ? "" : "|" + noun);
        }
    }

    /** One paragraph of a source document. */
    record Paragraph(String source, String province, String level, String fullName, String shortName, String field, String text,
            boolean checked, List<Stated> figures, List<String> lists, List<String> grades, JsonNode facts, List<String> findings) {
        String id() {
            return source + " — " + text.substring(0, Math.min(24, text.length()));
        }

        BigDecimal fact(String group, String key) {
            JsonNode g = facts.path(group);
            return g.has(key) ? new BigDecimal(g.get(key).asText()) : null;
        }

        @Override
        public String toString() {
            return province + " " + id();
        }
    }

    private Corpus() {
    }

    static List<Paragraph> paragraphs() {
        List<Paragraph> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(Corpus.class.getResource("corpus").toURI()))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode doc = JSON.readTree(file.toFile());
                for (JsonNode p : doc.get("paragraphs")) {
                    List<Stated> figures = new ArrayList<>();
                    p.path("figures").forEach(f -> figures.add(Stated.parse(f.asText())));
                    List<String> lists = new ArrayList<>();
                    p.path("lists").forEach(l -> lists.add(l.asText()));
                    List<String> grades = new ArrayList<>();
                    p.path("grades").forEach(g -> grades.add(g.asText()));
                    List<String> findings = new ArrayList<>();
                    p.path("findings").forEach(f -> findings.add(f.asText()));
                    out.add(new Paragraph(doc.get("source").asText(), doc.get("province").asText(), doc.get("level").asText(),
                            doc.at("/department/fullName").asText(), doc.at("/department/shortName").asText(),
                            p.get("field").asText(), p.get("text").asText(), p.path("checked").asBoolean(), figures, lists, grades,
                            p.path("facts"), findings));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
