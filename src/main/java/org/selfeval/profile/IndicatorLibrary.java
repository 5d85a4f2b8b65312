package org.selfeval.profile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The 一级 / 二级 indicator trees the pickers offer, read from {@code indicator-library.json}
 * (data, not code). No JavaFX here.
 *
 * @param trees the trees in the order shown; which one a region offers first is its profile's
 *              {@link RegionalProfile#indicatorTree()}
 */
public record IndicatorLibrary(List<Tree> trees) {
    public static final String RESOURCE = "/org/selfeval/profile/indicator-library.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public IndicatorLibrary {
        trees = trees == null ? List.of() : List.copyOf(trees);
        if (trees.isEmpty()) {
            throw new IllegalArgumentException("指标库中没有任何指标体系");
        }
    }

    /** One indicator tree, e.g. the national 2020 one or the newer one with 成本指标. */
    public record Tree(String id, String name, List<Level1> level1) {
        public Tree {
            level1 = level1 == null ? List.of() : List.copyOf(level1);
        }

        public List<String> level1Names() {
            return level1.stream().map(Level1::name).toList();
        }

        /** The 二级指标 of a 一级指标; empty when the 一级 is not in this tree. */
        public List<String> level2Of(String level1Name) {
            return level1.stream().filter(l -> l.name().equals(level1Name)).findFirst()
                    .map(Level1::level2).orElse(List.of());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A 一级指标 and its 二级指标. */
    public record Level1(String name, List<String> level2) {
        public Level1 {
            level2 = level2 == null ? List.of() : List.copyOf(level2);
        }
    }

    /** The library shipped with the application. */
    public static IndicatorLibrary standard() {
        try (InputStream in = IndicatorLibrary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("缺少指标库文件 " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("指标库文件 " + RESOURCE + " 无法读取", e);
        }
    }

    public static IndicatorLibrary read(InputStream in) throws IOException {
        return MAPPER.readValue(in, IndicatorLibrary.class);
    }

    public Optional<Tree> tree(String id) {
        return trees.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The tree used by default under a rule profile; the first tree when the profile names none. */
    public Tree treeFor(String profile) {
        String id = RegionalProfile.available().stream().filter(p -> p.id().equals(profile)).findFirst()
                .map(RegionalProfile::indicatorTree).orElse(null);
        return id == null ? trees.get(0) : tree(id).orElse(trees.get(0));
    }

    /** Every 二级指标 of a 一级 across all trees, in order, without repeats. */
    public List<String> level2Anywhere(String level1Name) {
        Set<String> all = new LinkedHashSet<>();
        trees.forEach(t -> all.addAll(t.level2Of(level1Name)));
        return List.copyOf(all);
    }
}
