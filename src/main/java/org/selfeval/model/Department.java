package org.selfeval.model;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * The department being evaluated.
 *
 * @param fullName  全称, e.g. 乐山市营商环境服务管理局
 * @param shortName 简称, e.g. 市政管局
 */
@RecordBuilder
public record Department(String fullName, String shortName) implements DepartmentBuilder.With {
    public static final Department EMPTY = new Department("", "");

    public Department {
        fullName = fullName == null ? "" : fullName;
        shortName = shortName == null ? "" : shortName;
    }
}
