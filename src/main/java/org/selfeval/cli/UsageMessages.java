package org.selfeval.cli;

import java.util.stream.Collectors;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Chinese wording for picocli's command-line errors. */
final class UsageMessages {
    private UsageMessages() {
    }

    static String of(ParameterException ex) {
        if (ex instanceof MissingParameterException m) {
            return "缺少必需的参数：" + m.getMissing().stream().map(UsageMessages::name).collect(Collectors.joining(" 或 "));
        }
        if (ex instanceof UnmatchedArgumentException u) {
            return "无法识别的参数：" + String.join(" ", u.getUnmatched());
        }
        if (ex instanceof OverwrittenOptionException o) {
            return "参数 " + name(o.getOverwritten()) + " 给出了不止一次。";
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            String allowed = ex.getArgSpec().completionCandidates() == null ? ""
                    : "，可选：" + String.join("、", ex.getArgSpec().completionCandidates());
            return "参数 " + name(ex.getArgSpec()) + " 的值 “" + ex.getValue() + "” 无效" + allowed + "。";
        }
        return "命令行参数有误：" + ex.getMessage();
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec o ? o.longestName() : spec.paramLabel();
    }
}
