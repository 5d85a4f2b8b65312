package org.selfeval.model;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * (三)结果应用情况.
 *
 * @param internalUse   1.内部应用
 * @param disclosure    2.自评公开
 * @param rectification 3.问题整改和应用反馈等情况
 */
@RecordBuilder
public record ResultApplication(String internalUse, String disclosure, String rectification)
        implements ResultApplicationBuilder.With {
    public static final ResultApplication EMPTY = new ResultApplication("", "", "");

    public ResultApplication {
        internalUse = internalUse == null ? "" : internalUse;
        disclosure = disclosure == null ? "" : disclosure;
        rectification = rectification == null ? "" : rectification;
    }
}
