package org.selfeval.ui.forms;

/** Node ids made from field paths ({@code basics.tasks.items[2].title} → {@code basics-tasks-items-2-title}). */
public final class Ids {
    private Ids() {
    }

    public static String of(org.selfeval.model.FieldPath path) {
        return of(path.toString());
    }

    public static String of(String path) {
        return path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }
}
