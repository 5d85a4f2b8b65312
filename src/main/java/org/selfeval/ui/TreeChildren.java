package org.selfeval.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * Brings a tree item's children to a wanted list of items with as few changes as it can: the items
 * no longer wanted are removed in one change, the new ones inserted where they belong, the others
 * left in place, so the tree keeps their cells, expanded state and selection. An order that changed
 * otherwise is set anew.
 */
final class TreeChildren {
    private TreeChildren() {
    }

    static <T> void reconcile(ObservableList<TreeItem<T>> children, List<TreeItem<T>> wanted) {
        if (children.equals(wanted)) {
            return;
        }
        Set<TreeItem<T>> keep = identitySet(wanted);
        Set<TreeItem<T>> gone = identitySet(List.of());
        for (TreeItem<T> c : children) {
            if (!keep.contains(c)) {
                gone.add(c);
            }
        }
        if (!gone.isEmpty()) {
            children.removeAll(gone);
        }
        Set<TreeItem<T>> present = identitySet(children);
        int j = 0;
        while (j < wanted.size()) {
            TreeItem<T> w = wanted.get(j);
            if (j < children.size() && children.get(j) == w) {
                j++;
                continue;
            }
            if (present.contains(w)) {
                children.setAll(wanted); // moved: not worth finding the least moves
                return;
            }
            List<TreeItem<T>> run = new ArrayList<>();
            while (j + run.size() < wanted.size() && !present.contains(wanted.get(j + run.size()))) {
                run.add(wanted.get(j + run.size()));
            }
            children.addAll(j, run);
            present.addAll(run);
            j += run.size();
        }
        if (children.size() != wanted.size()) {
            children.setAll(wanted);
        }
    }

    private static <T> Set<TreeItem<T>> identitySet(List<TreeItem<T>> items) {
        Set<TreeItem<T>> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(items);
        return set;
    }
}
