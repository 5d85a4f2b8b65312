package org.selfeval.ui.chapter;

import java.util.Optional;
import javafx.scene.control.Control;
import org.selfeval.model.FieldPath;

/**
 * A chapter pane that can name the control editing a field path, so the shell can decorate it
 * with the audit's findings. Optional: panes without it get no field decorations.
 */
public interface FieldControls {
    Optional<Control> control(FieldPath fieldPath);
}
