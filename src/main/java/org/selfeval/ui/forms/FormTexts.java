package org.selfeval.ui.forms;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.selfeval.ui.controls.Messages;

/**
 * The labels of the chapter forms: looked up first in the bundle the shell passes in, then in the
 * forms' own {@code org/selfeval/ui/forms/forms_zh_CN.properties} or {@code forms_en.properties} —
 * in the shell bundle's language (the window's, {@link Messages}) — so the shell may override any of them.
 */
public final class FormTexts {
    public static final String BASE_NAME = "org.selfeval.ui.forms.forms";
    private final ResourceBundle shell;
    private final ResourceBundle own;

    public FormTexts(ResourceBundle shell) {
        this.shell = shell;
        this.own = load(shell == null ? Messages.bundle().getLocale() : shell.getLocale());
    }

    /** The forms' own bundle in the UI language {@code locale} names (English for "en", else Chinese). */
    public static ResourceBundle load(Locale locale) {
        return Messages.load(BASE_NAME, locale);
    }

    public String get(String key) {
        if (shell != null && shell.containsKey(key)) {
            return shell.getString(key);
        }
        try {
            return own.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), own.getLocale()).format(args);
    }
}
