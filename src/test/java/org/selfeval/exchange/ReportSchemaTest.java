package org.selfeval.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selfeval.model.Report;
import org.selfeval.TestReports;

/** The JSON Schema of the report file (resources org/selfeval/report.schema.json) against real files. */
class ReportSchemaTest {
    static final String RESOURCE = "/org/selfeval/report.schema.json";
    static Schema schema;
    static String sample;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = ReportSchemaTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
        sample = Files.readString(Path.of("sample-data/leshan-2023.json"), StandardCharsets.UTF_8);
    }

    static List<Error> errors(String json) {
        return schema.validate(json, InputFormat.JSON);
    }

    @Test
    void theSampleFileIsValid() {
        assertThat(errors(sample)).isEmpty();
    }

    @Test
    void aReportWithEveryOptionalPartWrittenByTheAppIsValid() throws Exception {
        assertThat(errors(ReportJson.write(TestReports.rich()))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # what is broken            | replace                              | with                                    | location named
            negative amount             | "GENERAL_PUBLIC_BUDGET" : 1123.58    | "GENERAL_PUBLIC_BUDGET" : -1123.58      | GENERAL_PUBLIC_BUDGET
            seven decimals              | "BASIC" : 878.87                     | "BASIC" : 878.8712345                   | BASIC
            year as text                | "year" : 2023                        | "year" : "2023年"                        | year
            unknown field               | "shortName"                          | "nickName"                              | department
            unknown income source       | "GENERAL_PUBLIC_BUDGET"              | "LOTTERY"                               | income
            unknown indicator nature    | "nature" : "EQUAL"                   | "nature" : "APPROX"                     | nature
            wrong format name           | "format" : "selfeval-report"         | "format" : "other"                      | format
            """)
    void aBrokenDocumentIsRejectedAtTheField(String what, String replace, String with, String location) {
        assertThat(sample).contains(replace);
        List<Error> found = errors(sample.replaceFirst(java.util.regex.Pattern.quote(replace), java.util.regex.Matcher.quoteReplacement(with)));
        assertThat(found).as(what).isNotEmpty();
        assertThat(found).anySatisfy(e -> assertThat(e.getInstanceLocation() + " " + e.getMessage()).contains(location));
    }

    @Test
    void aReportWithoutYearIsRejected() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode tree = mapper.readTree(sample);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("report")).remove("year");
        assertThat(errors(mapper.writeValueAsString(tree))).extracting(Error::getMessage).anyMatch(m -> m.contains("year"));
    }

    @Test
    void theSchemaNamesEveryComponentOfTheReportRecord() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ReportSchemaTest.class.getResourceAsStream(RESOURCE));
        JsonNode props = root.at("/properties/report/properties");
        List<String> components = Arrays.stream(Report.class.getRecordComponents()).map(RecordComponent::getName).toList();
        List<String> inSchema = new java.util.ArrayList<>();
        props.fieldNames().forEachRemaining(inSchema::add);
        assertThat(inSchema).containsExactlyInAnyOrderElementsOf(components);
        List<String> projectFields = new java.util.ArrayList<>();
        root.at("/$defs/project/properties").fieldNames().forEachRemaining(projectFields::add);
        assertThat(projectFields).containsExactlyInAnyOrderElementsOf(Arrays.stream(
                org.selfeval.model.Project.class.getRecordComponents()).map(RecordComponent::getName).toList());
    }
}
