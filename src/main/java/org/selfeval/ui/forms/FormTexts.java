package org.selfeval.ui.forms;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The labels of the chapter forms: looked up first in the bundle the shell passes in, then in the
 * forms' own {@code org/selfeval/ui/forms/forms.properties}, so the shell may override any of them.
 */
public final class FormTexts {
    private static final String OWN_BASE_NAME = "org.selfeval.ui.forms.forms";
    private final ResourceBundle shell;
    private final ResourceBundle own;

    public FormTexts(ResourceBundle shell) {
        this.shell = shell;
        this.own = ResourceBundle.getBundle(OWN_BASE_NAME, Locale.ROOT);
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
        return new MessageFormat(get(key), Locale.SIMPLIFIED_CHINESE).format(args);
    }
}
