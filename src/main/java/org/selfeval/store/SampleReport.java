package org.selfeval.store;

import java.io.IOException;
import java.io.InputStream;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Report;

/**
 * The seed report (乐山市营商环境服务管理局 2023) shipped inside the jar, imported into a workspace
 * on its first start so that the app opens on something real.
 */
public final class SampleReport {
    /** Classpath location; the POM copies sample-data/leshan-2023.json there. */
    public static final String RESOURCE = "/org/selfeval/sample/leshan-2023.json";
    static final String SEEDED_KEY = "sample_seeded";

    private SampleReport() {
    }

    public static Report load() {
        try (InputStream in = SampleReport.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("程序包中缺少示例报告 " + RESOURCE);
            }
            return ReportJson.read(in, RESOURCE);
        } catch (IOException | ReportFormatException e) {
            throw new IllegalStateException("示例报告无法读取：" + e.getMessage(), e);
        }
    }

    /**
     * Imports the sample once in the life of a workspace: when it was never seeded and holds no
     * report. Returns whether it imported.
     */
    public static boolean seedOnce(SqliteWorkspace workspace) {
        if (workspace.meta(SEEDED_KEY).isPresent()) {
            return false;
        }
        boolean empty = workspace.list().isEmpty();
        if (empty) {
            workspace.save(load());
        }
        workspace.setMeta(SEEDED_KEY, "true");
        return empty;
    }
}
