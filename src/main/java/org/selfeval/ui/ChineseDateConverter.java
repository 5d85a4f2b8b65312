package org.selfeval.ui;

import java.time.LocalDate;
import javafx.util.StringConverter;

/** A date as a clerk types it: 2024-03-15, 2024/3/15, 2024.3.15 or 2024年3月15日; anything else reads as no date. */
final class ChineseDateConverter extends StringConverter<LocalDate> {
    @Override
    public String toString(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    @Override
    public LocalDate fromString(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("[-/.年月日]");
        try {
            return parts.length == 3 ? LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[2])) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
