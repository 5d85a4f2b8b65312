package org.selfeval.ui.controls;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.selfeval.audit.Severity;

/**
 * The UI text of the window, from {@code org/selfeval/ui/messages_zh_CN.properties} (Chinese, the
 * default) or {@code messages_en.properties} when started with {@code -Dselfeval.lang=en}; the chapter
 * forms' own bundle ({@link org.selfeval.ui.forms.FormTexts}) follows the same choice.
 */
public final class Messages {
    public static final String BASE_NAME = "org.selfeval.ui.messages";
    private static volatile ResourceBundle bundle = load(defaultLocale());

    private Messages() {
    }

    /** Chinese unless the system property {@code selfeval.lang} asks for English. */
    public static Locale defaultLocale() {
        String lang = System.getProperty("selfeval.lang", "zh");
        return lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    public static ResourceBundle load(Locale locale) {
        return load(BASE_NAME, locale);
    }

    /**
     * A bundle of the UI ({@code baseName_en} or {@code baseName_zh_CN}) in the UI language that
     * {@code locale} names: English for "en", Chinese for anything else; never the JVM's default locale.
     */
    public static ResourceBundle load(String baseName, Locale locale) {
        Locale chosen = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        if (Messages.class.getModule().isNamed()) {
            // in a module (the jar's window start, see JavaFxModuleLayer) a Control is refused; both
            // languages exist, so the lookup never reaches the JVM's default locale
            return ResourceBundle.getBundle(baseName, chosen);
        }
        return ResourceBundle.getBundle(baseName, chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static void use(Locale locale) {
        bundle = load(locale);
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    /** The text for a key; the key itself when missing, so a gap shows instead of failing. */
    public static String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The text for a key with {0}, {1} … filled in. */
    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), bundle.getLocale()).format(args);
    }

    /** A finding's severity as the window names it (错误 / Error …); the printed report keeps {@link Severity#label()}. */
    public static String severity(Severity severity) {
        return get(switch (severity) {
            case ERROR -> "severity.error";
            case WARNING -> "severity.warning";
            case INFO -> "severity.info";
        });
    }
}
