package org.selfeval.store;

import java.nio.file.Path;

/** Another running instance of the app has the workspace file open. Nothing was changed. */
public class WorkspaceLockedException extends WorkspaceException {
    public WorkspaceLockedException(Path workspace) {
        super(Kind.LOCKED, "工作区文件 " + workspace + " 正在被另一个已打开的本程序窗口使用。"
                + "请切换到那个窗口继续工作，或先关闭它再打开；您的数据没有任何改动。", null);
    }
}
