package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowSizeTest {
    @Test
    void aSmallLaptopGetsTheWholeScreenWithRoomForTheTitleBar() {
        Rectangle2D screen = new Rectangle2D(0, 0, 1024, 728); // 1024 × 768 less a 40-pixel task bar
        assertThat(WindowSize.fillsScreen(screen)).isTrue();
        Dimension2D scene = WindowSize.sceneFor(screen);
        assertThat(scene.getWidth()).isLessThanOrEqualTo(1024 - 16);
        assertThat(scene.getHeight()).isLessThanOrEqualTo(728 - 40);
    }

    @Test
    void aLargeScreenGetsTheUsualSizeNotMaximised() {
        Rectangle2D screen = new Rectangle2D(0, 0, 1920, 1040);
        assertThat(WindowSize.fillsScreen(screen)).isFalse();
        assertThat(WindowSize.sceneFor(screen)).isEqualTo(new Dimension2D(WindowSize.WIDTH, WindowSize.HEIGHT));
    }

    @Test
    void aScreenJustTooShortForTheTitleBarIsFilled() {
        Rectangle2D screen = new Rectangle2D(0, 0, 1600, 820);
        assertThat(WindowSize.fillsScreen(screen)).isTrue();
        assertThat(WindowSize.sceneFor(screen).getWidth()).isEqualTo(WindowSize.WIDTH);
        assertThat(WindowSize.sceneFor(screen).getHeight()).isEqualTo(780);
    }
}
