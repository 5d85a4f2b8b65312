package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.selfeval.audit.Location;
import org.selfeval.export.Exporters;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.Grade;
import org.selfeval.model.IncomeSource;
import org.selfeval.ui.controls.Messages;
import org.selfeval.ui.forms.FormTexts;

/**
 * The window's two languages are complete: every key the UI code looks up is in the Chinese and the
 * English bundles, both languages have the same keys in every bundle, and the English holds no Chinese
 * except in parentheses or where listed below.
 */
class UiBundlesTest {
    private static final Path UI_SOURCES = Path.of("src/main/java/org/selfeval/ui");
    private static final List<String> BUNDLES = List.of(Messages.BASE_NAME, FormTexts.BASE_NAME);

    /** A literal key given straight to a lookup: Messages.get/format, a FormTexts' get/format, getString. */
    private static final Pattern LOOKUP = Pattern.compile(
            "(Messages\\.(?:get|format)|texts\\.(?:get|format)|\\.getString)\\(\\s*\"([^\"]+)\"(?!\\s*\\+)");
    /** A lookup of a key built at run time ("chapter." + chapter). */
    private static final Pattern BUILT_LOOKUP = Pattern.compile(
            "(?:Messages\\.(?:get|format)|texts\\.(?:get|format)|\\.getString)\\(\\s*\"([^\"]+\\.)\"\\s*\\+");
    /**
     * Any literal shaped like a key: keys also travel through helpers (Dialogs.error(stage, "….title", …),
     * menu items, column keys in arrays and enums, either side of a ternary), so every such literal in
     * the UI code is taken for a key unless it is listed in {@link #NOT_KEYS}.
     */
    private static final Pattern KEY_SHAPED = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

    /** Key-shaped literals of the UI code that are no keys: field paths, bundle names, system properties, settings. */
    private static final Set<String> NOT_KEYS = Set.of(
            "basics.targets.indicators", "conclusion.conclusionText", "departmentSheet.adjustmentReason",
            "finances.carryoverText", "finances.expenditureText", "finances.incomeText",
            "finances.statedExpenditureTotal", "finances.statedIncomeTotal", "performance.projectAnalysis",
            Messages.BASE_NAME, FormTexts.BASE_NAME, "selfeval.fonts.dir", "selfeval.lang",
            "selfeval.startupTiming", "user.home",
            // names in the settings file (settings.properties beside the workspace)
            WindowPlacement.X, WindowPlacement.Y, WindowPlacement.WIDTH, WindowPlacement.HEIGHT,
            WindowPlacement.MAXIMISED, Theme.SETTING, "export.folder",
            OwnerStaysMaximised.PENDING); // a property of the window, not a setting

    /** The keys built at run time, by the prefix the code looks up. */
    private static final Map<String, List<String>> BUILT = Map.of(
            "chapter.", Location.CHAPTERS,
            "exportDialog.", Exporters.EXTENSIONS,
            "income.", names(IncomeSource.values()),
            "expenditure.", names(ExpenditureCategory.values()),
            "grade.", names(Grade.values()),
            "finances.carryover.", List.of("basic", "project", "surplus", "priorYearTotal"),
            "overall.publicExpenses.", List.of("initial", "adjusted", "executed"),
            "sheet.", List.of("budgetInitial", "budgetAdjusted", "budgetAdded", "procurementPlanned",
                    "procurementActual", "keyExpenditure", "threePublicPrior", "threePublicBudget",
                    "threePublicActual", "threePublicAbroad", "threePublicVehiclePurchase",
                    "threePublicVehicleRunning", "threePublicReception"));

    /**
     * English values that keep Chinese outside parentheses on purpose: the words the clerk types or
     * the report prints (the staff kinds and grades the parser reads, the 定性 symbol, examples of the
     * report's wording).
     */
    private static final Set<String> CHINESE_KEPT = Set.of(
            "staffing.category.unknown", "staffing.establishment.prompt", "staffing.actual.prompt",
            "staffing.post.prompt", "indicator.refused.nature", "indicator.refused.grade");

    private static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]");

    @Test
    void everyKeyTheCodeLooksUpIsInBothLanguages() {
        Map<String, Set<String>> missing = new TreeMap<>();
        for (Locale language : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            Set<String> messages = Messages.load(language).keySet();
            Set<String> all = new HashSet<>(messages);
            all.addAll(FormTexts.load(language).keySet());
            for (Use use : uses()) {
                // Messages reads its own bundle only; a FormTexts reads the shell's bundle, then the forms'
                Set<String> where = use.call().startsWith("Messages.") ? messages : all;
                if (!where.contains(use.key())) {
                    missing.computeIfAbsent(language.toLanguageTag(), l -> new TreeSet<>()).add(use.key() + " (" + use.file() + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theScanFindsTheLookupsOfEveryKind() {
        List<Use> uses = uses();
        assertThat(uses).extracting(Use::key).contains("menu.file", "indicator.col.level1", "severity.error",
                "chapter.附表", "sheet.threePublicReception", "staffing.total");
        assertThat(uses).extracting(Use::call).contains("Messages.get", "Messages.format", "texts.get", "texts.format",
                "literal", "built");
        assertThat(uses.size()).isGreaterThan(450);
    }

    @Test
    void bothLanguagesHaveTheSameKeysInEveryBundle() {
        for (String base : BUNDLES) {
            ResourceBundle zh = Messages.load(base, Locale.SIMPLIFIED_CHINESE);
            ResourceBundle en = Messages.load(base, Locale.ENGLISH);
            assertThat(zh.getLocale()).as(base).isEqualTo(Locale.SIMPLIFIED_CHINESE);
            assertThat(en.getLocale()).as(base).isEqualTo(Locale.ENGLISH);
            assertThat(en.keySet()).as(base).containsExactlyInAnyOrderElementsOf(zh.keySet());
        }
    }

    @Test
    void theFormsFollowTheShellsLanguage() {
        FormTexts zh = new FormTexts(Messages.load(Locale.SIMPLIFIED_CHINESE));
        FormTexts en = new FormTexts(Messages.load(Locale.ENGLISH));
        assertThat(zh.get("project.name")).isEqualTo("项目名称");
        assertThat(en.get("project.name")).isEqualTo("Project name");
        assertThat(en.format("indicator.totals", 3, 20, 18.5)).isEqualTo("3 indicators, weights total 20, scores total 18.5");
    }

    @Test
    void englishHoldsNoChineseOutsideParenthesesExceptWhereKept() {
        Map<String, String> chinese = new TreeMap<>();
        for (String base : BUNDLES) {
            ResourceBundle en = Messages.load(base, Locale.ENGLISH);
            for (String key : en.keySet()) {
                String outside = withoutParentheses(en.getString(key));
                if (CJK.matcher(outside).find() != CHINESE_KEPT.contains(key)) {
                    chinese.put(key, en.getString(key));
                }
            }
        }
        assertThat(chinese).as("English values with Chinese outside parentheses (or listed as kept and no longer so)")
                .isEmpty();
    }

    @Test
    void everyFormPatternFormats() {
        for (Locale language : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ResourceBundle forms = FormTexts.load(language);
            for (String key : forms.keySet()) {
                assertThat(new java.text.MessageFormat(forms.getString(key)).format(new Object[] {"a", "b", "c", "d"}))
                        .as(key).isNotBlank();
            }
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    private static String withoutParentheses(String s) {
        String before;
        String now = s;
        do {
            before = now;
            now = now.replaceAll("\\([^()]*\\)", "");
        } while (!now.equals(before));
        return now;
    }

    record Use(String key, String call, String file) {
    }

    /** Every key the UI code looks up, with how and where. */
    private static List<Use> uses() {
        List<Use> uses = new ArrayList<>();
        for (Path file : sources()) {
            String text = read(file);
            String name = file.getFileName().toString();
            Matcher m = LOOKUP.matcher(text);
            while (m.find()) {
                uses.add(new Use(m.group(2), m.group(1), name));
            }
            m = KEY_SHAPED.matcher(text);
            while (m.find()) {
                if (!NOT_KEYS.contains(m.group(1))) {
                    uses.add(new Use(m.group(1), "literal", name));
                }
            }
            m = BUILT_LOOKUP.matcher(text);
            while (m.find()) {
                String prefix = m.group(1);
                assertThat(BUILT).as("a key built at run time in " + name + " whose values the test does not list")
                        .containsKey(prefix);
                for (String suffix : BUILT.get(prefix)) {
                    uses.add(new Use(prefix + suffix, "built", name));
                }
            }
        }
        return uses;
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(UI_SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
