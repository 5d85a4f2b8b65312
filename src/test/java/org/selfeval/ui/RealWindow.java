package org.selfeval.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class that needs a real window under a window manager: {@code .ci/run} runs these under Xvfb
 * with openbox ({@code mvn -Dgui test -Dtest='RealWindow*Test' -DreuseForks=false}); under Monocle,
 * the headless default, they are skipped, saying so.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("real-window")
@ExtendWith(RealWindow.OnlyInARealWindow.class)
@interface RealWindow {
    final class OnlyInARealWindow implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return "Monocle".equals(System.getProperty("glass.platform"))
                    ? ConditionEvaluationResult.disabled("needs a real window under a window manager: .ci/run runs it under Xvfb with openbox")
                    : ConditionEvaluationResult.enabled("a real window");
        }
    }
}
