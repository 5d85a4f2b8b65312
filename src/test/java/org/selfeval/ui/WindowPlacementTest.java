package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.store.UserSettings;

class WindowPlacementTest {
    static final List<Rectangle2D> LAPTOP = List.of(new Rectangle2D(0, 0, 1366, 728));
    static final List<Rectangle2D> DOCKED = List.of(new Rectangle2D(0, 0, 1366, 728), new Rectangle2D(1366, 0, 1920, 1040));

    @TempDir
    Path dir;

    @Test
    void aPlacementIsKeptAndReadBack() {
        UserSettings s = UserSettings.at(dir.resolve(UserSettings.FILE));
        WindowPlacement.write(s, new WindowPlacement.Placement(30, 20, 900, 600, true));
        s.save();
        assertThat(WindowPlacement.read(UserSettings.at(dir.resolve(UserSettings.FILE))))
                .contains(new WindowPlacement.Placement(30, 20, 900, 600, true));
    }

    @Test
    void nothingOrNonsenseSavedGivesNoPlacement() {
        UserSettings s = UserSettings.at(dir.resolve(UserSettings.FILE));
        assertThat(WindowPlacement.read(s)).isEmpty();
        WindowPlacement.write(s, new WindowPlacement.Placement(30, 20, 900, 600, false));
        s.put(WindowPlacement.WIDTH, "九百");
        assertThat(WindowPlacement.read(s)).isEmpty();
        s.put(WindowPlacement.WIDTH, "NaN");
        assertThat(WindowPlacement.read(s)).isEmpty();
    }

    @Test
    void aPlaceOnAMonitorThatIsGoneOrLargerThanTheScreenIsNotUsed() {
        WindowPlacement.Placement onSecond = new WindowPlacement.Placement(1500, 100, 1600, 900, false);
        assertThat(WindowPlacement.fits(onSecond, DOCKED)).isTrue();
        assertThat(WindowPlacement.fits(onSecond, LAPTOP)).isFalse();
        assertThat(WindowPlacement.fits(new WindowPlacement.Placement(0, 0, 1366, 720, false), LAPTOP))
                .as("with its title bar it would not fit").isFalse();
        assertThat(WindowPlacement.fits(new WindowPlacement.Placement(20, 10, 1200, 660, false), LAPTOP)).isTrue();
        assertThat(WindowPlacement.fits(new WindowPlacement.Placement(20, 10, 150, 100, false), LAPTOP))
                .as("a window shrunk to nothing").isFalse();
    }
}
