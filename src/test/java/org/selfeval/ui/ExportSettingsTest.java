package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.Set;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.BackingStoreException;
import org.junit.jupiter.api.Test;

/** Issue 14.8: preferences that cannot be written must not stop the export. */
class ExportSettingsTest {
    /**
     * A preferences store that fails as the JDK's file-based one does when its folder cannot be written
     * (an AssertionError out of {@code put}, the failure seen on the FX thread).
     */
    static final class UnwritablePreferences extends AbstractPreferences {
        UnwritablePreferences() {
            super(null, "");
        }

        @Override protected void putSpi(String key, String value) { throw new AssertionError("Couldn't flush user prefs"); }
        @Override protected String getSpi(String key) { return null; }
        @Override protected void removeSpi(String key) { }
        @Override protected void removeNodeSpi() { }
        @Override protected String[] keysSpi() { return new String[0]; }
        @Override protected String[] childrenNamesSpi() { return new String[0]; }
        @Override protected AbstractPreferences childSpi(String name) { return this; }
        @Override protected void syncSpi() throws BackingStoreException { throw new BackingStoreException("read-only"); }
        @Override protected void flushSpi() throws BackingStoreException { throw new BackingStoreException("read-only"); }
    }

    @Test
    void rememberingIntoAnUnwritableStoreIsQuietlyGivenUp() {
        ExportSettings settings = new ExportSettings(new UnwritablePreferences());
        assertThatCode(() -> settings.remember(Set.of("pdf"), Path.of("/tmp"))).doesNotThrowAnyException();
        assertThat(settings.formats()).contains("pdf");
    }
}
