package org.selfeval.audit;

import java.util.List;

/** Every rule of the catalogue (domain.md §3), in id order. */
public final class RuleCatalogue {
    private RuleCatalogue() {
    }

    public static List<AuditRule> all() {
        return List.of();
    }
}
