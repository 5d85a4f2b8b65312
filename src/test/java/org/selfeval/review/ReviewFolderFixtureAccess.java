package org.selfeval.review;

import java.nio.file.Path;

/** The review folder fixture for tests of other packages (the window). */
public final class ReviewFolderFixtureAccess {
    private ReviewFolderFixtureAccess() {
    }

    public static void write(Path folder, int departments) throws Exception {
        ReviewFolderFixture.write(folder, departments);
    }
}
