package org.selfeval.model;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * 领导职数 of one kind, e.g. 局长 1名, 正科级领导职数 6名.
 */
@RecordBuilder
public record LeadershipPost(String title, int count) implements LeadershipPostBuilder.With {
    public LeadershipPost {
        title = title == null ? "" : title;
        if (count < 0) {
            throw new IllegalArgumentException("职数不能为负数：" + title + " " + count);
        }
    }
}
