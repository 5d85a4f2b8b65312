package org.selfeval.intake.accounts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The known layouts of the 决算 tables, read once from the JSON resources beside this class. */
public final class Layouts {
    /** One file per layout: the 决算公开 table set, and the 部门决算 client's Z01… export. */
    private static final List<String> RESOURCES = List.of("public-nine.json", "client-export.json");
    private static final List<Layout> ALL = load();

    private Layouts() {
    }

    public static List<Layout> all() {
        return ALL;
    }

    private static List<Layout> load() {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        List<Layout> out = new ArrayList<>();
        for (String name : RESOURCES) {
            try (InputStream in = Layouts.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("layout resource missing: " + name);
                }
                out.add(json.readValue(in, Layout.class));
            } catch (IOException e) {
                throw new UncheckedIOException("layout resource unreadable: " + name, e);
            }
        }
        return List.copyOf(out);
    }
}
